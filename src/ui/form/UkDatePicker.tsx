import * as React from 'react';
import { DatePicker, DayOfWeek, type ITextFieldProps } from '@fluentui/react';
import { dateAtUtcMidnight, isIsoDate, nearestIsoDate, type IsoDate } from '../../domain/calendar/isoDate';
import { ukDate } from '../../domain/lists/displayValue';

/** "03/11/2026" for people; "2026-11-03" for the register. */
const formatUkDate = (date?: Date): string => (date ? ukDate(nearestIsoDate(date)) : '');

function parseUkDate(text: string): Date | null {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!match) return null;
  const iso = `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`;
  return isIsoDate(iso) ? dateAtUtcMidnight(iso) : null;
}

export interface UkDatePickerProps {
  id?: string;
  label: string;
  value: IsoDate | null | undefined;
  required?: boolean;
  disabled?: boolean;
  className?: string;
  textField?: ITextFieldProps;
  onChange: (date: IsoDate | null) => void;
}

/** A date typed as dd/mm/yyyy or picked from a calendar that starts on Monday; the value is an ISO date. */
export function UkDatePicker({ id, label, value, required, disabled, className, textField, onChange }: UkDatePickerProps): JSX.Element {
  return (
    <DatePicker
      id={id}
      className={className}
      label={label}
      isRequired={required}
      allowTextInput
      disabled={disabled}
      placeholder="dd/mm/yyyy"
      ariaLabel={label}
      firstDayOfWeek={DayOfWeek.Monday}
      value={value && isIsoDate(value) ? dateAtUtcMidnight(value) : undefined}
      formatDate={formatUkDate}
      parseDateFromString={parseUkDate}
      onSelectDate={(date) => onChange(date ? nearestIsoDate(date) : null)}
      textField={textField}
    />
  );
}
