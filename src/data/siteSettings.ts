import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { wholeNumberSetting, type SettingValue, type WholeNumberSetting } from '../domain/settings/settings';
import { siteSettings } from '../domain/registers/siteSettings';
import { where, filterExpression } from './itemFilter';

/** A setting as the site holds it, or its default when the site has no item for it (or no settings list yet). */
export async function readWholeNumberSetting(sp: SPFI, setting: WholeNumberSetting): Promise<SettingValue> {
  try {
    const [item] = await sp.web.lists
      .getByTitle(siteSettings.title)
      .items.select('SettingValue')
      .filter(filterExpression(siteSettings, [where('Title', 'eq', setting.title)]))
      .top(1)<Array<{ SettingValue: string | null }>>();
    return wholeNumberSetting(setting, item?.SettingValue ?? undefined);
  } catch (error) {
    if ((error as { status?: number }).status === 404) return wholeNumberSetting(setting, undefined);
    throw error;
  }
}
