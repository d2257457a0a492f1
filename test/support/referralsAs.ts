import { createRepository } from '../../src/data/repository';
import { spForSite } from '../../src/data/sharePoint';
import { urgentCareReferrals } from '../../src/domain/registers';

/** The referrals register over HTTP as another person (the workbench's identity header): the colleague of a conflict. */
export function referralsAs(siteUrl: string, loginName: string) {
  const withIdentity: typeof fetch = (input, init) =>
    fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), 'x-custodian-user': loginName } });
  return createRepository(spForSite(siteUrl, { fetch: withIdentity }), urgentCareReferrals, () => new Date());
}
