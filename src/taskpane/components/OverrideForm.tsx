import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { CHECK_STATUSES, type CheckResult, type CheckStatus, type Override } from '../../rules/outcome';
import { useT } from '../i18n';
import { ChoiceField, RequiredTextField } from './FormFields';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export interface OverrideFormProps {
  check: CheckResult;
  roles: readonly string[];
  now: () => string;
  onSave: (override: Override) => void;
  onCancel: () => void;
}

/** An override needs a written reason and a name: without them it cannot be saved. */
export function OverrideForm({ check, roles, now, onSave, onCancel }: OverrideFormProps) {
  const styles = useStyles();
  const t = useT();
  const [status, setStatus] = useState<CheckStatus>(check.status === 'voldoet' ? 'voldoet niet' : 'voldoet');
  const [reason, setReason] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState(roles[0] ?? '');
  const [tried, setTried] = useState(false);
  const reasonMissing = reason.trim() === '';
  const nameMissing = name.trim() === '';

  const save = () => {
    setTried(true);
    if (reasonMissing || nameMissing) return;
    onSave({ checkId: check.id, status, reden: reason.trim(), beoordelaar: name.trim(), rol: role || undefined, tijdstip: now() });
  };

  return (
    <div className={styles.form} role="group" aria-label={t('screen.overrideFor', { check: check.id })}>
      <ChoiceField label={t('screen.overrideStatus')} value={status} choices={CHECK_STATUSES} onChange={(v) => setStatus(v as CheckStatus)} />
      <RequiredTextField label={t('screen.overrideReason')} value={reason} onChange={setReason} showMissing={tried} missingMessage={t('screen.overrideReasonMissing')} multiline />
      <RequiredTextField label={t('screen.overrideName')} value={name} onChange={setName} showMissing={tried} missingMessage={t('screen.overrideNameMissing')} />
      {roles.length > 0 && <ChoiceField label={t('screen.overrideRole')} value={role} choices={roles} onChange={setRole} />}
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={save}>
          {t('screen.overrideSave')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </div>
  );
}
