import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import { XMLParser } from 'fast-xml-parser';

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
