import { provision } from '../../src/data/siteUpgrade';
import { readSiteColumns, readSiteLists } from '../../src/data/siteSchema';
import { registers, urgentCareReferrals } from '../../src/domain/registers';
import type { Register } from '../../src/domain/lists/defineList';
import { ruleSentence } from '../../src/domain/lists/ruleSentence';
import { ruleFields } from '../../src/domain/lists/rules';
import { registerDictionary, siteListDictionary } from '../../src/domain/wiki/dictionary';
import { schemaDrift } from '../../src/domain/wiki/schemaDrift';
import { emulatedSite } from '../support/emulatedSite';

const register = urgentCareReferrals as unknown as Register;

async function provisionedSite() {
  const emulated = emulatedSite({ clock: () => new Date('2026-11-22T10:00:00Z') });
  await provision(emulated.sp(), registers as unknown as Register[]);
  return emulated;
}

describe('the data dictionary, held against the live site', () => {
  it('is the Urgent Care declaration, field for field, and the provisioned list matches it', async () => {
    const { emulator, sp } = await provisionedSite();
    const dictionary = registerDictionary(register);
    const declared = Object.entries(register.fields);
    expect(dictionary.filter((entry) => !entry.system).map((entry) => entry.name)).toEqual(declared.map(([name]) => name));
    const columns = new Map((await readSiteColumns(sp(), register.title)).map((column) => [column.name, column]));
    for (const [name, field] of declared) {
      const entry = dictionary.find((candidate) => candidate.name === name)!;
      expect({ title: entry.title, required: entry.required, description: entry.description, personal: entry.personal, critical: entry.critical }).toEqual({
        title: field.title,
        required: field.required,
        description: field.description,
        personal: field.personal,
        critical: field.critical
      });
      expect(entry.allowedValues).toEqual(field.kind === 'choice' || field.kind === 'multiChoice' ? field.choices : []);
      expect(entry.rules.map((rule) => rule.sentence)).toEqual(
        register.rules.filter((rule) => rule.field === name || ruleFields(rule).includes(name)).map((rule) => ruleSentence(rule, register.fields))
      );
      const column = columns.get(name)!;
      expect({ title: column.title, type: column.type, required: column.required, choices: column.choices ?? [] }).toEqual({
        title: entry.title,
        type: entry.sharePointType,
        required: entry.required,
        choices: entry.allowedValues
      });
    }
    expect(schemaDrift(register, [...columns.values()])).toEqual([]);
    emulator.close();
  });

  it('shows a column added by hand, and a choice taken away, for those fields only', async () => {
    const { emulator, sp } = await provisionedSite();
    const list = sp().web.lists.getByTitle(register.title);
    await list.fields.addText('WardBed', { Title: 'Ward and bed', MaxLength: 40 });
    const status = await list.fields.getByInternalNameOrTitle('Status').select('Choices')<{ Choices: string[] }>();
    await list.fields.getByInternalNameOrTitle('Status').update({ Choices: status.Choices.filter((choice) => choice !== 'Cancelled') }, 'SP.FieldChoice');

    const drift = schemaDrift(register, await readSiteColumns(sp(), register.title));
    expect(drift).toEqual([
      { name: 'Status', title: 'Status', undeclared: false, differences: ['The site does not offer "Cancelled".'] },
      { name: 'Ward_x0020_and_x0020_bed', title: 'Ward and bed', undeclared: true, differences: ['On the site but not in the register: a Text column added outside Custodian.'] }
    ]);
    emulator.close();
  });

  it('reads a list no register declares from its live schema', async () => {
    const { emulator, sp } = await provisionedSite();
    await sp().web.lists.add('Parking permits', 'Permits issued to residents', 100);
    const permits = sp().web.lists.getByTitle('Parking permits');
    await permits.fields.createFieldAsXml('<Field Type="Choice" Name="Zone" DisplayName="Zone" Required="TRUE"><CHOICES><CHOICE>A</CHOICE><CHOICE>B</CHOICE></CHOICES></Field>');
    expect((await readSiteLists(sp())).map((list) => list.title)).toContain('Parking permits');
    const dictionary = siteListDictionary(await readSiteColumns(sp(), 'Parking permits'), new Map([['Zone', 'The parking zone the permit is for.']]));
    expect(dictionary.map(({ name, type, required, allowedValues, description }) => ({ name, type, required, allowedValues, description }))).toEqual([
      { name: 'Title', type: 'Text', required: true, allowedValues: [], description: '' },
      { name: 'Zone', type: 'Choice', required: true, allowedValues: ['A', 'B'], description: 'The parking zone the permit is for.' }
    ]);
    emulator.close();
  });
});
