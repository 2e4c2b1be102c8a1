import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Rubric } from '../../../rules/policy';
import { ConsensusForm } from '../../components/ConsensusForm';
import { useT } from '../../i18n';
import type { ConsensusEntry } from '../../services';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface ConsensusPanelProps {
  applications: readonly { id: string; title: string }[];
  rubric: Rubric;
  roles: readonly string[];
  now: () => string;
  busy: boolean;
  onSave: (entry: ConsensusEntry) => void;
  /** Confirmation after saving, until the next ranking counts the score. */
  saved: string | null;
}

/** The panel's agreed score for one item, with its written motivation. */
export function ConsensusPanel({ applications, rubric, roles, now, busy, onSave, saved }: ConsensusPanelProps) {
  const styles = useStyles();
  const t = useT();
  return (
    <div className={styles.panel}>
      <Text size={200}>{t('consensus.intro')}</Text>
      <ConsensusForm applications={applications} rubric={rubric} roles={roles} now={now} busy={busy} onSave={onSave} />
      {saved && <Text role="status">{saved}</Text>}
    </div>
  );
}
