import { Button, Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Rubric } from '../../rules/policy';
import type { ConsensusEntry } from '../services';
import { useT } from '../i18n';
import { FieldGrid } from './FieldGrid';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export interface ConsensusFormProps {
  /** Applications a consensus score can be given for: id and title. */
  applications: readonly { id: string; title: string }[];
  rubric: Rubric;
  roles: readonly string[];
  now: () => string;
  busy?: boolean;
  onSave: (entry: ConsensusEntry) => void;
}

/** Whole scores of the rubric's scale (1 tot en met 5 in the 2021 rubric). */
export function scaleValues(rubric: Rubric): number[] {
  const { min, max } = rubric.schaal;
  return Array.from({ length: Math.floor(max) - Math.ceil(min) + 1 }, (_, i) => Math.ceil(min) + i);
}

/** One consensus score: application, item, score on the scale, and a required written motivation. */
export function ConsensusForm({ applications, rubric, roles, now, busy, onSave }: ConsensusFormProps) {
  const styles = useStyles();
  const t = useT();
  const values = scaleValues(rubric);
  const [aanvraag, setAanvraag] = useState(applications[0]?.id ?? '');
  const [item, setItem] = useState(rubric.items[0]?.id ?? '');
  const [score, setScore] = useState(String(values[values.length - 1] ?? ''));
  const [motivatie, setMotivatie] = useState('');
  const [wie, setWie] = useState('');
  const [rol, setRol] = useState(roles[0] ?? '');
  const [tried, setTried] = useState(false);
  const motivationMissing = motivatie.trim() === '';
  const nameMissing = wie.trim() === '';

  const save = () => {
    setTried(true);
    if (motivationMissing || nameMissing || !aanvraag || !item) return;
    onSave({ aanvraag, item, score: Number(score), motivatie: motivatie.trim(), wie: wie.trim(), rol, tijdstip: now() });
  };

  return (
    <div className={styles.form} role="group" aria-label={t('consensus.title')}>
      <FieldGrid>
        <Field label={t('consensus.application')}>
          <Select value={aanvraag} onChange={(_, d) => setAanvraag(d.value)}>
            {applications.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title === a.id ? a.id : `${a.id} – ${a.title}`}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('consensus.item')}>
          <Select value={item} onChange={(_, d) => setItem(d.value)}>
            {rubric.items.map((i) => (
              <option key={i.id} value={i.id}>
                {i.id}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('consensus.score', { min: rubric.schaal.min, max: rubric.schaal.max })}>
          <Select value={score} onChange={(_, d) => setScore(d.value)}>
            {values.map((v) => (
              <option key={v} value={String(v)}>
                {v}
              </option>
            ))}
          </Select>
        </Field>
      </FieldGrid>
      <Field
        label={t('consensus.motivation')}
        required
        validationState={tried && motivationMissing ? 'error' : 'none'}
        validationMessage={tried && motivationMissing ? t('consensus.motivationMissing') : undefined}
      >
        <Textarea value={motivatie} resize="vertical" onChange={(_, d) => setMotivatie(d.value)} />
      </Field>
      <FieldGrid>
        <Field label={t('consensus.name')} required validationState={tried && nameMissing ? 'error' : 'none'} validationMessage={tried && nameMissing ? t('consensus.nameMissing') : undefined}>
          <Input value={wie} onChange={(_, d) => setWie(d.value)} />
        </Field>
        {roles.length > 0 && (
          <Field label={t('consensus.role')}>
            <Select value={rol} onChange={(_, d) => setRol(d.value)}>
              {roles.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </Select>
          </Field>
        )}
      </FieldGrid>
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={save} disabled={busy}>
          {t('consensus.save')}
        </Button>
      </div>
    </div>
  );
}
