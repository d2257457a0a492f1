import * as React from 'react';
import { Checkbox, Dropdown, TextField, type IDropdownOption } from '@fluentui/react';
import type { FieldDefinition, LookupValue, PersonValue } from '../../domain/lists/fields';
import type { IsoDate } from '../../domain/calendar/isoDate';
import { formatNhsNumberAsTyped } from '../../domain/validators/nhsNumber';
import { helpTextClass, helpTextStyles } from './helpText';
import { UkDatePicker } from './UkDatePicker';
import { UkDateTimeInput } from './UkDateTimeInput';
import { londonDateOf } from '../../domain/calendar/londonTime';

/** Someone a person field can name. */
export interface PersonOption {
  id: number;
  title: string;
  email?: string;
}

export interface FieldInputProps {
  /** The control's id: the error summary links to it. */
  id: string;
  field: FieldDefinition;
  value: unknown;
  error?: string;
  people: readonly PersonOption[];
  /** Today in the UK: a date field reads two-digit years around it. */
  today?: IsoDate;
  /** A date that is never after today (a date of birth): a two-digit year is read as a past one. */
  past?: boolean;
  /** The choices to offer, where the item narrows them (an EIR request's exceptions); every choice otherwise. */
  choices?: readonly string[];
  onChange: (value: unknown) => void;
  onBlur: () => void;
}

const asText = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

/** The Fluent UI control for a field, labelled with its title and described by its help text. */
export function FieldInput({ id, field, value, error, people, today, past, choices, onChange, onBlur }: FieldInputProps): JSX.Element {
  const labelled = { id, label: field.title, required: field.required, errorMessage: error };
  const common = { ...labelled, description: field.description, styles: helpTextStyles };
  // Dropdowns and checkboxes have no help text of their own: it goes under them, and they are described by it.
  const helpId = `${id}-help`;
  const withHelp = (control: JSX.Element): JSX.Element => (
    <div>
      {control}
      <p id={helpId} className={helpTextClass}>
        {field.description}
      </p>
    </div>
  );
  switch (field.kind) {
    case 'choice':
    case 'multiChoice': {
      const options: IDropdownOption[] = (choices ?? field.choices).map((choice) => ({ key: choice, text: choice }));
      const multi = field.kind === 'multiChoice';
      return withHelp(
        <Dropdown
          {...labelled}
          aria-describedby={helpId}
          options={multi || field.required ? options : [{ key: '', text: '(none)' }, ...options]}
          multiSelect={multi}
          selectedKey={multi ? undefined : asText(value)}
          selectedKeys={multi ? ((value as string[] | null) ?? []) : undefined}
          onChange={(_, option) => {
            if (!option) return;
            if (!multi) return onChange(option.key === '' ? null : option.key);
            const current = (value as string[] | null) ?? [];
            onChange(option.selected ? [...current, String(option.key)] : current.filter((choice) => choice !== option.key));
          }}
          onBlur={onBlur}
        />
      );
    }
    case 'person': {
      const chosen = value as PersonValue | null;
      const options: IDropdownOption[] = [
        ...(field.required ? [] : [{ key: '', text: '(nobody)' }]),
        ...people.map((person) => ({ key: String(person.id), text: person.title }))
      ];
      return withHelp(
        <Dropdown
          {...labelled}
          aria-describedby={helpId}
          options={options}
          selectedKey={chosen ? String(chosen.id) : ''}
          onChange={(_, option) => {
            const person = people.find((candidate) => String(candidate.id) === option?.key);
            onChange(person ? { id: person.id, title: person.title, email: person.email } : null);
          }}
          onBlur={onBlur}
        />
      );
    }
    case 'lookup':
      // Which item a lookup points at is chosen where its app offers the choice, not typed here.
      return <TextField {...common} readOnly value={(value as LookupValue | null)?.title ?? ''} placeholder="Not recorded" />;
    case 'boolean':
      return withHelp(
        <Checkbox
          id={id}
          ariaDescribedBy={helpId}
          label={field.title}
          checked={Boolean(value)}
          onChange={(_, checked) => onChange(Boolean(checked))}
        />
      );
    case 'date':
      return (
        <UkDatePicker
          id={id}
          label={field.title}
          required={field.required}
          value={asText(value)}
          today={today}
          past={past}
          onChange={onChange}
          textField={{ errorMessage: error, description: field.description, onBlur }}
        />
      );
    case 'dateTime':
      return (
        <UkDateTimeInput
          id={id}
          label={field.title}
          required={field.required}
          value={value === null || value === undefined ? null : String(value)}
          today={today ?? londonDateOf(Date.now())}
          onChange={onChange}
          textField={{ errorMessage: error, description: field.description, onBlur }}
        />
      );
    case 'note':
      // Several lines of text get the whole width of the form's grid, not one column of it.
      return (
        <TextField
          {...common}
          multiline
          rows={4}
          autoAdjustHeight
          styles={{ ...helpTextStyles, root: { gridColumn: '1 / -1' } }}
          value={asText(value)}
          onChange={(_, text) => onChange(text ?? '')}
          onBlur={onBlur}
        />
      );
    case 'nhsNumber':
      return (
        <TextField
          {...common}
          inputMode="numeric"
          autoComplete="off"
         
          value={formatNhsNumberAsTyped(asText(value))}
          onChange={(_, text) => onChange(formatNhsNumberAsTyped(text ?? ''))}
          onBlur={onBlur}
        />
      );
    default:
      return (
        <TextField
          {...common}
          type={field.kind === 'email' ? 'email' : field.kind === 'phone' ? 'tel' : 'text'}
          inputMode={field.kind === 'number' || field.kind === 'currency' || field.kind === 'uprn' ? 'decimal' : undefined}
          maxLength={field.kind === 'text' ? field.maxLength : undefined}
         
          value={asText(value)}
          onChange={(_, text) => onChange(text ?? '')}
          onBlur={onBlur}
        />
      );
  }
}
