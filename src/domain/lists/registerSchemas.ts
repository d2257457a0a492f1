// zod's mini build: the same checks as the classic one, and 14 KB gzip less than it. Only what writes (the
// form, the repository's saves, the import) loads this module, so no first screen downloads zod.
import * as z from 'zod/mini';
import type { FieldDefinition, ItemValueOf } from './fields';
import { parseFieldValue } from './fieldValues';
import type { ItemShape, Register } from './defineList';
import { rulePasses, type RuleContext } from './rulePredicate';

export interface RegisterSchemas<F extends Record<string, FieldDefinition>> {
  /** Every field checked and normalised, with plain-English messages; no cross-field rules. */
  schema: z.ZodMiniType<ItemShape<F>, unknown>;
  /** For a new item: every field, the computed fields worked out, then every blocking rule (which may need today's date). */
  createSchema: (context: RuleContext) => z.ZodMiniType<ItemShape<F>, unknown>;
  /** For changes to an item: only the fields sent. Rules need the whole item: merge, then use createSchema. */
  updateSchema: z.ZodMiniType<Partial<ItemShape<F>>, unknown>;
}

type FieldSchemas<F extends Record<string, FieldDefinition>> = { [K in keyof F]: z.ZodMiniType<ItemValueOf<F[K]>, unknown> };

function fieldSchema<F extends FieldDefinition>(field: F): z.ZodMiniType<ItemValueOf<F>, unknown> {
  return z.pipe(
    z.unknown(),
    z.transform((raw, context) => {
      const parsed = parseFieldValue(field, raw);
      if (!parsed.ok) {
        context.issues.push({ code: 'custom', message: parsed.message, input: raw });
        return z.NEVER;
      }
      return parsed.value as ItemValueOf<F>;
    })
  );
}

function buildSchemas<F extends Record<string, FieldDefinition>>(register: Register<F>): RegisterSchemas<F> {
  const shape = Object.fromEntries(Object.entries(register.fields).map(([name, field]) => [name, fieldSchema(field)])) as FieldSchemas<F>;
  const fieldsOnly = z.object(shape, { error: 'An item must be a set of named fields.' });
  const names = Object.keys(register.fields);
  // A field left out is a field left blank: it gets the same check (and message) as an empty one.
  // zod infers an object's output by its own mapped types, which TypeScript cannot prove equal to ItemShape<F>
  // for a generic F (each field's schema outputs ItemValueOf<F[K]>, so they are): said here, once per schema.
  const schema = z.pipe(
    z.transform((input: unknown) =>
      typeof input === 'object' && input !== null ? { ...Object.fromEntries(names.map((name) => [name, null])), ...input } : input
    ),
    fieldsOnly
  ) as unknown as z.ZodMiniType<ItemShape<F>, unknown>;
  const blocking = register.rules.filter((rule) => rule.severity === 'block');
  return {
    schema,
    createSchema: (context) =>
      z
        .pipe(
          schema,
          z.transform((item: ItemShape<F>) => ({ ...item, ...register.computed.compute(item, context) }))
        )
        .check(
          z.superRefine((item, issues) => {
            for (const rule of blocking) {
              if (!rulePasses(rule, item as Record<string, unknown>, context)) {
                issues.addIssue({ code: 'custom', path: [rule.field], message: rule.message, input: item });
              }
            }
          })
          // The same item, with its computed fields and checked by its rules: zod's types cannot say so for a generic F.
        ) as unknown as z.ZodMiniType<ItemShape<F>, unknown>,
    // Every field optional: zod's partial of the object above, which TypeScript cannot prove is Partial<ItemShape<F>>.
    updateSchema: z.partial(fieldsOnly) as unknown as z.ZodMiniType<Partial<ItemShape<F>>, unknown>
  };
}

const built = new WeakMap<object, unknown>();

/** The register's schemas, built on first use and kept. */
export function schemasOf<F extends Record<string, FieldDefinition>>(register: Register<F>): RegisterSchemas<F> {
  // The cache holds, for each register, the schemas built from that register: its own F.
  const kept = built.get(register) as RegisterSchemas<F> | undefined;
  if (kept) return kept;
  const schemas = buildSchemas(register);
  built.set(register, schemas);
  return schemas;
}

/** The first message for each field of a failed parse, for a form's inline errors and its summary. */
export function messagesByField(error: z.core.$ZodError): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    if (!(field in messages)) messages[field] = issue.message;
  }
  return messages;
}
