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
export { defineList, messagesByField, type Register, type ItemOf } from './lists/defineList';
export type { Rule, QualityDimension, Severity } from './lists/rules';
export { dataCatalogue, foiRequesters, foiRequests, qualityExceptions, qualityFixes, qualitySnapshots, urgentCareReferrals, registers } from './registers';
export { foiDeadlines, type FoiClockInput, type FoiDeadlines, type FoiRegime, type FoiState } from './foi/foiClock';
