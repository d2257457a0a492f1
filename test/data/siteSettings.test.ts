import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { provision } from '../../src/data/siteUpgrade';
import { readWholeNumberSetting } from '../../src/data/siteSettings';
import type { Register } from '../../src/domain/lists/defineList';
import { registers, siteSettings } from '../../src/domain/registers';
import { foiDirectorateDays } from '../../src/domain/settings/settings';
import { emulatedSite } from '../support/emulatedSite';

describe('a site setting', () => {
  it('is the default on a site without the settings list or the item, the site’s value when valid, and the default with a reason when not', async () => {
    const { emulator, sp } = emulatedSite();
    expect(await readWholeNumberSetting(sp(), foiDirectorateDays)).toEqual({ value: 10 });
    await provision(sp(), registers as unknown as Register[]);
    expect(await readWholeNumberSetting(sp(), foiDirectorateDays)).toEqual({ value: 10 });
    const items = sp().web.lists.getByTitle(siteSettings.title).items;
    const { Id } = await items.add({ Title: foiDirectorateDays.title, SettingValue: ' 7 ' });
    expect(await readWholeNumberSetting(sp(), foiDirectorateDays)).toEqual({ value: 7 });
    await items.getById(Id).update({ SettingValue: 'ten' });
    expect(await readWholeNumberSetting(sp(), foiDirectorateDays)).toEqual({
      value: 10,
      problem: 'The site\'s setting "FOI directorate working days" is "ten", which is not a whole number from 1 to 19: 10 is used instead.'
    });
    await items.getById(Id).update({ SettingValue: '25' });
    expect((await readWholeNumberSetting(sp(), foiDirectorateDays)).value).toBe(10);
    emulator.close();
  });
});
