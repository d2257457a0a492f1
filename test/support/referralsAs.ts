import { createRepository } from '../../src/data/repository';
import { spForSite } from '../../src/data/sharePoint';
import { urgentCareReferrals } from '../../src/domain/registers';
import { fetchSignedInAs } from '../../workbench/emulator/signIn';

/** The referrals register over HTTP as another person (the workbench's identity header): the colleague of a conflict. */
export function referralsAs(siteUrl: string, loginName: string) {
  return createRepository(spForSite(siteUrl, { fetch: fetchSignedInAs(loginName) }), urgentCareReferrals, () => new Date());
}
