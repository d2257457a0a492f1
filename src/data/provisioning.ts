import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import type { FieldDefinition } from '../domain/lists/fields';
import { columnDifferences, type SiteColumn } from '../domain/lists/columnDifferences';
import { fieldId, fieldSchemaXml } from '../domain/lists/schemaXml';
import { columnValidation, listValidation } from '../domain/lists/sharePointValidation';
import { systemFields } from '../domain/lists/systemFields';
import type { AnyRegister } from './itemMapping';
import { restrictEditingToGroup, restrictListToGroup } from './listPermissions';

/**
 * Makes a site hold each register exactly as declared: creates missing lists (versioned) and columns,
 * brings names, descriptions, choices, indexes, lengths and validation up to date, and reports — without
 * doing them — the changes that could lose data. Running it twice changes nothing the second time.
 */

export interface ProvisionReport {
  /** What was changed, one sentence each. */
  applied: string[];
  /** Differences left alone because fixing them could lose data: for a person to decide. */
  destructive: string[];
}

interface SiteField {
  Id: string;
  InternalName: string;
  Title: string;
  Description: string;
  TypeAsString: string;
  Required: boolean;
  Indexed: boolean;
  EnforceUniqueValues: boolean;
  MaxLength?: number;
  Choices?: string[];
  ValidationFormula: string | null;
  ValidationMessage: string | null;
}

const fieldSelect = [
  'Id',
  'InternalName',
  'Title',
  'Description',
  'TypeAsString',
  'Required',
  'Indexed',
  'EnforceUniqueValues',
  'MaxLength',
  'Choices',
  'ValidationFormula',
  'ValidationMessage'
];

const asSiteColumn = (site: SiteField): SiteColumn => ({
  name: site.InternalName,
  title: site.Title,
  type: site.TypeAsString,
  description: site.Description ?? '',
  required: site.Required,
  indexed: site.Indexed,
  unique: site.EnforceUniqueValues,
  choices: site.Choices,
  maxLength: site.MaxLength,
  builtIn: false
});

/** The properties of a column to change so it matches its declaration, and what must be left to a person. */
function fieldDrift(
  listTitle: string,
  name: string,
  declared: FieldDefinition,
  site: SiteField,
  listIsEmpty: boolean
): { update: Record<string, unknown>; destructive: string[] } {
  const update: Record<string, unknown> = {};
  const destructive: string[] = [];
  const where = `${listTitle}, column ${name}`;
  for (const difference of columnDifferences(declared, asSiteColumn(site))) {
    switch (difference.kind) {
      case 'type':
        destructive.push(`${where}: the site has a ${difference.site} column where the register declares ${difference.declared}. Move its data, then change it by hand.`);
        return { update, destructive };
      case 'title':
        update.Title = difference.declared;
        break;
      case 'description':
        update.Description = difference.declared;
        break;
      case 'required':
        update.Required = difference.declared;
        break;
      case 'indexed':
        if (difference.declared) update.Indexed = true;
        else destructive.push(`${where}: indexed on the site but not in the register; left indexed.`);
        break;
      case 'unique':
        update.EnforceUniqueValues = difference.declared;
        break;
      case 'choices':
        update.Choices = [...difference.declared, ...difference.extra];
        if (difference.extra.length) destructive.push(`${where}: the site also offers ${difference.extra.map((choice) => `"${choice}"`).join(', ')}, which the register does not; kept, because items may use them.`);
        break;
      case 'maxLength':
        // Only a text column's length is changed here; shortening is safe only while there is nothing to cut
        // (SharePoint's own Title starts at 255).
        if (declared.kind !== 'text') break;
        if (difference.declared > difference.site || listIsEmpty) update.MaxLength = difference.declared;
        else destructive.push(`${where}: the site allows ${difference.site} characters, the register ${difference.declared}; shortening could cut existing values.`);
        break;
    }
  }
  const validation = columnValidation(name, declared);
  if ((site.ValidationFormula ?? '') !== (validation?.formula ?? '') || (site.ValidationMessage ?? '') !== (validation?.message ?? '')) {
    update.ValidationFormula = validation?.formula ?? '';
    update.ValidationMessage = validation?.message ?? '';
  }
  return { update, destructive };
}

export async function provision(sp: SPFI, registers: readonly AnyRegister[]): Promise<ProvisionReport> {
  const report: ProvisionReport = { applied: [], destructive: [] };
  const listIds = new Map<string, string>();

  for (const register of registers) {
    const list = sp.web.lists.getByTitle(register.title);
    let current = await list
      .select('Id', 'ItemCount', 'EnableVersioning', 'ValidationFormula', 'ValidationMessage')<{
        Id: string;
        ItemCount: number;
        EnableVersioning: boolean;
        ValidationFormula: string;
        ValidationMessage: string;
      }>()
      .catch((error: { status?: number }) => {
        if (error.status === 404) return undefined;
        throw error;
      });
    if (!current) {
      await sp.web.lists.add(register.title, register.description, 100, false, { EnableVersioning: true });
      report.applied.push(`Created the list ${register.title}.`);
      current = await list.select('Id', 'ItemCount', 'EnableVersioning', 'ValidationFormula', 'ValidationMessage')();
    }
    listIds.set(register.name, current!.Id);
    const lookupList = (name: string): string => `{${listIds.get(name) ?? ''}}`;

    const siteFields = new Map(
      (await list.fields.select(...fieldSelect)<SiteField[]>()).map((field) => [field.InternalName.toLowerCase(), field])
    );
    // A column Custodian once made for this register (its id says so) that the register no longer declares:
    // its values may be personal data the new design keeps elsewhere, so a person must move them.
    const declaredNames = new Set(Object.keys({ ...register.fields, ...systemFields }).map((name) => name.toLowerCase()));
    for (const site of siteFields.values()) {
      if (declaredNames.has(site.InternalName.toLowerCase()) || site.Id.replace(/[{}]/g, '').toLowerCase() !== fieldId(register, site.InternalName)) continue;
      report.destructive.push(
        `${register.title}, column ${site.InternalName}: the register no longer declares "${site.Title}"; it was left with its values. Move what it holds where the register now keeps it, then delete the column.`
      );
    }
    for (const [name, declared] of Object.entries({ ...register.fields, ...systemFields })) {
      const site = siteFields.get(name.toLowerCase());
      if (!site) {
        await list.fields.createFieldAsXml(fieldSchemaXml(register, name, declared, lookupList));
        report.applied.push(`Added the column ${declared.title} to ${register.title}.`);
        continue;
      }
      const drift = fieldDrift(register.title, name, declared, site, current!.ItemCount === 0);
      report.destructive.push(...drift.destructive);
      if (Object.keys(drift.update).length) {
        await list.fields.getByInternalNameOrTitle(name).update(drift.update);
        report.applied.push(`Updated ${Object.keys(drift.update).join(', ')} of the column ${declared.title} in ${register.title}.`);
      }
    }

    const validation = listValidation(register);
    const listUpdate: Record<string, unknown> = {};
    if (!current!.EnableVersioning) listUpdate.EnableVersioning = true;
    if ((current!.ValidationFormula ?? '') !== (validation?.formula ?? '') || (current!.ValidationMessage ?? '') !== (validation?.message ?? '')) {
      listUpdate.ValidationFormula = validation?.formula ?? '';
      listUpdate.ValidationMessage = validation?.message ?? '';
    }
    if (Object.keys(listUpdate).length) {
      await list.update(listUpdate);
      report.applied.push(`Updated ${Object.keys(listUpdate).join(', ')} of ${register.title}.`);
    }
    if (register.readableOnlyBy) report.applied.push(...(await restrictListToGroup(sp, register.title, register.readableOnlyBy)));
    if (register.editableOnlyBy) report.applied.push(...(await restrictEditingToGroup(sp, register.title, register.editableOnlyBy)));
  }
  return report;
}
