import { Button, Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { CHECK_STATUSES, type CheckResult, type CheckStatus, type Override } from '../../rules/outcome';
import { useT } from '../i18n';

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
      <Field label={t('screen.overrideStatus')}>
        <Select value={status} onChange={(_, data) => setStatus(data.value as CheckStatus)}>
          {CHECK_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={t('screen.overrideReason')}
        required
        validationState={tried && reasonMissing ? 'error' : 'none'}
        validationMessage={tried && reasonMissing ? t('screen.overrideReasonMissing') : undefined}
      >
        <Textarea value={reason} resize="vertical" onChange={(_, data) => setReason(data.value)} />
      </Field>
      <Field
        label={t('screen.overrideName')}
        required
        validationState={tried && nameMissing ? 'error' : 'none'}
        validationMessage={tried && nameMissing ? t('screen.overrideNameMissing') : undefined}
      >
        <Input value={name} onChange={(_, data) => setName(data.value)} />
      </Field>
      {roles.length > 0 && (
        <Field label={t('screen.overrideRole')}>
          <Select value={role} onChange={(_, data) => setRole(data.value)}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={save}>
          {t('screen.overrideSave')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </div>
  );
}
