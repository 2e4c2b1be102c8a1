import { makeStyles, MessageBar, MessageBarBody, Switch, Text, tokens } from '@fluentui/react-components';
import { useT } from '../../i18n';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface SharedModePanelProps {
  hide: boolean;
  busy: boolean;
  onChange: (hide: boolean) => void;
  /** Sheets hidden now (after the last change or read). */
  hidden: readonly string[];
}

/** The shared-workbook mode: finished score sheets out of sight until everyone has finished. Not security. */
export function SharedModePanel({ hide, busy, onChange, hidden }: SharedModePanelProps) {
  const styles = useStyles();
  const t = useT();
  return (
    <div className={styles.panel}>
      <Switch checked={hide} disabled={busy} label={t('shared.hide')} onChange={(_, d) => onChange(d.checked)} />
      <MessageBar intent="warning">
        <MessageBarBody>{t('shared.notSecurity')}</MessageBarBody>
      </MessageBar>
      {hide && <Text size={200}>{t('shared.rule')}</Text>}
      {hide && <Text role="status">{hidden.length > 0 ? t('shared.hidden', { sheets: hidden.join(', ') }) : t('shared.noneHidden')}</Text>}
    </div>
  );
}
