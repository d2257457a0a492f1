import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';

export interface DismissibleMessageProps {
  kind: 'success' | 'error';
  /** Nothing is shown while there is no message. */
  message: string | undefined;
  onDismiss: () => void;
  /** Move keyboard focus to the message when it appears: the control that led to it has gone. */
  takeFocus?: boolean;
}

/** A one-line outcome ("Changes saved.", "The Excel file could not be made…") the person can close. */
export function DismissibleMessage({ kind, message, onDismiss, takeFocus }: DismissibleMessageProps): JSX.Element | null {
  const ref = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    const element = ref.current;
    if (!takeFocus || !message || !element) return;
    // The message heads its panel: the panel goes back to its top, so the message and the title under it are
    // in view below the panel's header, not left scrolled up behind it where the person last was.
    element.closest('.ms-Panel-scrollableContent')?.scrollTo({ top: 0 });
    element.focus({ preventScroll: true });
  }, [takeFocus, message]);
  if (!message) return null;
  return (
    <div ref={ref} tabIndex={-1}>
      <MessageBar
        messageBarType={kind === 'success' ? MessageBarType.success : MessageBarType.error}
        role={kind === 'success' ? 'status' : undefined}
        onDismiss={onDismiss}
        dismissButtonAriaLabel="Dismiss"
      >
        {message}
      </MessageBar>
    </div>
  );
}
