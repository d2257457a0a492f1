import type * as React from 'react';
import {
  CalculatorMultiplyIcon,
  CalendarIcon,
  CancelIcon,
  CheckMarkIcon,
  ChevronDownSmallIcon,
  ChevronLeftIcon,
  ChevronRightIcon,
  ChevronRightMedIcon,
  ChevronUpSmallIcon,
  DoubleChevronDownIcon,
  DoubleChevronUpIcon,
  DownIcon,
  EditIcon,
  HistoryIcon,
  LinkIcon,
  ListIcon,
  OpenFileIcon,
  PrintIcon,
  UpIcon
} from '@fluentui/react-icons-mdl2';
import { registerMissingIcons } from './registerMissingIcons';

/**
 * The icons of forms, panels, calendars, merges and reports: registered by the modules that draw them, as
 * their code loads (before anything renders), so a first screen does not download them.
 */
const panelIcons: Record<string, React.ComponentType> = {
  CalculatorMultiply: CalculatorMultiplyIcon,
  Calendar: CalendarIcon,
  Cancel: CancelIcon,
  CheckMark: CheckMarkIcon,
  ChevronDownSmall: ChevronDownSmallIcon,
  ChevronLeft: ChevronLeftIcon,
  ChevronRight: ChevronRightIcon,
  ChevronRightMed: ChevronRightMedIcon,
  ChevronUpSmall: ChevronUpSmallIcon,
  DoubleChevronDown: DoubleChevronDownIcon,
  DoubleChevronUp: DoubleChevronUpIcon,
  Down: DownIcon,
  Edit: EditIcon,
  History: HistoryIcon,
  Link: LinkIcon,
  List: ListIcon,
  OpenFile: OpenFileIcon,
  Print: PrintIcon,
  Up: UpIcon
};

export const registerPanelIcons = (): void => registerMissingIcons(panelIcons);
