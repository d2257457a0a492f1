import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';

export interface DismissibleMessageProps {
  kind: 'success' | 'error';
  /** Nothing is shown while there is no message. */
  message: string | undefined;
  onDismiss: () => void;
}

/** A one-line outcome ("Changes saved.", "The Excel file could not be made…") the person can close. */
export function DismissibleMessage({ kind, message, onDismiss }: DismissibleMessageProps): JSX.Element | null {
  if (!message) return null;
  return (
    <MessageBar
      messageBarType={kind === 'success' ? MessageBarType.success : MessageBarType.error}
      role={kind === 'success' ? 'status' : undefined}
      onDismiss={onDismiss}
      dismissButtonAriaLabel="Dismiss"
    >
      {message}
    </MessageBar>
  );
}
