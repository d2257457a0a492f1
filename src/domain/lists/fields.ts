import type { IsoDate } from '../calendar/isoDate';
import { normaliseEmail } from '../validators/email';
import { normaliseNhsNumber } from '../validators/nhsNumber';
import { normalisePostcode } from '../validators/postcode';
import { normaliseUprn } from '../validators/uprn';
import type { Condition } from './rules';

/** A person as a register holds them: SharePoint's user id, with the name and email to show. */
export interface PersonValue {
  id: number;
  title?: string;
  email?: string;
}

/** An item of another register, by id, with its title to show. */
export interface LookupValue {
  id: number;
  title?: string;
}

export interface FieldOptions<V> {
  /** Display name in SharePoint, on forms and in the dictionary. */
  title: string;
  /** Form help text and the dictionary's description. */
  description: string;
  required?: boolean;
  /** Unique values; SharePoint enforces it only on an indexed column, so unique implies indexed. */
  unique?: boolean;
  indexed?: boolean;
  default?: V;
  /** Spreadsheet headers that meant this field, for imports. */
  aliases?: readonly string[];
  /** Form section; fields without one go in the register's first section. */
  section?: string;
  /** Holds personal data about a patient, resident or requester. */
  personal?: boolean;
  /** Counted for completeness by the data-quality engine even when not required. */
  critical?: boolean;
  /** Forms show the field only when this holds for the item (or when it already has a value). */
  shownWhen?: Condition;
}

interface FieldCommon {
  title: string;
  description: string;
  required: boolean;
  unique: boolean;
  indexed: boolean;
  aliases: readonly string[];
  section?: string;
  personal: boolean;
  critical: boolean;
  shownWhen?: Condition;
}

export interface TextField extends FieldCommon {
  kind: 'text';
  maxLength: number;
  default?: string;
}
export interface NoteField extends FieldCommon {
  kind: 'note';
  default?: string;
}
export interface NumberField extends FieldCommon {
  kind: 'number';
  min?: number;
  max?: number;
  integer: boolean;
  default?: number;
}
export interface CurrencyField extends FieldCommon {
  kind: 'currency';
  min?: number;
  max?: number;
  default?: number;
}
export interface BooleanField extends FieldCommon {
  kind: 'boolean';
  default: boolean;
}
export interface DateField extends FieldCommon {
  kind: 'date';
  default?: IsoDate;
}
export interface DateTimeField extends FieldCommon {
  kind: 'dateTime';
  default?: string;
}
/** Other ways spreadsheets wrote a choice ("P1" for "Pathway 1"), for imports. */
export type ChoiceAliases<C extends string> = Readonly<Partial<Record<C, readonly string[]>>>;

export interface ChoiceField<C extends string = string> extends FieldCommon {
  kind: 'choice';
  choices: readonly C[];
  choiceAliases?: ChoiceAliases<C>;
  default?: C;
}
/** The choices a form offers while a condition holds for the item (an FOI request's exemptions, not EIR's). */
export interface OfferedChoices<C extends string = string> {
  when: Condition;
  choices: readonly C[];
}
export interface MultiChoiceField<C extends string = string> extends FieldCommon {
  kind: 'multiChoice';
  choices: readonly C[];
  default?: readonly C[];
  /** Narrower sets of choices for some items; every choice is offered where none applies. */
  offeredWhen?: ReadonlyArray<OfferedChoices<C>>;
}
export interface PersonField extends FieldCommon {
  kind: 'person';
}
export interface LookupField extends FieldCommon {
  kind: 'lookup';
  /** The name of the register looked up; its Title is shown. */
  register: string;
}
/** How an identifier's text is checked: its normal form (undefined when invalid), and how a valid one looks. */
export interface IdentifierCheck {
  normalise(text: string): string | undefined;
  hint: string;
}

/** Text kinds whose values are checked and normalised by a validator. */
export interface IdentifierField extends FieldCommon {
  kind: 'nhsNumber' | 'uprn' | 'postcode' | 'email' | 'phone';
  check: IdentifierCheck;
  default?: undefined;
}

export type FieldDefinition =
  | TextField
  | NoteField
  | NumberField
  | CurrencyField
  | BooleanField
  | DateField
  | DateTimeField
  | ChoiceField
  | MultiChoiceField
  | PersonField
  | LookupField
  | IdentifierField;

export type FieldKind = FieldDefinition['kind'];

/** The value a field holds once validated: what the item types are made of. */
export type ValueOf<F> = F extends ChoiceField<infer C>
  ? C
  : F extends MultiChoiceField<infer C>
    ? C[]
    : F extends NumberField | CurrencyField
      ? number
      : F extends BooleanField
        ? boolean
        : F extends PersonField
          ? PersonValue
          : F extends LookupField
            ? LookupValue
            : string;

/** Keeps `required: true` literal in a field's type, so item types know which values can be null. */
export type RequiredOf<O> = { required: O extends { required: true } ? true : false };

/** The value an item holds for a field: null when an optional field is blank. */
export type ItemValueOf<F> = F extends { kind: 'boolean' } | { kind: 'multiChoice' } | { required: true } ? ValueOf<F> : ValueOf<F> | null;

function common<O extends FieldOptions<never> | FieldOptions<unknown>>(options: O): FieldCommon & RequiredOf<O> {
  const unique = options.unique ?? false;
  return {
    title: options.title,
    description: options.description,
    required: options.required ?? false,
    unique,
    indexed: unique || (options.indexed ?? false),
    aliases: options.aliases ?? [],
    section: options.section,
    personal: options.personal ?? false,
    critical: options.critical ?? false,
    ...(options.shownWhen ? { shownWhen: options.shownWhen } : {})
  } as FieldCommon & RequiredOf<O>;
}

export const text = <const O extends FieldOptions<string> & { maxLength?: number }>(options: O): TextField & RequiredOf<O> => ({
  kind: 'text',
  ...common(options),
  maxLength: options.maxLength ?? 255,
  default: options.default
});

export const note = <const O extends FieldOptions<string>>(options: O): NoteField & RequiredOf<O> => ({
  kind: 'note',
  ...common(options),
  default: options.default
});

export const number = <const O extends FieldOptions<number> & { min?: number; max?: number; integer?: boolean }>(
  options: O
): NumberField & RequiredOf<O> => ({
  kind: 'number',
  ...common(options),
  min: options.min,
  max: options.max,
  integer: options.integer ?? false,
  default: options.default
});

export const currency = <const O extends FieldOptions<number> & { min?: number; max?: number }>(
  options: O
): CurrencyField & RequiredOf<O> => ({
  kind: 'currency',
  ...common(options),
  min: options.min,
  max: options.max,
  default: options.default
});

export const yesNo = (options: Omit<FieldOptions<boolean>, 'required' | 'unique'>): BooleanField => ({
  kind: 'boolean',
  ...common(options),
  default: options.default ?? false
});

export const date = <const O extends FieldOptions<IsoDate>>(options: O): DateField & RequiredOf<O> => ({
  kind: 'date',
  ...common(options),
  default: options.default
});

export const dateTime = <const O extends FieldOptions<string>>(options: O): DateTimeField & RequiredOf<O> => ({
  kind: 'dateTime',
  ...common(options),
  default: options.default
});

export const choice = <const C extends string, const O extends FieldOptions<C> & { choices: readonly C[]; choiceAliases?: ChoiceAliases<C> }>(
  options: O & { choices: readonly C[] }
): ChoiceField<C> & RequiredOf<O> => ({
  kind: 'choice',
  ...common(options),
  choices: options.choices,
  ...(options.choiceAliases ? { choiceAliases: options.choiceAliases } : {}),
  default: options.default
});

export const multiChoice = <const C extends string>(
  options: FieldOptions<readonly C[]> & { choices: readonly C[]; offeredWhen?: ReadonlyArray<OfferedChoices<C>> }
): MultiChoiceField<C> => ({
  kind: 'multiChoice',
  ...common(options),
  choices: options.choices,
  default: options.default,
  ...(options.offeredWhen ? { offeredWhen: options.offeredWhen } : {})
});

export const person = <const O extends Omit<FieldOptions<never>, 'default'>>(options: O): PersonField & RequiredOf<O> =>
  ({ kind: 'person', ...common(options) });

export const lookup = <const O extends Omit<FieldOptions<never>, 'default'> & { register: string }>(
  options: O
): LookupField & RequiredOf<O> => ({ kind: 'lookup', ...common(options), register: options.register });

export type IdentifierBuilder = <const O extends Omit<FieldOptions<never>, 'default'>>(options: O) => IdentifierField & RequiredOf<O>;

/** A builder for an identifier kind; each kind's validator is imported only by the module that builds it. */
export const identifier =
  (kind: IdentifierField['kind'], check: IdentifierCheck): IdentifierBuilder =>
  <const O extends Omit<FieldOptions<never>, 'default'>>(options: O): IdentifierField & RequiredOf<O> =>
    ({ kind, ...common(options), check });

export const nhsNumber = identifier('nhsNumber', { normalise: normaliseNhsNumber, hint: 'an NHS number is 10 digits, like 943 476 5919' });
export const uprn = identifier('uprn', { normalise: normaliseUprn, hint: 'a UPRN is a number of up to 12 digits' });
export const postcode = identifier('postcode', { normalise: normalisePostcode, hint: 'a UK postcode looks like M32 0TH' });
export const email = identifier('email', { normalise: normaliseEmail, hint: 'an email address looks like name@example.gov.uk' });

/** SharePoint formulas cannot refer to these kinds of column (lookups, people, multi-choice, multi-line text). */
export function formulaCanReference(field: FieldDefinition): boolean {
  return !['note', 'multiChoice', 'person', 'lookup'].includes(field.kind);
}
