import { pageLinks, teamsLinks } from '../../src/apps/services';
import { formatQualityLink, parseQualityLink } from '../../src/domain/quality/qualityLinks';

const rule = formatQualityLink({ register: 'urgentCareReferrals', checkId: 'discharge-date-when-discharged', itemId: 42 });

describe('links to a data-quality rule or item', () => {
  it('on a SharePoint page, travel in ?item= and come back as they went', () => {
    const link = pageLinks('https://council.sharepoint.com/sites/data/SitePages/Quality.aspx?item=old#top').linkTo(rule);
    expect(link).toBe('https://council.sharepoint.com/sites/data/SitePages/Quality.aspx?item=urgentCareReferrals%2Fdischarge-date-when-discharged%2F42');
    expect(parseQualityLink(pageLinks(link).openedAt)).toEqual({ register: 'urgentCareReferrals', checkId: 'discharge-date-when-discharged', itemId: 42 });
  });

  it('in a Teams channel tab, name the channel and carry the rule and item as the sub-entity', () => {
    const link = new URL(teamsLinks('app-1', 'quality', undefined, '19:abc@thread.tacv2').linkTo(rule));
    expect(link.origin + link.pathname).toBe('https://teams.microsoft.com/l/entity/app-1/quality');
    expect(JSON.parse(link.searchParams.get('context')!)).toEqual({ subEntityId: rule, channelId: '19:abc@thread.tacv2' });
    expect(teamsLinks('app-1', 'quality', rule).openedAt).toBe(rule);
  });

  it('in a personal tab, carry no channel', () => {
    const link = new URL(teamsLinks('app-1', 'tracker', undefined).linkTo('42'));
    expect(JSON.parse(link.searchParams.get('context')!)).toEqual({ subEntityId: '42' });
  });
});
