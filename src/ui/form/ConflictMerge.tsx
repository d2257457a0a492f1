import * as React from 'react';
import { ChoiceGroup, DefaultButton, mergeStyleSets, MessageBar, MessageBarType, PrimaryButton, Stack, Text } from '@fluentui/react';
import { useId } from '@fluentui/react-hooks';
import { sameValue } from '../../domain/lists/sameValue';
import { displayValue } from '../../domain/lists/displayValue';
import type { Register } from '../../domain/lists/defineList';
import type { FieldDefinition } from '../../domain/lists/fields';
import { parseFieldValue } from '../../domain/lists/fieldValues';

export interface ConflictMergeProps {
  register: Register<Record<string, FieldDefinition>>;
  /** The item as it was when editing began. */
  base: Record<string, unknown>;
  /** What this person typed. */
  mine: Record<string, unknown>;
  /** The item as someone else has since saved it. */
  theirs: Record<string, unknown>;
  theirName: string;
  /** The merged values, to be saved over their version. */
  onMerge: (merged: Record<string, unknown>) => void;
  onCancel: () => void;
}

type Side = 'mine' | 'theirs';

const styles = mergeStyleSets({ heading: { fontSize: 20, fontWeight: 600, margin: '0 0 8px', outline: 'none' } });

/** A typed value in the form the register keeps it ("943 476 5919" → "9434765919"), so comparisons are fair. */
function normalised(field: FieldDefinition, raw: unknown): unknown {
  const parsed = parseFieldValue(field, raw);
  return parsed.ok ? parsed.value : raw;
}

const shown = (field: FieldDefinition, value: unknown): string => displayValue(field, value) || '(blank)';

/**
 * Shown when a save meets someone else's newer change. Changes only one side made are kept without asking;
 * for each field both changed differently, the person chooses. Nothing is overwritten silently.
 */
export function ConflictMerge({ register, base, mine, theirs, theirName, onMerge, onCancel }: ConflictMergeProps): JSX.Element {
  const headingId = useId('merge');
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  // The form that was saved has given way to this view: the keyboard starts from its heading.
  React.useEffect(() => headingRef.current?.focus(), []);
  const names = Object.keys(register.fields);
  const mineNormal = Object.fromEntries(names.map((name) => [name, normalised(register.fields[name], mine[name])]));
  const changedByMe = names.filter((name) => !sameValue(mineNormal[name], base[name]));
  const changedByThem = names.filter((name) => !sameValue(theirs[name], base[name]));
  const clashes = changedByMe.filter((name) => changedByThem.includes(name) && !sameValue(mineNormal[name], theirs[name]));
  const keptMine = changedByMe.filter((name) => !clashes.includes(name) && !changedByThem.includes(name));
  const keptTheirs = changedByThem.filter((name) => !clashes.includes(name));
  const [choices, setChoices] = React.useState<Record<string, Side | undefined>>({});
  const [tried, setTried] = React.useState(false);
  const undecided = clashes.filter((name) => !choices[name]);

  const merge = (): void => {
    setTried(true);
    if (undecided.length) return;
    const merged = { ...theirs };
    for (const name of keptMine) merged[name] = mine[name];
    for (const name of clashes) merged[name] = choices[name] === 'mine' ? mine[name] : theirs[name];
    onMerge(merged);
  };

  const field = (name: string): FieldDefinition => register.fields[name];

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className={styles.heading}>
        {theirName} changed this item while you were editing it
      </h2>
      <MessageBar messageBarType={MessageBarType.warning} isMultiline>
        Nothing has been saved yet and nothing you typed is lost. Check the fields below, then save the merged item.
      </MessageBar>
      {clashes.length > 0 && (
        <Stack tokens={{ childrenGap: 16 }} styles={{ root: { margin: '16px 0' } }}>
          <Text as="h3" variant="mediumPlus" block styles={{ root: { fontWeight: 600, margin: 0 } }}>
            You both changed {clashes.length === 1 ? 'this field' : 'these fields'}: choose which to keep
          </Text>
          {clashes.map((name) => (
            <ChoiceGroup
              key={name}
              label={field(name).title}
              required
              selectedKey={choices[name] ?? null}
              onChange={(_, option) => option && setChoices((current) => ({ ...current, [name]: option.key as Side }))}
              options={[
                { key: 'mine', text: `Yours: ${shown(field(name), mineNormal[name])}` },
                { key: 'theirs', text: `${theirName}’s: ${shown(field(name), theirs[name])}` }
              ]}
            />
          ))}
        </Stack>
      )}
      {keptTheirs.length > 0 && (
        <ChangeList title={`Kept from ${theirName}`} names={keptTheirs} register={register} values={theirs} base={base} />
      )}
      {keptMine.length > 0 && <ChangeList title="Kept from you" names={keptMine} register={register} values={mineNormal} base={base} />}
      {tried && undecided.length > 0 && (
        <MessageBar messageBarType={MessageBarType.error} role="alert">
          Choose which value to keep for {undecided.map((name) => field(name).title).join(', ')}.
        </MessageBar>
      )}
      <Stack horizontal tokens={{ childrenGap: 8 }} styles={{ root: { marginTop: 16 } }}>
        <PrimaryButton text="Save the merged item" onClick={merge} />
        <DefaultButton text="Back to my changes" onClick={onCancel} />
      </Stack>
    </section>
  );
}

function ChangeList(props: {
  title: string;
  names: string[];
  register: Register<Record<string, FieldDefinition>>;
  values: Record<string, unknown>;
  base: Record<string, unknown>;
}): JSX.Element {
  const { title, names, register, values, base } = props;
  return (
    <div style={{ margin: '12px 0' }}>
      <Text as="h3" variant="mediumPlus" block styles={{ root: { fontWeight: 600, margin: '0 0 4px' } }}>
        {title}
      </Text>
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {names.map((name) => (
          <li key={name}>
            {register.fields[name].title}: {shown(register.fields[name], base[name])} → {shown(register.fields[name], values[name])}
          </li>
        ))}
      </ul>
    </div>
  );
}
