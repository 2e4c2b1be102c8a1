import { Button, InfoLabel, makeStyles, Text, tokens } from '@fluentui/react-components';
import { renderHerkomst } from '../../rules/findings';
import type { CheckResult, CheckStatus, Override } from '../../rules/outcome';
import { useLanguage, useT } from '../i18n';
import { OverrideForm } from './OverrideForm';
import { StatusBadge } from './StatusBadge';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  check: { display: 'flex', flexDirection: 'column', gap: '2px', overflowWrap: 'anywhere', paddingBottom: tokens.spacingVerticalXXS, borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  head: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  id: { fontWeight: tokens.fontWeightSemibold },
  push: { marginLeft: 'auto' },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** What needs a look comes first: failed, then unknown, then met. */
const ORDER: Record<CheckStatus, number> = { 'voldoet niet': 0, onbekend: 1, voldoet: 2 };

export interface CheckListProps {
  aanvraag: string;
  checks: readonly CheckResult[];
  roles: readonly string[];
  now: () => string;
  /** `aanvraag/check` of the check whose override form is open. */
  editing: string | null;
  onEdit: (key: string | null) => void;
  onSave: (override: Override) => void;
}

/**
 * The checks of one application, a line or two each: id (the criterion's text on demand), status,
 * the reason, where the rule comes from, and the way to override it with a written motivation.
 */
export function CheckList({ aanvraag, checks, roles, now, editing, onEdit, onSave }: CheckListProps) {
  const styles = useStyles();
  const t = useT();
  const language = useLanguage();
  const sorted = [...checks].sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  return (
    <ul className={styles.list} aria-label={t('screen.checksOf', { app: aanvraag })}>
      {sorted.map((check) => {
        const key = `${aanvraag}/${check.id}`;
        const ids = [check.id, ...(check.alsoIds ?? [])].join(' = ');
        return (
          <li key={check.id} className={styles.check}>
            <span className={styles.head}>
              <InfoLabel size="small" info={check.label} className={styles.id} infoButton={{ 'aria-label': t('screen.criterionOf', { check: ids }) }}>
                {ids}
              </InfoLabel>
              <StatusBadge status={check.status} />
              {editing !== key && (
                <Button className={styles.push} size="small" appearance="subtle" onClick={() => onEdit(key)} aria-label={t('screen.overrideButtonFor', { check: check.id, app: aanvraag })}>
                  {t('screen.overrideButton')}
                </Button>
              )}
            </span>
            {check.override && <Text size={200}>{t('screen.overridden', { by: check.override.beoordelaar, was: check.berekend ?? '' })}</Text>}
            <Text size={200} className={styles.muted}>
              {check.override ? check.override.reden : check.reden}
            </Text>
            {/* Where the rule comes from, as plain text (read in order by a screen reader, no focus stop). */}
            <Text size={200} className={styles.muted}>
              {t('screen.origin', { herkomst: renderHerkomst(check.herkomst, language) })}
            </Text>
            {editing === key && <OverrideForm check={check} roles={roles} now={now} onSave={onSave} onCancel={() => onEdit(null)} />}
          </li>
        );
      })}
    </ul>
  );
}
