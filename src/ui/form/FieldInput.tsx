import * as React from 'react';
import { Checkbox, DatePicker, Dropdown, TextField, type IDropdownOption } from '@fluentui/react';
import type { FieldDefinition, PersonValue } from '../../domain/lists/fields';
import { formatNhsNumberAsTyped } from '../../domain/validators/nhsNumber';
import { fromDayNumber, toDayNumber, isIsoDate } from '../../domain/calendar/isoDate';

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
  readOnly: boolean;
  people: readonly PersonOption[];
  onChange: (value: unknown) => void;
  onBlur: () => void;
}

const dayMs = 86_400_000;

/** "03/11/2026" for people; "2026-11-03" for the register. */
function formatUkDate(date?: Date): string {
  return date ? date.toLocaleDateString('en-GB', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }) : '';
}

function parseUkDate(text: string): Date | null {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!match) return null;
  const iso = `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`;
  return isIsoDate(iso) ? new Date(toDayNumber(iso) * dayMs) : null;
}

const asText = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

/** The Fluent UI control for a field, labelled with its title and described by its help text. */
export function FieldInput({ id, field, value, error, readOnly, people, onChange, onBlur }: FieldInputProps): JSX.Element {
  const common = { id, label: field.title, required: field.required, errorMessage: error, description: field.description };
  switch (field.kind) {
    case 'choice':
    case 'multiChoice': {
      const options: IDropdownOption[] = field.choices.map((choice) => ({ key: choice, text: choice }));
      const multi = field.kind === 'multiChoice';
      return (
        <Dropdown
          {...common}
          options={multi || field.required ? options : [{ key: '', text: '(none)' }, ...options]}
          multiSelect={multi}
          disabled={readOnly}
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
      return (
        <Dropdown
          {...common}
          options={options}
          disabled={readOnly}
          selectedKey={chosen ? String(chosen.id) : ''}
          onChange={(_, option) => {
            const person = people.find((candidate) => String(candidate.id) === option?.key);
            onChange(person ? { id: person.id, title: person.title, email: person.email } : null);
          }}
          onBlur={onBlur}
        />
      );
    }
    case 'boolean':
      return (
        <Checkbox
          id={id}
          label={field.title}
          checked={Boolean(value)}
          disabled={readOnly}
          onChange={(_, checked) => onChange(Boolean(checked))}
        />
      );
    case 'date':
      return (
        <DatePicker
          id={id}
          label={field.title}
          isRequired={field.required}
          allowTextInput
          disabled={readOnly}
          placeholder="dd/mm/yyyy"
          ariaLabel={field.title}
          value={isIsoDate(asText(value)) ? new Date(toDayNumber(asText(value)) * dayMs) : undefined}
          formatDate={formatUkDate}
          parseDateFromString={parseUkDate}
          onSelectDate={(date) => onChange(date ? fromDayNumber(Math.round(date.getTime() / dayMs)) : null)}
          textField={{ errorMessage: error, description: field.description, onBlur }}
        />
      );
    case 'note':
      return <TextField {...common} multiline rows={4} readOnly={readOnly} value={asText(value)} onChange={(_, text) => onChange(text ?? '')} onBlur={onBlur} />;
    case 'nhsNumber':
      return (
        <TextField
          {...common}
          inputMode="numeric"
          autoComplete="off"
          readOnly={readOnly}
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
          readOnly={readOnly}
          value={asText(value)}
          onChange={(_, text) => onChange(text ?? '')}
          onBlur={onBlur}
        />
      );
  }
}
