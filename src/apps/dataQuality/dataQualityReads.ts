import { beginRegisterCheck } from '../../data/qualityRuns';
import { parseQualityLink } from '../../domain/quality/qualityLinks';
import type { FirstReads } from '../firstReads';
import { checkedRegister, trendDays } from './qualityRegisters';

/** The run of the register the tab opens at: its items, its count and the stewards' records. */
export const dataQualityReads: FirstReads = (sp, clock, openedAt) => {
  const { register, checks } = checkedRegister(parseQualityLink(openedAt)?.register);
  beginRegisterCheck(sp, register, checks, clock, trendDays);
};
