import * as React from 'react';
import { Calendar, Callout, DayOfWeek, DirectionalHint, IconButton, mergeStyleSets, TextField, type ITextFieldProps } from '@fluentui/react';
import { useId } from '@fluentui/react-hooks';
import { dateAtUtcMidnight, isIsoDate, nearestIsoDate, type IsoDate } from '../../domain/calendar/isoDate';
import { londonDateOf } from '../../domain/calendar/londonTime';
import { longUkDate } from '../../domain/calendar/longDates';
import { readUkDate } from '../../domain/calendar/ukDateInput';
import { ukDate } from '../../domain/lists/displayValue';
import { useTypedValue } from './useTypedValue';
import { registerPanelIcons } from '../icons/panelIcons';

// The icons of forms, panels, calendars and reports come with their code, not with the first screen.
registerPanelIcons();

export interface UkDatePickerProps {
  id?: string;
  label: string;
  value: IsoDate | null | undefined;
  required?: boolean;
  disabled?: boolean;
  className?: string;
  /** For two-digit years ("20/11/26"); today in the UK when not given. */
  today?: IsoDate;
  /** The date is never after today (a date of birth): "3/3/33" is 1933, not 2033. */
  past?: boolean;
  textField?: Pick<ITextFieldProps, 'errorMessage' | 'description' | 'onBlur'>;
  /**
   * The date understood, null when the box is emptied, or the text as typed when it is not a date: the
   * form then refuses to save it rather than keep an older date the person thinks they replaced.
   */
  onChange: (date: IsoDate | string | null) => void;
}

const styles = mergeStyleSets({ row: { display: 'flex', alignItems: 'flex-start', gap: 4 }, field: { flexGrow: 1, minWidth: 0 }, button: { marginTop: 29 } });

const shown = (value: IsoDate | null | undefined): string => (value && isIsoDate(value) ? ukDate(value) : value ?? '');

/**
 * A date typed the way UK staff type it (20/11/26, 20 Nov 2026, 2026-11-20…) or picked from a calendar
 * that starts on Monday. What it understood is said under the box; what it could not read is named, and
 * the typing is kept so it can be put right.
 */
export function UkDatePicker({ id, label, value, required, disabled, className, today, past, textField, onChange }: UkDatePickerProps): JSX.Element {
  const fallbackId = useId('uk-date');
  const inputId = id ?? fallbackId;
  const [picking, setPicking] = React.useState(false);
  const buttonRef = React.useRef<HTMLDivElement>(null);
  const { fieldProps, choose } = useTypedValue({
    inputId,
    value,
    shown,
    read: (text) => {
      const read = readUkDate(text, today ?? londonDateOf(Date.now()), { past });
      return read.ok ? { ok: true, value: read.date } : read;
    },
    understood: (held) => (held && isIsoDate(held) ? longUkDate(held) : undefined),
    textField,
    onChange
  });

  return (
    <div className={className}>
      <div className={styles.row}>
        <TextField className={styles.field} label={label} required={required} disabled={disabled} placeholder="dd/mm/yyyy" {...fieldProps} />
        <div ref={buttonRef} className={styles.button}>
          <IconButton
            iconProps={{ iconName: 'Calendar' }}
            ariaLabel={`Choose ${label} from a calendar`}
            title="Choose from a calendar"
            disabled={disabled}
            aria-expanded={picking}
            onClick={() => setPicking(!picking)}
          />
        </div>
      </div>
      {picking && (
        <Callout target={buttonRef} directionalHint={DirectionalHint.bottomRightEdge} setInitialFocus onDismiss={() => setPicking(false)} role="dialog" ariaLabel={`${label}: calendar`}>
          <Calendar
            firstDayOfWeek={DayOfWeek.Monday}
            showGoToToday
            value={value && isIsoDate(value) ? dateAtUtcMidnight(value) : undefined}
            onSelectDate={(date) => {
              choose(nearestIsoDate(date));
              setPicking(false);
              document.getElementById(inputId)?.focus();
            }}
            onDismiss={() => setPicking(false)}
          />
        </Callout>
      )}
    </div>
  );
}
