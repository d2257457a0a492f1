import * as React from 'react';
import { ChoiceGroup, DefaultButton, MessageBar, MessageBarType, PrimaryButton, Stack, TextField } from '@fluentui/react';
import { ruleSentence } from '../../domain/lists/ruleSentence';
import { qualityExceptions } from '../../domain/registers';
import type { QualityException } from '../../domain/quality/qualityAudit';
import type { CheckResult } from '../../domain/quality/qualityRun';

export interface ExceptionChoice {
  checkId: string;
  reason: QualityException['Reason'];
  explanation: string;
}

export interface ExceptionFormProps {
  failures: readonly CheckResult[];
  /** The rule being worked, chosen first when the item fails it. */
  preferred?: string;
  /** Resolves with messages by field when the exception was refused. */
  onSave: (choice: ExceptionChoice) => Promise<Record<string, string> | undefined>;
  onCancel: () => void;
}

const { Reason, Explanation } = qualityExceptions.fields;
const explanationRule = qualityExceptions.rules.find((rule) => rule.field === 'Explanation');
/** The field's description, and when it is required, in the words the data dictionary uses. */
const explanationHelp = [Explanation.description, explanationRule && ruleSentence(explanationRule, qualityExceptions.fields)].filter(Boolean).join(' ');

/** Why a rule does not apply to this item: the rule (when it fails more than one), a reason, and what a colleague needs to know. */
export function ExceptionForm({ failures, preferred, onSave, onCancel }: ExceptionFormProps): JSX.Element {
  const [checkId, setCheckId] = React.useState((failures.find((failure) => failure.checkId === preferred) ?? failures[0]).checkId);
  const [reason, setReason] = React.useState<QualityException['Reason'] | undefined>();
  const [explanation, setExplanation] = React.useState('');
  const [messages, setMessages] = React.useState<Record<string, string>>({});
  const [saving, setSaving] = React.useState(false);
  const formRef = React.useRef<HTMLFormElement>(null);

  // Opened from the fix queue's button, which is then gone: the keyboard carries on in the form.
  React.useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input:checked, input')?.focus();
  }, []);

  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault();
    if (!reason) {
      setMessages({ Reason: 'Select why the rule does not apply to this item.' });
      return;
    }
    setSaving(true);
    try {
      const refused = await onSave({ checkId, reason, explanation });
      // Once saved, the queue moves on and this form is gone: only a refusal is shown here.
      if (!refused) return;
      setMessages(refused);
    } catch (error) {
      setMessages({ '': `The exception could not be saved: ${error instanceof Error ? error.message : String(error)}. Try again.` });
    }
    setSaving(false);
  };

  return (
    <form
      ref={formRef}
      aria-label="Record an exception"
      noValidate
      onSubmit={(event) => {
        submit(event).catch(() => undefined);
      }}
    >
      <Stack tokens={{ childrenGap: 12 }}>
        {messages[''] && <MessageBar messageBarType={MessageBarType.error}>{messages['']}</MessageBar>}
        {failures.length > 1 && (
          <ChoiceGroup
            label="Rule that does not apply"
            selectedKey={checkId}
            options={failures.map((failure) => ({ key: failure.checkId, text: failure.check.sentence }))}
            onChange={(_, option) => option && setCheckId(option.key)}
          />
        )}
        <ChoiceGroup
          label={Reason.title}
          required={Reason.required}
          selectedKey={reason ?? null}
          options={Reason.choices.map((choice) => ({ key: choice, text: choice }))}
          onChange={(_, option) => option && setReason(option.key as QualityException['Reason'])}
        />
        {messages.Reason && (
          <MessageBar messageBarType={MessageBarType.error} role="alert">
            {messages.Reason}
          </MessageBar>
        )}
        <TextField
          label={Explanation.title}
          description={explanationHelp}
          multiline
          rows={3}
          value={explanation}
          errorMessage={messages.Explanation}
          onChange={(_, value) => setExplanation(value ?? '')}
        />
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          <PrimaryButton type="submit" text={saving ? 'Saving…' : 'Save exception'} disabled={saving} />
          <DefaultButton text="Cancel" onClick={onCancel} />
        </Stack>
      </Stack>
    </form>
  );
}
