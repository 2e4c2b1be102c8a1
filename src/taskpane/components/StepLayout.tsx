import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { forwardRef, type ReactNode } from 'react';
import { useT } from '../i18n';
import { Busy, Notice } from './Feedback';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold, outline: 'none' },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface StepLayoutProps {
  title: string;
  intro: string;
  busy?: boolean;
  error?: string | null;
  children: ReactNode;
}

/** The frame of every step: a heading that receives focus on step change, busy and error states. */
export const StepLayout = forwardRef<HTMLHeadingElement, StepLayoutProps>(function StepLayout({ title, intro, busy, error, children }, ref) {
  const styles = useStyles();
  const t = useT();
  return (
    <section className={styles.section} aria-busy={busy ? true : undefined}>
      <h2 ref={ref} tabIndex={-1} className={styles.heading}>
        {title}
      </h2>
      <p className={styles.intro}>{intro}</p>
      {error && (
        <Notice intent="error" alert>
          {error}
        </Notice>
      )}
      {busy && <Busy label={t('common.busy')} />}
      {children}
    </section>
  );
});

export function Actions({ children }: { children: ReactNode }) {
  return <div className={useStyles().actions}>{children}</div>;
}

export function NextButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button appearance="secondary" onClick={onClick}>
      {label}
    </Button>
  );
}
