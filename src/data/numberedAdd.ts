import { where } from './itemFilter';
import type { FieldValues, Outcome, Repository } from './repository';

const attempts = 3;

/**
 * Adds an item under the next free reference in a series (FOI-2026-0124): the references already used are
 * read just before the add, and if someone else took the same one in the meantime (the column is unique,
 * so SharePoint refuses the second), the next is tried.
 */
export async function addNumbered<T>(
  repository: Repository<T>,
  field: keyof T & string,
  prefix: string,
  next: (used: string[]) => string,
  values: FieldValues<T>
): Promise<Outcome<T>> {
  let outcome: Outcome<T> | undefined;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const used: string[] = [];
    for await (const page of repository.find([where(field, 'startswith', prefix)])) {
      used.push(...page.map((saved) => String((saved.item as Record<string, unknown>)[field])));
    }
    const numbered: FieldValues<T> = { ...values, [field]: next(used) };
    outcome = await repository.add(numbered);
    if (outcome.kind !== 'refused' || !/duplicate values/i.test(outcome.problem.detail)) return outcome;
  }
  return outcome!;
}
