import { uniquenessKey } from '../quality/qualityRun';
import type { Register } from './defineList';
import type { FieldDefinition } from './fields';
import { inSentence, parseFieldValue } from './fieldValues';
import type { ItemRecord } from './itemQuery';

/** The duplicate key as a sentence says it: "NHS number and admission date". */
export function duplicateKeyWords(register: Register<Record<string, FieldDefinition>>): string {
  return register.duplicateKey.map((name) => inSentence(register.fields[name].title).replace(/^the /, '')).join(' and ');
}

/**
 * An item already in the register with the same duplicate key as the values being typed (an NHS number
 * and admission date, say), the way the data-quality check will compare them: found before saving, so
 * the person can open it instead of adding the same record twice.
 */
export function likelyDuplicate(
  register: Register<Record<string, FieldDefinition>>,
  values: Readonly<Record<string, unknown>>,
  records: readonly ItemRecord[],
  itself?: number
): ItemRecord | undefined {
  if (!register.duplicateKey.length) return undefined;
  const normalised: Record<string, unknown> = {};
  for (const name of register.duplicateKey) {
    const parsed = parseFieldValue(register.fields[name], values[name]);
    if (!parsed.ok) return undefined;
    normalised[name] = parsed.value;
  }
  const key = uniquenessKey(register.duplicateKey, normalised);
  if (key === undefined) return undefined;
  return records.find((record) => record.id !== itself && uniquenessKey(register.duplicateKey, record.item as Record<string, unknown>) === key);
}
