import { Field, MessageBar, MessageBarBody, ProgressBar, Spinner } from '@fluentui/react-components';

/*
 * Fluent's message bar, spinner and progress bar: their own chunk, as the pane shows them only
 * after something has been asked of it (an error, a running action, an import in progress).
 * Feedback.tsx shows each with a plain stand-in until this is loaded, so no message waits.
 */

export function NoticeBar({ intent, alert, children }: { intent: 'error' | 'warning'; alert?: boolean; children: string }) {
  return (
    <MessageBar intent={intent} role={alert ? 'alert' : undefined}>
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}

export function BusySpinner({ label, size }: { label: string; size: 'tiny' | 'small' }) {
  return <Spinner size={size} label={label} />;
}

/** `value` undefined: the bar runs without a value (the work has no steps to count). */
export function ProgressField({ label, value }: { label: string; value: number | undefined }) {
  return (
    <Field label={label} validationState="none">
      <ProgressBar value={value} max={1} thickness="large" />
    </Field>
  );
}
