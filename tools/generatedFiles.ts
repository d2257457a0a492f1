import { bankHolidayModule } from './calendar/bankHolidaySource';
import { featureFiles } from './sharepoint/featureFiles';
import { offeredRegistersFile, offeredRegistersModule } from './registers/offeredRegisters';

/** Every checked-in file that is derived from something else, by path from the repository root. */
export function generatedFiles(): Map<string, string> {
  return new Map([['src/domain/calendar/ukBankHolidays.ts', bankHolidayModule()], [offeredRegistersFile, offeredRegistersModule()], ...featureFiles()]);
}
