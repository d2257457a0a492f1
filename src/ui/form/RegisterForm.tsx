import * as React from 'react';
import { DefaultButton, Link, mergeStyleSets, MessageBar, MessageBarType, PrimaryButton, Stack, Text } from '@fluentui/react';
import { useId } from '@fluentui/react-hooks';
import type { IsoDate } from '../../domain/calendar/isoDate';
import type { Register } from '../../domain/lists/defineList';
import { messagesByField, schemasOf } from '../../domain/lists/registerSchemas';
import type { FieldDefinition } from '../../domain/lists/fields';
import { sameValue } from '../../domain/lists/sameValue';
import { displayValue } from '../../domain/lists/displayValue';
import { isBlank, parseFieldValue } from '../../domain/lists/fieldValues';
import { conditionHolds } from '../../domain/lists/rulePredicate';
import { advisories } from '../../domain/quality/advisories';
import type { ItemRecord } from '../../domain/lists/itemQuery';
import { duplicateKeyWords, likelyDuplicate } from '../../domain/lists/likelyDuplicate';
import { datesNeverAfterToday } from '../../domain/lists/pastDates';
import { brokenBlockingRules } from '../../domain/lists/brokenRules';
import { ruleFields } from '../../domain/lists/rules';
import { offeredChoices } from '../../domain/lists/offeredChoices';
import { FieldInput, type PersonOption } from './FieldInput';
import { registerPanelIcons } from '../icons/panelIcons';

// The icons of forms, panels, calendars and reports come with their code, not with the first screen.
registerPanelIcons();

/** Where a form keeps what was typed but not yet saved (the browser's localStorage in the apps). */
export interface DraftStore {
  load(key: string): Record<string, unknown> | undefined;
  save(key: string, values: Record<string, unknown>): void;
  clear(key: string): void;
}

export type SaveResult = { ok: true } | { ok: false; messages: Record<string, string> };

export interface RegisterFormProps {
  register: Register<Record<string, FieldDefinition>>;
  initial: Record<string, unknown>;
  mode: 'new' | 'edit' | 'view';
  today: IsoDate;
  /** The time now, for checks that fall due within a day; without it, those checks are not said while typing. */
  now?: string;
  people: readonly PersonOption[];
  /** Keeps typing across reloads and failed saves; omit for a form that should not remember. */
  drafts?: { store: DraftStore; key: string };
  /** Show only these fields (and any a save finds a problem with): a fix queue asks for what is wrong, not the whole item. */
  only?: readonly string[];
  /** The Save button's words, when "Save" alone would not say what happens next. */
  saveText?: string;
  cancelText?: string;
  /** Put keyboard focus in the first field when the form opens (after pressing Edit, say). */
  autoFocus?: boolean;
  /** The register's items, to warn before saving one that repeats another's duplicate key. */
  existing?: readonly ItemRecord[];
  /** The item being edited, so it is not taken for a duplicate of itself. */
  itemId?: number;
  onOpenExisting?: (id: number) => void;
  /** Shown beside the fields, from the values as they are typed (an article's rendered page). */
  preview?: (values: Record<string, unknown>) => React.ReactNode;
  onSave: (values: Record<string, unknown>) => Promise<SaveResult>;
  onClose: () => void;
}

const styles = mergeStyleSets({
  section: { border: 'none', margin: '0 0 16px', padding: 0, display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))' },
  legend: { fontSize: 18, fontWeight: 600, margin: '0 0 8px', padding: 0 },
  details: { display: 'grid', gap: '8px 16px', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', margin: '0 0 16px' },
  term: { fontWeight: 600 },
  value: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  summary: { marginBottom: 16 },
  // Side by side where there is room for both; the preview under the fields on a narrow screen.
  withPreview: { display: 'grid', gap: 16, gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 360px), 1fr))', alignItems: 'start' },
  preview: { minWidth: 0, overflowWrap: 'anywhere' }
});

/**
 * A register's form, laid out by its sections, every field checked when it is left and the whole item
 * (with the register's rules) when it is saved; problems are listed at the top with links to the fields
 * (the GOV.UK error summary). With `drafts`, nothing typed is lost to a reload or a failed save.
 */
export function RegisterForm(props: RegisterFormProps): JSX.Element {
  const { register, initial, mode, today, now, people, drafts, only, saveText = 'Save', cancelText = 'Cancel', autoFocus, existing, itemId, onOpenExisting, preview, onSave, onClose } = props;
  const formId = useId('register-form');
  React.useEffect(() => {
    if (autoFocus && mode !== 'view') document.getElementById(formId)?.querySelector<HTMLElement>('input, textarea, [role="combobox"]')?.focus();
  }, [autoFocus, mode, formId]);
  const summaryRef = React.useRef<HTMLDivElement>(null);
  const [restored] = React.useState(() => (drafts ? drafts.store.load(drafts.key) : undefined));
  const [values, setValues] = React.useState<Record<string, unknown>>(() => ({ ...initial, ...(restored ?? {}) }));
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const [summary, setSummary] = React.useState<Record<string, string> | undefined>();
  const [saving, setSaving] = React.useState(false);
  const fieldId = (name: string): string => `${formId}-${name}`;
  // The same checks every keystroke and the save use: built once per register and day.
  // The rules that read one field and nothing else (besides today).
  const ownRules = React.useCallback((name: string) => register.rules.filter((rule) => rule.field === name && ruleFields(rule).every((field) => field === name)), [register]);
  const pastDates = React.useMemo(() => datesNeverAfterToday(register.rules), [register]);
  const newItemSchema = React.useMemo(() => schemasOf(register).createSchema({ today }), [register, today]);

  // A save can end with the form gone (the item reopened, or a merge view in its place).
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );

  React.useEffect(() => {
    if (summary && Object.keys(summary).length) summaryRef.current?.focus();
  }, [summary]);

  const change = (name: string, value: unknown): void => {
    const next = { ...values, [name]: value };
    setValues(next);
    // Marks already shown are checked again as values change, so a mark goes as soon as it is put right,
    // even when the fix was in another field (a rule across fields); no new mark appears while typing.
    if (Object.keys(errors).length) {
      const checked = newItemSchema.safeParse(next);
      const now = checked.success ? {} : messagesByField(checked.error);
      const ruleMessages = new Set(register.rules.map((rule) => rule.message));
      setErrors((current) =>
        Object.fromEntries(
          Object.entries(current)
            .filter(([field, message]) => now[field] !== undefined || (field !== name && !ruleMessages.has(message)))
            .map(([field, message]) => [field, now[field] ?? message])
        )
      );
    }
    // Only what was changed is kept: a draft brought back over a newer version of the item must not
    // quietly put back the old values of fields this person never touched.
    drafts?.store.save(drafts.key, Object.fromEntries(Object.entries(next).filter(([field, typed]) => !sameValue(typed, initial[field]))));
  };

  const leave = (name: string): void => {
    const parsed = parseFieldValue(register.fields[name], values[name]);
    // A rule about this field alone (a date of birth in the future) is said as the person leaves it.
    const ownRule = parsed.ok ? brokenBlockingRules(ownRules(name), { ...values, [name]: parsed.value }, { today }, new Set())[name] : undefined;
    setErrors((current) => {
      const next = { ...current };
      if (!parsed.ok) next[name] = parsed.message;
      else if (ownRule) next[name] = ownRule;
      else delete next[name];
      return next;
    });
  };

  const discardDraft = (): void => {
    drafts?.store.clear(drafts.key);
    setValues({ ...initial });
    setErrors({});
    setSummary(undefined);
  };

  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    const checked = newItemSchema.safeParse(values);
    if (!checked.success) {
      const invalid = messagesByField(checked.error);
      // zod checks the rules only once every field is valid: the rules the valid fields break are said too.
      const messages = { ...brokenBlockingRules(register.rules, values, { today }, new Set(Object.keys(invalid))), ...invalid };
      setErrors(messages);
      setSummary(messages);
      return;
    }
    setSaving(true);
    try {
      const result = await onSave(values);
      if (result.ok) drafts?.store.clear(drafts.key);
      if (!mounted.current) return;
      if (result.ok) {
        setSummary(undefined);
        return;
      }
      setErrors(result.messages);
      setSummary(result.messages);
    } catch (error) {
      if (!mounted.current) return;
      // What was typed stays in the form (and in the draft): only the save failed.
      setSummary({ '': `The item could not be saved: ${error instanceof Error ? error.message : String(error)}. Try again.` });
    } finally {
      if (mounted.current) setSaving(false);
    }
  };

  const onSubmit = (event: React.FormEvent): void => {
    submit(event).catch(() => undefined);
  };

  const flagged = React.useMemo(() => (mode === 'view' || only ? [] : advisories(register, values, { today, now })), [mode, only, register, values, today, now]);
  const duplicate = React.useMemo(
    () => (mode === 'view' || !existing ? undefined : likelyDuplicate(register, values, existing, itemId)),
    [mode, existing, register, values, itemId]
  );

  // A conditional field appears when its condition holds, and never hides a value already entered.
  // Computed fields are worked out on save: shown when reading an item, never offered for typing.
  const isShown = (name: string, field: FieldDefinition): boolean =>
    mode !== 'view' && register.computed.fields.includes(name)
      ? false
      : only
      ? only.includes(name) || Boolean(errors[name])
      : !field.shownWhen || conditionHolds(field.shownWhen, values, { today }) || !isBlank(values[name]) || Boolean(errors[name]);
  const sections = register.sections.map((section) => ({
    section,
    fields: Object.entries(register.fields).filter(
      ([name, field]) => (field.section ?? register.sections[0]) === section && isShown(name, field)
    )
  }));

  const previewSection = (heading: string): React.ReactNode =>
    preview && (
      <section className={styles.preview} aria-labelledby={`${formId}-preview`}>
        {/* The form lives in a panel, whose title is the page's first heading. */}
        <h2 id={`${formId}-preview`} className={styles.legend}>
          {heading}
        </h2>
        {preview(values)}
      </section>
    );

  if (mode === 'view') {
    return (
      <div aria-label={`${register.title}: item`} role="region">
        {sections.map(({ section, fields }) =>
          fields.length === 0 ? null : (
            <section key={section} aria-label={section}>
              <h3 className={styles.legend}>{section}</h3>
              <dl className={styles.details}>
                {fields.map(([name, field]) => (
                  <div key={name}>
                    <dt className={styles.term}>{field.title}</dt>
                    <dd className={styles.value}>{displayValue(field, values[name]) || 'Not recorded'}</dd>
                  </div>
                ))}
              </dl>
            </section>
          )
        )}
        {previewSection('As it reads')}
        <DefaultButton text="Close" onClick={onClose} />
      </div>
    );
  }

  return (
    <form id={formId} noValidate onSubmit={onSubmit} aria-label={`${register.title}: ${mode === 'new' ? 'new item' : 'edit item'}`}>
      {restored && (
        <MessageBar messageBarType={MessageBarType.info} actions={<DefaultButton onClick={discardDraft}>Discard the draft</DefaultButton>}>
          What you typed before was not saved, so it has been brought back.
        </MessageBar>
      )}
      {summary && Object.keys(summary).length > 0 && (
        <div ref={summaryRef} tabIndex={-1} role="region" aria-labelledby={`${formId}-summary`} className={styles.summary}>
          <ErrorSummary id={`${formId}-summary`} messages={summary} order={Object.keys(register.fields)} fieldId={fieldId} />
        </div>
      )}
      <div className={preview ? styles.withPreview : undefined}>
        <div>
          {sections.map(({ section, fields }) =>
            fields.length === 0 ? null : (
              <fieldset key={section} className={styles.section}>
                <legend className={styles.legend}>{section}</legend>
                {fields.map(([name, field]) => (
                  <FieldInput
                    key={name}
                    id={fieldId(name)}
                    field={field}
                    value={values[name]}
                    error={errors[name]}
                    people={people}
                    today={today}
                    past={pastDates.has(name)}
                    choices={field.kind === 'multiChoice' && field.offeredWhen ? offeredChoices(field, values[name], values, { today }) : undefined}
                    onChange={(value) => change(name, value)}
                    onBlur={() => leave(name)}
                  />
                ))}
              </fieldset>
            )
          )}
        </div>
        {previewSection('Preview')}
      </div>
      {duplicate && (
        <MessageBar
          messageBarType={MessageBarType.warning}
          isMultiline
          actions={onOpenExisting && <Link onClick={() => onOpenExisting(duplicate.id)}>Open {displayValue(register.fields.Title, (duplicate.item as Record<string, unknown>).Title) || `item ${duplicate.id}`}</Link>}
        >
          {register.title} already has an item with the same {duplicateKeyWords(register)}. Open it
          instead, or save anyway if this is a different one: the data stewards will be asked to check.
        </MessageBar>
      )}
      {flagged.length > 0 && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline styles={{ root: { margin: '8px 0' } }}>
          <Text block styles={{ root: { fontWeight: 600 } }}>
            This can be saved, but the data stewards will be asked about:
          </Text>
          <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
            {flagged.map((advisory) => (
              <li key={`${advisory.field}:${advisory.message}`}>{advisory.message}</li>
            ))}
          </ul>
        </MessageBar>
      )}
      <Stack horizontal tokens={{ childrenGap: 8 }}>
        <PrimaryButton type="submit" text={saving ? 'Saving…' : duplicate ? 'Save anyway' : saveText} disabled={saving} />
        <DefaultButton
          text={cancelText}
          onClick={() => {
            // Cancel means "not these changes": a draft is kept only for a form left without saving or cancelling.
            drafts?.store.clear(drafts.key);
            onClose();
          }}
        />
      </Stack>
    </form>
  );
}

/** "There is a problem", then each message as a link that moves focus to its field. */
function ErrorSummary(props: { id: string; messages: Record<string, string>; order: readonly string[]; fieldId: (name: string) => string }): JSX.Element {
  const { id, messages, order, fieldId } = props;
  // In the order of the form, so the list reads as the page does (a message for no field comes first).
  const entries = Object.entries(messages).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
  return (
    <MessageBar messageBarType={MessageBarType.error} isMultiline>
      <Text as="h2" id={id} variant="mediumPlus" block styles={{ root: { fontWeight: 600, margin: '0 0 4px' } }}>
        There is a problem
      </Text>
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {entries.map(([name, message]) => (
          <li key={name}>
            {name ? (
              <Link
                href={`#${fieldId(name)}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(fieldId(name))?.focus();
                }}
              >
                {message}
              </Link>
            ) : (
              message
            )}
          </li>
        ))}
      </ul>
    </MessageBar>
  );
}
