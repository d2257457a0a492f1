import * as React from 'react';
import { GlobalSettings, registerIcons } from '@fluentui/react';
import {
  AddIcon,
  Blocked2Icon,
  CalculatorMultiplyIcon,
  CalendarIcon,
  CancelIcon,
  CheckMarkIcon,
  ChevronDownIcon,
  ChevronDownMedIcon,
  ChevronDownSmallIcon,
  ChevronLeftIcon,
  ChevronRightIcon,
  ChevronRightMedIcon,
  ChevronUpIcon,
  ChevronUpSmallIcon,
  CircleRingIcon,
  CirclePauseIcon,
  ClearIcon,
  ClockIcon,
  CompletedIcon,
  DoubleChevronDownIcon,
  DoubleChevronUpIcon,
  DownIcon,
  DownloadIcon,
  EditIcon,
  ErrorBadgeIcon,
  FilterIcon,
  HistoryIcon,
  InfoIcon,
  LinkIcon,
  ListIcon,
  MoreIcon,
  OpenFileIcon,
  PrintIcon,
  RefreshIcon,
  SearchIcon,
  SortDownIcon,
  SortUpIcon,
  StatusCircleCheckmarkIcon,
  TableIcon,
  UnknownIcon,
  UpIcon,
  UploadIcon,
  WarningIcon
} from '@fluentui/react-icons-mdl2';

/**
 * Every icon Custodian shows, its own and those Fluent UI's controls draw (search, dropdowns, panels,
 * message bars, calendars, sorting), as SVG inside the web parts' own code. A Teams tab registers no icon
 * for a web part (SharePoint/sp-dev-docs #3844), and a council may block Microsoft's icon font CDN: the
 * web parts bring their own.
 */
const custodianIcons: Record<string, React.ComponentType> = {
  Add: AddIcon,
  Blocked2: Blocked2Icon,
  CalculatorMultiply: CalculatorMultiplyIcon,
  Calendar: CalendarIcon,
  Cancel: CancelIcon,
  CheckMark: CheckMarkIcon,
  ChevronDown: ChevronDownIcon,
  ChevronDownMed: ChevronDownMedIcon,
  ChevronDownSmall: ChevronDownSmallIcon,
  ChevronLeft: ChevronLeftIcon,
  ChevronRight: ChevronRightIcon,
  ChevronRightMed: ChevronRightMedIcon,
  ChevronUp: ChevronUpIcon,
  ChevronUpSmall: ChevronUpSmallIcon,
  CircleRing: CircleRingIcon,
  CirclePause: CirclePauseIcon,
  Clear: ClearIcon,
  Clock: ClockIcon,
  Completed: CompletedIcon,
  DoubleChevronDown: DoubleChevronDownIcon,
  DoubleChevronUp: DoubleChevronUpIcon,
  Down: DownIcon,
  Download: DownloadIcon,
  Edit: EditIcon,
  ErrorBadge: ErrorBadgeIcon,
  // MDL2's Excel logo is a brand icon, not in the SVG set: a table says "spreadsheet" as well.
  ExcelDocument: TableIcon,
  Filter: FilterIcon,
  History: HistoryIcon,
  Info: InfoIcon,
  Link: LinkIcon,
  List: ListIcon,
  More: MoreIcon,
  OpenFile: OpenFileIcon,
  Print: PrintIcon,
  Refresh: RefreshIcon,
  Search: SearchIcon,
  SortDown: SortDownIcon,
  SortUp: SortUpIcon,
  StatusCircleCheckmark: StatusCircleCheckmarkIcon,
  Unknown: UnknownIcon,
  Up: UpIcon,
  Upload: UploadIcon,
  Warning: WarningIcon
};

/**
 * Registers those icons that nothing on the page has registered yet: a SharePoint page that registered
 * Fluent's icon font keeps its own (Fluent ignores a second registration, and warns about it).
 */
export function registerCustodianIcons(): void {
  // Fluent keeps its registry, by lower-case name, in the page's global settings under "icons".
  const registered = GlobalSettings.getValue<Record<string, unknown>>('icons', {});
  const missing = Object.entries(custodianIcons).filter(([name]) => !registered[name.toLowerCase()]);
  if (missing.length) registerIcons({ icons: Object.fromEntries(missing.map(([name, Icon]) => [name, React.createElement(Icon)])) });
}
