import * as React from 'react';
import type { ITextFieldProps } from '@fluentui/react';
import { helpTextStyles } from './helpText';

/** What a box understood of the text typed into it, or why it could not. */
export type ReadTyped = { ok: true; value: string } | { ok: false; reason: string };

export interface TypedValueOptions {
  inputId: string;
  /** The value held: what it understood, or the text as typed when it could not. */
  value: string | null | undefined;
  /** The value as the box shows it ("04/12/2026"). */
  shown: (value: string | null | undefined) => string;
  read: (text: string) => ReadTyped;
  /** What was understood, said under the box ("Friday 4 December 2026"), for a value it holds. */
  understood: (value: string | null | undefined) => string | undefined;
  textField?: Pick<ITextFieldProps, 'errorMessage' | 'description' | 'onBlur'>;
  /** The value understood, null when the box is emptied, or the text as typed when it is not readable. */
  onChange: (value: string | null) => void;
}

/**
 * A text box that reads what UK staff type (a date, a date and time): the form holds what the box says at
 * every keystroke, so a Save pressed straight after typing saves it; the text is tidied and any problem named
 * when the person leaves the box. What could not be read stays typed, to put right.
 */
export function useTypedValue({ inputId, value, shown, read, understood, textField, onChange }: TypedValueOptions): {
  fieldProps: Partial<ITextFieldProps>;
  /** A value chosen some other way (a calendar): shown, and given to the form. */
  choose: (value: string) => void;
} {
  const [typed, setTyped] = React.useState(() => shown(value));
  const [problem, setProblem] = React.useState<string | undefined>();

  // A value set from outside (a draft restored, a step's default) replaces what the box shows.
  React.useEffect(() => {
    if (document.activeElement?.id !== inputId) setTyped(shown(value));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `shown` is the same function for the box's life
  }, [value, inputId]);

  const typing = (text: string): void => {
    setTyped(text);
    if (!text.trim()) return onChange(null);
    const understoodNow = read(text);
    if (understoodNow.ok) setProblem(undefined);
    onChange(understoodNow.ok ? understoodNow.value : text);
  };
  const choose = (chosen: string): void => {
    setProblem(undefined);
    setTyped(shown(chosen));
    onChange(chosen);
  };
  const settle = (): void => {
    if (!typed.trim()) {
      setProblem(undefined);
      setTyped('');
      return onChange(null);
    }
    const settled = read(typed);
    if (settled.ok) return choose(settled.value);
    setProblem(settled.reason);
    onChange(typed);
  };

  const said = problem ? undefined : understood(value);
  return {
    choose,
    fieldProps: {
      id: inputId,
      autoComplete: 'off',
      styles: helpTextStyles,
      value: typed,
      errorMessage: problem ?? textField?.errorMessage,
      description: [said, textField?.description].filter(Boolean).join('. ') || undefined,
      onChange: (_, text) => typing(text ?? ''),
      onKeyDown: (event) => {
        if (event.key === 'Enter') settle();
      },
      onBlur: (event) => {
        settle();
        textField?.onBlur?.(event);
      }
    }
  };
}
