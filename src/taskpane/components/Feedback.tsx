import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { Suspense } from 'react';
import { useT } from '../i18n';
import { lazyPart } from '../steps/lazy';

/*
 * Notices, busy spinners and progress, with Fluent's own components from a chunk of their own
 * (feedback-parts.tsx). Until that chunk is there, which is only the first moments after the
 * pane opens, the same text shows plainly: a message is never held back by a download.
 */

const NoticeBar = lazyPart(() => import('./feedback-parts'), (m) => m.NoticeBar);
const BusySpinner = lazyPart(() => import('./feedback-parts'), (m) => m.BusySpinner);
const ProgressField = lazyPart(() => import('./feedback-parts'), (m) => m.ProgressField);

const useStyles = makeStyles({
  plain: { margin: 0 },
  error: { margin: 0, color: tokens.colorPaletteRedForeground1 },
});

/** An error or warning bar; `alert` makes a screen reader read it out at once. */
export function Notice({ intent, alert, children }: { intent: 'error' | 'warning'; alert?: boolean; children: string }) {
  const styles = useStyles();
  return (
    <Suspense
      fallback={
        <p className={intent === 'error' ? styles.error : styles.plain} role={alert ? 'alert' : undefined}>
          {children}
        </p>
      }
    >
      <NoticeBar intent={intent} alert={alert}>
        {children}
      </NoticeBar>
    </Suspense>
  );
}

/** A spinner with its label. */
export function Busy({ label, size = 'tiny' }: { label: string; size?: 'tiny' | 'small' }) {
  return (
    <Suspense fallback={<Text size={200}>{label}</Text>}>
      <BusySpinner label={label} size={size} />
    </Suspense>
  );
}

/** A labelled progress bar from 0 to 1; `value` undefined runs without a value. */
export function Progress({ label, value }: { label: string; value: number | undefined }) {
  return (
    <Suspense fallback={<Text>{label}</Text>}>
      <ProgressField label={label} value={value} />
    </Suspense>
  );
}

/** Shown for the moment a step's chunk is still on its way. */
export function StepFallback() {
  return <Busy label={useT()('app.stepLoading')} size="small" />;
}
