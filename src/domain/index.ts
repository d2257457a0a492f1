/** The public surface of the domain layer. */
export { isValidNhsNumber, normaliseNhsNumber, formatNhsNumber } from './validators/nhsNumber';
export { isValidPostcode, normalisePostcode } from './validators/postcode';
export { isValidUprn, normaliseUprn } from './validators/uprn';
export { isValidEmail, normaliseEmail } from './validators/email';
export { isValidPhone, normalisePhone } from './validators/phone';
export {
  addUkWorkingDays,
  addUkWorkingDaysExplained,
  ukWorkingDaysBetween,
  ukWorkingDaysBetweenExplained,
  isUkWorkingDay,
  nonWorkingReason,
  type SkippedDay
} from './calendar/workingDays';
export { defineList, type Register, type ItemOf } from './lists/defineList';
export { messagesByField, schemasOf } from './lists/registerSchemas';
export type { Rule, QualityDimension, Severity } from './lists/rules';
export { dataCatalogue, foiRequesters, foiRequests, qualityExceptions, qualityFixes, qualitySnapshots, siteSettings, spreadsheetImports, urgentCareReferrals, registers } from './registers';
export { foiDeadlines, type FoiClockInput, type FoiDeadlines, type FoiRegime, type FoiState } from './foi/foiClock';
export { foiViews, type FoiViewContext } from './foi/foiViews';
export { quarterStatistics, icoTimelinessLine, type FoiFigures, type QuarterStatistics } from './foi/foiStatistics';
export { disclosureLog, disclosureColumns } from './foi/disclosureLog';
export { foiTimeline, type TimelineEvent } from './foi/foiTimeline';
export { foiActions, availableActions, missingForAction, type FoiAction } from './foi/foiActions';
export { nextRequestReference, nextRequesterReference } from './foi/references';
export { quarterOf, quarterTitle, quarterDays, quartersBetween, type Quarter } from './foi/quarters';
export { deadlinesOf } from './foi/requestDeadlines';
export { matchesRequest } from './foi/foiSearch';
export { foiDirectorateDays, wholeNumberSetting, type WholeNumberSetting, type SettingValue } from './settings/settings';
export { proposeMapping, withSavedMapping, fileShape, type ColumnMapping } from './import/columnMapping';
export { findHeaderRow, type HeaderRow } from './import/headerRow';
export { cleanCell, type CleaningContext, type CleanedCell } from './import/cleanCell';
export { planImport, rowClasses, type ImportPlan, type ImportRow, type RowClass } from './import/importRows';
export { rejectReport } from './import/rejectReport';
export { readSpreadsheet, spreadsheetTypes } from './import/readSpreadsheet';
export type { Sheet, Cell } from './import/sheet';
