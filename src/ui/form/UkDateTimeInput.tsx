import * as React from 'react';
import { TextField, type ITextFieldProps } from '@fluentui/react';
import type { IsoDate } from '../../domain/calendar/isoDate';
import { readUkDateTime } from '../../domain/calendar/ukDateTimeInput';
import { formatLondonDateTime } from '../../domain/clock';
import { helpTextStyles } from './helpText';

export interface UkDateTimeInputProps {
  id: string;
  label: string;
  /** The instant held (UTC), or the text as typed while it is not a date and time. */
  value: string | null | undefined;
  required?: boolean;
  today: IsoDate;
  textField?: Pick<ITextFieldProps, 'errorMessage' | 'description' | 'onBlur'>;
  /** The instant understood, null when emptied, or the text as typed when it cannot be read: the form refuses to save that. */
  onChange: (value: string | null) => void;
}

const isInstant = (value: string | null | undefined): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));
/** "04/12/2026 14:30", UK clock time: what the box shows and what it reads back. */
const shown = (value: string | null | undefined): string => (isInstant(value) ? formatLondonDateTime(new Date(value)).replace(',', '') : value ?? '');

/**
 * A date and time typed as UK staff write them (04/12/2026 14:30, 4 Dec 26 2.30pm), in UK clock time. What it
 * understood is said under the box; what it could not read is named, and the typing is kept to put right.
 */
export function UkDateTimeInput({ id, label, value, required, today, textField, onChange }: UkDateTimeInputProps): JSX.Element {
  const [typed, setTyped] = React.useState(() => shown(value));
  const [problem, setProblem] = React.useState<string | undefined>();

  // A value set from outside (a draft restored, a step's default) replaces what the box shows.
  React.useEffect(() => {
    if (document.activeElement?.id !== id) setTyped(shown(value));
  }, [value, id]);

  // The form holds what the box says at every keystroke; the text is tidied and any problem named on leaving it.
  const typing = (text: string): void => {
    setTyped(text);
    if (!text.trim()) return onChange(null);
    const read = readUkDateTime(text, today);
    if (read.ok) setProblem(undefined);
    onChange(read.ok ? read.instant : text);
  };
  const settle = (): void => {
    if (!typed.trim()) return setProblem(undefined);
    const read = readUkDateTime(typed, today);
    setProblem(read.ok ? undefined : read.reason);
    if (read.ok) setTyped(shown(read.instant));
  };

  const understood = !problem && isInstant(value) ? `${formatLondonDateTime(new Date(value))}, UK time` : undefined;
  return (
    <TextField
      id={id}
      label={label}
      required={required}
      placeholder="dd/mm/yyyy hh:mm"
      autoComplete="off"
      styles={helpTextStyles}
      value={typed}
      errorMessage={problem ?? textField?.errorMessage}
      description={[understood, textField?.description].filter(Boolean).join('. ') || undefined}
      onChange={(_, text) => typing(text ?? '')}
      onKeyDown={(event) => {
        if (event.key === 'Enter') settle();
      }}
      onBlur={(event) => {
        settle();
        textField?.onBlur?.(event);
      }}
    />
  );
}
