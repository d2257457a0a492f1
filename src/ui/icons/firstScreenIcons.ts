import type * as React from 'react';
import {
  AddIcon,
  Blocked2Icon,
  ChevronDownIcon,
  ChevronDownMedIcon,
  ChevronUpIcon,
  CircleRingIcon,
  CirclePauseIcon,
  ClearIcon,
  ClockIcon,
  CompletedIcon,
  DownloadIcon,
  ErrorBadgeIcon,
  FilterIcon,
  InfoIcon,
  MoreIcon,
  RefreshIcon,
  SearchIcon,
  SortDownIcon,
  SortUpIcon,
  StatusCircleCheckmarkIcon,
  TableIcon,
  UnknownIcon,
  UploadIcon,
  WarningIcon
} from '@fluentui/react-icons-mdl2';
import { registerMissingIcons } from './registerMissingIcons';

/**
 * The icons a register's first screen shows, its own and those Fluent UI's controls draw there (search,
 * sorting, message bars, tabs folded into "more"), as SVG inside the web parts' own code: a Teams tab
 * registers no icon for a web part (SharePoint/sp-dev-docs #3844), and a council may block Microsoft's icon
 * font CDN. The icons of forms, panels, calendars and reports are registered when their code loads (panelIcons.ts).
 */
const firstScreenIcons: Record<string, React.ComponentType> = {
  Add: AddIcon,
  Blocked2: Blocked2Icon,
  ChevronDown: ChevronDownIcon,
  ChevronDownMed: ChevronDownMedIcon,
  ChevronUp: ChevronUpIcon,
  CircleRing: CircleRingIcon,
  CirclePause: CirclePauseIcon,
  Clear: ClearIcon,
  Clock: ClockIcon,
  Completed: CompletedIcon,
  Download: DownloadIcon,
  ErrorBadge: ErrorBadgeIcon,
  // MDL2's Excel logo is a brand icon, not in the SVG set: a table says "spreadsheet" as well.
  ExcelDocument: TableIcon,
  Filter: FilterIcon,
  Info: InfoIcon,
  More: MoreIcon,
  Refresh: RefreshIcon,
  Search: SearchIcon,
  SortDown: SortDownIcon,
  SortUp: SortUpIcon,
  StatusCircleCheckmark: StatusCircleCheckmarkIcon,
  Unknown: UnknownIcon,
  Upload: UploadIcon,
  Warning: WarningIcon
};

export const registerFirstScreenIcons = (): void => registerMissingIcons(firstScreenIcons);
