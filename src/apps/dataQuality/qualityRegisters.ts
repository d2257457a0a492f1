import type { Register } from '../../domain/lists/defineList';
import { qualityChecks, type QualityCheck } from '../../domain/quality/qualityChecks';
import { registers } from '../../domain/registers';

/** How many days of stored runs the tab reads for the trend. */
export const trendDays = 90;

/** A register the data-quality tab checks, with its checks worked out once. */
export interface CheckedRegister {
  register: Register;
  checks: readonly QualityCheck[];
  fieldOrder: readonly string[];
}

/** The registers stewards look after; the tab's own lists (exceptions, fixes, snapshots) are not among them. */
export const checkedRegisters: readonly CheckedRegister[] = registers.filter((declared) => declared.stewarded).map((declared) => {
  const register: Register = declared;
  return { register, checks: qualityChecks(register), fieldOrder: Object.keys(register.fields) };
});

export const checkedRegister = (name: string | undefined): CheckedRegister =>
  checkedRegisters.find(({ register }) => register.name === name) ?? checkedRegisters[0];
