import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import { XMLParser } from 'fast-xml-parser';
import { toSharePoint } from '../../src/data/itemMapping';
import type { Register } from '../../src/domain/lists/defineList';
import type { IsoDate } from '../../src/domain/calendar/isoDate';
import { foiRequesters, foiRequests, urgentCareReferrals } from '../../src/domain/registers';
import { demoReferrals } from '../../workbench/demoData/urgentCareDemo';
import { demoFoi } from '../../workbench/demoData/foiDemo';
import { demoCount, demoSeed, foiDemoOptions, foiDemoPeople } from '../../workbench/demoData/seed';
import type { SharePointEmulator } from '../../workbench/emulator/emulator';

/**
 * A site as the previous release left it (test/fixtures/previousRelease): each list the feature's
 * elements.xml names, made from its schema file as SharePoint does when the app is added (the schema's
 * Title field renames and reshapes the list's own Title column; every other field is added as written),
 * then the list validation that release's provisioning set.
 */

const folder = path.join(__dirname, '..', 'fixtures', 'previousRelease');
const read = (file: string): string => readFileSync(path.join(folder, file), 'utf8');

interface ListInstance {
  Title: string;
  Description: string;
  CustomSchema: string;
}

export interface PreviousList {
  title: string;
  /** Every field the list's schema declares, by internal name, with the choices a choice field offered. */
  fields: Map<string, { type: string; required: boolean; choices: string[] }>;
}

const attributes = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['ListInstance', 'Field', 'CHOICE'].includes(name) });

export function previousReleaseLists(): Array<PreviousList & { instance: ListInstance; fieldXml: string[] }> {
  const elements = attributes.parse(read('elements.xml')) as { Elements: { ListInstance: ListInstance[] } };
  return elements.Elements.ListInstance.map((instance) => {
    const schema = read(instance.CustomSchema);
    const fieldXml = schema.match(/<Field\b[^>]*?(?:\/>|>[\s\S]*?<\/Field>)/g) ?? [];
    const fields = new Map(
      fieldXml.map((xml) => {
        const field = (attributes.parse(xml) as { Field: Array<Record<string, unknown> & { CHOICES?: { CHOICE: unknown[] } }> }).Field[0];
        return [String(field.Name), { type: String(field.Type), required: field.Required === 'TRUE', choices: (field.CHOICES?.CHOICE ?? []).map(String) }];
      })
    );
    return { title: instance.Title, instance, fieldXml, fields };
  });
}

export async function provisionPreviousRelease(sp: SPFI): Promise<PreviousList[]> {
  const validations = JSON.parse(read('listValidation.json')) as Record<string, { formula: string; message: string } | null>;
  const lists = previousReleaseLists();
  for (const { instance, fieldXml } of lists) {
    await sp.web.lists.add(instance.Title, instance.Description, 100, false, { EnableVersioning: true });
    const list = sp.web.lists.getByTitle(instance.Title);
    for (const xml of fieldXml) {
      const title = /^<Field\b[^>]*\bName="Title"/.test(xml) ? (attributes.parse(xml) as { Field: Array<Record<string, string>> }).Field[0] : undefined;
      if (!title) {
        await list.fields.createFieldAsXml(xml);
        continue;
      }
      await list.fields.getByInternalNameOrTitle('Title').update({
        Title: title.DisplayName,
        Description: title.Description ?? '',
        Required: title.Required === 'TRUE',
        ...(title.MaxLength ? { MaxLength: Number(title.MaxLength) } : {})
      });
    }
    const validation = validations[instance.Title];
    if (validation) await list.update({ ValidationFormula: validation.formula, ValidationMessage: validation.message });
  }
  return lists.map(({ title, fields }) => ({ title, fields }));
}

/** How the previous release's officers said the statuses the reshaped FOI workflow now names. */
const previousStatus: Record<string, string> = {
  'Awaiting clarification': 'Clarification requested',
  'Awaiting fee': 'Fee notice issued',
  'With directorate': 'In progress',
  'Drafting response': 'In progress',
  'Internal review': 'Responded',
  'ICO complaint': 'Responded',
  Closed: 'Responded'
};

/** A row written for today's register, kept to what the previous release's list could hold. */
function asPrevious(list: PreviousList, row: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(row)) {
    const field = list.fields.get(name) ?? list.fields.get(name.replace(/Id$/, ''));
    if (!field || value === null || value === undefined) continue;
    if (field.type === 'Choice' && !field.choices.includes(String(value))) continue;
    kept[name] = field.type === 'MultiChoice' ? (value as string[]).filter((choice) => field.choices.includes(choice)) : value;
  }
  return kept;
}

/** The demo's referrals and FOI requests, as the previous release's lists could hold them, imported as the site's owner. */
export function fillWithDemoData(emulator: SharePointEmulator, lists: PreviousList[], today: IsoDate): void {
  const site = emulator.site;
  const owner = site.allUsers()[0];
  const [referrals, requests] = [urgentCareReferrals.title, foiRequests.title].map((title) => lists.find((list) => list.title === title)!);
  const referralRows = demoReferrals({ count: demoCount, seed: demoSeed, today }, [owner.id]).map((row) =>
    asPrevious(referrals, toSharePoint(urgentCareReferrals as unknown as Register, row))
  );
  site.importItems(site.listByTitle(referrals.title), referralRows, owner);

  const demo = demoFoi({ ...foiDemoOptions, today }, foiDemoPeople.officers, foiDemoPeople.contacts);
  const requestRows = demo.requests.map((row) => {
    const current = toSharePoint(foiRequests as unknown as Register, { ...row, ...foiRequests.computed.compute(row, { today }) });
    // The previous release required a requester's name on every request; a few demo requests have none.
    const requester = demo.requesters[Number(current.RequesterId) - 1] ?? { RequesterName: 'Not recorded' };
    const { Title: _reference, ...details } = toSharePoint(foiRequesters as unknown as Register, requester);
    return asPrevious(requests, { ...current, ...details, Status: previousStatus[String(current.Status)] ?? current.Status });
  });
  site.importItems(site.listByTitle(requests.title), requestRows, owner);
}
