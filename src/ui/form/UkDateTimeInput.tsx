import * as React from 'react';
import { TextField, type ITextFieldProps } from '@fluentui/react';
import type { IsoDate } from '../../domain/calendar/isoDate';
import { readUkDateTime } from '../../domain/calendar/ukDateTimeInput';
import { formatLondonDateTime } from '../../domain/clock';
import { useTypedValue } from './useTypedValue';

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
  const { fieldProps } = useTypedValue({
    inputId: id,
    value,
    shown,
    read: (text) => {
      const read = readUkDateTime(text, today);
      return read.ok ? { ok: true, value: read.instant } : read;
    },
    understood: (held) => (isInstant(held) ? `${formatLondonDateTime(new Date(held))}, UK time` : undefined),
    textField,
    onChange
  });
  return <TextField label={label} required={required} placeholder="dd/mm/yyyy hh:mm" {...fieldProps} />;
}
