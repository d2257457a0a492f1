import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import { countOf } from '../domain/countOf';
import type { FieldDefinition } from '../domain/lists/fields';
import { columnDifferences, type ColumnDifference } from '../domain/lists/columnDifferences';
import { fieldId, fieldSchemaXml } from '../domain/lists/schemaXml';
import { columnValidation, listValidation } from '../domain/lists/sharePointValidation';
import { systemFields } from '../domain/lists/systemFields';
import { odataString } from './itemFilter';
import type { Register } from '../domain/lists/defineList';
import { readSiteColumns, type SiteField } from './siteSchema';
import { readSitePermissions, restrictionChanges, type SitePermissions } from './listRestriction';
import type { SiteChange } from './siteChange';

/**
 * Makes a site hold each register exactly as declared, in two steps so that a person can see what will
 * change before it does: `planProvisioning` reads the site and says each change (create a list, add or mend
 * a column, version history, validation, who may open or change a list) and each difference it will not
 * touch because mending it could lose data; `applyProvisioning` makes the changes, in order. The command
 * line and the web parts' upgrade use the same two. Planning again after applying finds nothing to do.
 */

export interface ProvisionPlan {
  changes: SiteChange[];
  /** Differences left alone because mending them could lose data: for a person to decide. */
  needsPerson: string[];
}

export interface PlanOptions {
  /**
   * Who the plan is for. An owner (the default) is shown every change, who may open each list included.
   * A member is only told that the site is behind: lists kept to a group (which may be kept from them) and
   * who may open a list are not theirs to read, so neither is planned. A writer is about to add items to
   * the lists planned, so can open them: their columns and rules are planned, who may open them is not.
   */
  reader?: 'owner' | 'member' | 'writer';
}

interface SiteList {
  Id: string;
  ItemCount: number;
  EnableVersioning: boolean;
  ValidationFormula: string;
  ValidationMessage: string;
}

const quoted = (values: readonly string[]): string => values.map((value) => `"${value}"`).join(', ');

const countLimit = 5000;

/** How many items hold `value` in a choice column (capped at 5,000), or undefined when SharePoint would not count them. */
async function itemsUsing(sp: SPFI, listTitle: string, column: string, value: string): Promise<number | undefined> {
  try {
    return (await sp.web.lists.getByTitle(listTitle).items.filter(`${column} eq ${odataString(value)}`).select('Id').top(countLimit)()).length;
  } catch {
    return undefined;
  }
}


const usedBy = (count: number | undefined): string =>
  count === undefined
    ? 'SharePoint would not count the items that use it'
    : count >= countLimit
      ? `at least ${countOf(countLimit, 'item')} use it`
      : `${countOf(count, 'item')} ${count === 1 ? 'uses' : 'use'} it`;

/** A change to a column's properties, and what about the difference is left to a person. */
interface Mend {
  action?: string;
  update?: Record<string, unknown>;
  needsPerson?: string[];
}

/** The change that mends one difference of a column, or what a person must decide about it. */
async function mendDifference(
  sp: SPFI,
  listTitle: string,
  name: string,
  declared: FieldDefinition,
  difference: ColumnDifference,
  listIsEmpty: boolean
): Promise<Mend | undefined> {
  const where = `${listTitle}, column ${name}`;
  const column = `the column ${declared.title} in ${listTitle}`;
  switch (difference.kind) {
    case 'type':
      return { needsPerson: [`${where}: the site has a ${difference.site} column where the register declares ${difference.declared}. Move its data, then change it by hand.`] };
    case 'title':
      return { action: `Rename the column "${difference.site}" in ${listTitle} to "${difference.declared}".`, update: { Title: difference.declared } };
    case 'description':
      return { action: `Update the description of ${column}.`, update: { Description: difference.declared } };
    case 'required':
      return { action: `Make ${column} ${difference.declared ? 'required' : 'optional'}.`, update: { Required: difference.declared } };
    case 'indexed':
      return difference.declared
        ? { action: `Index ${column}, so that it can be sorted and filtered however many items there are.`, update: { Indexed: true } }
        : { needsPerson: [`${where}: indexed on the site but not in the register; left indexed.`] };
    case 'unique':
      return difference.declared
        ? { action: `Make every item's ${declared.title} in ${listTitle} different from every other's.`, update: { EnforceUniqueValues: true } }
        : { action: `Let items share a ${declared.title} in ${listTitle}.`, update: { EnforceUniqueValues: false } };
    case 'choices': {
      // A choice the register dropped goes only when no item holds it; otherwise a person moves those items first.
      const usage = await Promise.all(difference.extra.map(async (choice) => ({ choice, count: await itemsUsing(sp, listTitle, name, choice) })));
      const unused = usage.filter(({ count }) => count === 0).map(({ choice }) => choice);
      const used = usage.filter(({ count }) => count !== 0);
      const needsPerson = used.map(
        ({ choice, count }) => `${where}: the site still offers "${choice}", which the register no longer does (${usedBy(count)}). Change those items to one of its choices; the choice then goes at the next update.`
      );
      const changes = [
        ...(difference.missing.length ? [`add the ${difference.missing.length === 1 ? 'choice' : 'choices'} ${quoted(difference.missing)}`] : []),
        ...(unused.length ? [`remove ${quoted(unused)}, which no item uses`] : [])
      ];
      if (!changes.length) return { needsPerson };
      return {
        action: `In the column ${declared.title} of ${listTitle}, ${changes.join(', and ')}.`,
        update: { Choices: [...difference.declared, ...used.map(({ choice }) => choice)] },
        needsPerson
      };
    }
    case 'maxLength':
      // Only a text column's length is changed here; shortening is safe only while there is nothing to cut
      // (SharePoint's own Title starts at 255).
      if (declared.kind !== 'text') return undefined;
      if (difference.declared > difference.site || listIsEmpty) {
        return { action: `Allow ${countOf(difference.declared, 'character')} in ${column}.`, update: { MaxLength: difference.declared } };
      }
      return { needsPerson: [`${where}: the site allows ${difference.site} characters, the register ${difference.declared}; shortening could cut existing values.`] };
  }
}

async function columnChanges(
  sp: SPFI,
  listTitle: string,
  name: string,
  declared: FieldDefinition,
  site: SiteField,
  listIsEmpty: boolean
): Promise<ProvisionPlan> {
  const plan: ProvisionPlan = { changes: [], needsPerson: [] };
  const field = sp.web.lists.getByTitle(listTitle).fields.getByInternalNameOrTitle(name);
  for (const difference of columnDifferences(declared, site)) {
    const mend = await mendDifference(sp, listTitle, name, declared, difference, listIsEmpty);
    if (!mend) continue;
    plan.needsPerson.push(...(mend.needsPerson ?? []));
    const { action, update } = mend;
    if (action && update) plan.changes.push({ list: listTitle, action, run: () => field.update(update).then(() => undefined) });
    // Nothing else compares across types.
    if (difference.kind === 'type') return plan;
  }
  const validation = columnValidation(name, declared);
  if (site.validationFormula !== (validation?.formula ?? '') || site.validationMessage !== (validation?.message ?? '')) {
    plan.changes.push({
      list: listTitle,
      action: `Update the check SharePoint makes on the column ${declared.title} in ${listTitle}.`,
      run: () => field.update({ ValidationFormula: validation?.formula ?? '', ValidationMessage: validation?.message ?? '' }).then(() => undefined)
    });
  }
  return plan;
}

/** Reads a register's list: undefined when the site has none (or this person cannot see it). */
async function readList(sp: SPFI, title: string): Promise<SiteList | undefined> {
  return sp.web.lists
    .getByTitle(title)
    .select('Id', 'ItemCount', 'EnableVersioning', 'ValidationFormula', 'ValidationMessage')<SiteList>()
    .catch((error: { status?: number }) => {
      if (error.status === 404) return undefined;
      throw error;
    });
}

/** A read made the first time it is asked for, and shared by every list's plan after. */
function once<T>(read: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= read());
}

/** Each register's list id by register name, read when a lookup column is made (its list may be new). */
function listIdsOf(sp: SPFI, registers: readonly Register[]): (registerName: string) => Promise<string> {
  const ids = new Map<string, Promise<string>>();
  return (registerName) => {
    const target = registers.find((register) => register.name === registerName);
    if (!target) return Promise.reject(new Error(`A lookup names the register ${registerName}, which is not declared.`));
    if (!ids.has(registerName)) ids.set(registerName, sp.web.lists.getByTitle(target.title).select('Id')<{ Id: string }>().then((list) => list.Id));
    return ids.get(registerName)!;
  };
}

async function planRegister(
  sp: SPFI,
  register: Register,
  current: SiteList,
  listId: (name: string) => Promise<string>,
  /** The site's groups and permission levels, read once for the whole plan; undefined for someone who is not an owner. */
  sitePermissions: (() => Promise<SitePermissions>) | undefined
): Promise<ProvisionPlan> {
  const plan: ProvisionPlan = { changes: [], needsPerson: [] };
  const list = sp.web.lists.getByTitle(register.title);
  const change = (action: string, run: () => Promise<unknown>): void => {
    plan.changes.push({ list: register.title, action, run: () => run().then(() => undefined) });
  };
  const declaredFields = Object.entries({ ...register.fields, ...systemFields }) as Array<[string, FieldDefinition]>;
  const siteFields = new Map((await readSiteColumns(sp, register.title)).map((field) => [field.name.toLowerCase(), field]));

  // A column Custodian once made for this register (its id says so) that the register no longer declares:
  // its values may be personal data the new design keeps elsewhere, so a person must move them. Left
  // required, it would refuse every new item, which no longer fills it in.
  const declaredNames = new Set(declaredFields.map(([name]) => name.toLowerCase()));
  for (const site of siteFields.values()) {
    if (declaredNames.has(site.name.toLowerCase()) || site.id !== fieldId(register, site.name)) continue;
    plan.needsPerson.push(
      `${register.title}, column ${site.name}: the register no longer declares "${site.title}"; it was left with its values. Move what it holds where the register now keeps it, then delete the column.`
    );
    if (site.required) {
      change(`Make the retired column "${site.title}" in ${register.title} optional, so that new items can be saved without it (its values stay).`, () =>
        list.fields.getByInternalNameOrTitle(site.name).update({ Required: false })
      );
    }
  }
  for (const [name, declared] of declaredFields) {
    const site = siteFields.get(name.toLowerCase());
    if (!site) {
      change(`Add the column ${declared.title} to ${register.title}.`, async () => {
        const lookupTarget = declared.kind === 'lookup' ? `{${await listId(declared.register)}}` : '';
        await list.fields.createFieldAsXml(fieldSchemaXml(register, name, declared, () => lookupTarget));
      });
      continue;
    }
    const column = await columnChanges(sp, register.title, name, declared, site, current.ItemCount === 0);
    plan.changes.push(...column.changes);
    plan.needsPerson.push(...column.needsPerson);
  }

  if (!current.EnableVersioning) change(`Keep version history for ${register.title}: who changed what, and when.`, () => list.update({ EnableVersioning: true }));
  const validation = listValidation(register);
  if ((current.ValidationFormula ?? '') !== (validation?.formula ?? '') || (current.ValidationMessage ?? '') !== (validation?.message ?? '')) {
    change(`Update the rules SharePoint checks on every save to ${register.title}.`, () =>
      list.update({ ValidationFormula: validation?.formula ?? '', ValidationMessage: validation?.message ?? '' })
    );
  }
  if (!sitePermissions) return plan;
  if (register.readableOnlyBy) plan.changes.push(...(await restrictionChanges(sp, register.title, { kind: 'readers', group: register.readableOnlyBy }, await sitePermissions())));
  if (register.editableOnlyBy) plan.changes.push(...(await restrictionChanges(sp, register.title, { kind: 'editors', group: register.editableOnlyBy }, await sitePermissions())));
  return plan;
}

/** Reads the site and says what would bring it to the registers; changes nothing. */
export async function planProvisioning(sp: SPFI, registers: readonly Register[], options: PlanOptions = {}): Promise<ProvisionPlan> {
  const listId = listIdsOf(sp, registers);
  const reader = options.reader ?? 'owner';
  const sitePermissions = reader === 'owner' ? once(() => readSitePermissions(sp)) : undefined;
  const plans = await Promise.all(
    registers.map(async (register): Promise<ProvisionPlan> => {
      // Not read at all for them: SharePoint answers 403 for a list kept from them, which a browser logs as an error.
      if (reader === 'member' && (register.readableOnlyBy || register.editableOnlyBy)) return { changes: [], needsPerson: [] };
      const current = await readList(sp, register.title);
      if (current) return planRegister(sp, register, current, listId, sitePermissions);
      const keptBy = register.readableOnlyBy ? `, which only ${register.readableOnlyBy} and the site's owners can open` : register.editableOnlyBy ? `, which only ${register.editableOnlyBy} and the site's owners can change` : '';
      return {
        changes: [
          {
            list: register.title,
            action: `Create the list ${register.title} with its ${countOf(Object.keys(register.fields).length, 'column')}${keptBy}.`,
            run: async () => {
              await sp.web.lists.add(register.title, register.description, 100, false, { EnableVersioning: true });
              const created = await readList(sp, register.title);
              if (!created) throw new Error(`SharePoint did not create the list ${register.title}.`);
              // Planned when it runs, against the site as the changes before it left it.
              for (const next of (await planRegister(sp, register, created, listId, once(() => readSitePermissions(sp)))).changes) await next.run();
            }
          }
        ],
        needsPerson: []
      };
    })
  );
  // Lists kept by the same new group each plan to create it: it is said, and made, once.
  const changes = plans.flatMap((plan) => plan.changes).filter((change, index, all) => all.findIndex((other) => other.action === change.action) === index);
  return { changes, needsPerson: plans.flatMap((plan) => plan.needsPerson) };
}

/**
 * Makes the planned changes one at a time, in order (a lookup's list before the lookup, a column's new
 * name before the rules that use it), telling `onProgress` after each. Stops at the first refusal: what was
 * done stays done, and planning again picks up from there.
 */
export async function applyProvisioning(plan: ProvisionPlan, onProgress?: (done: number, total: number) => void): Promise<string[]> {
  const applied: string[] = [];
  for (const change of plan.changes) {
    await change.run();
    applied.push(change.action);
    onProgress?.(applied.length, plan.changes.length);
  }
  return applied;
}
