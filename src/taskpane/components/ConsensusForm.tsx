import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Rubric } from '../../rules/policy';
import type { ConsensusEntry } from '../services';
import { useT } from '../i18n';
import { FieldGrid } from './FieldGrid';
import { ChoiceField, RequiredTextField } from './FormFields';
import { itemLabel } from '../../rules/scoring/rubric-2021';

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
        <ChoiceField
          label={t('consensus.application')}
          value={aanvraag}
          choices={applications.map((a) => ({ value: a.id, label: a.title === a.id ? a.id : `${a.id} – ${a.title}` }))}
          onChange={setAanvraag}
        />
        <ChoiceField label={t('consensus.item')} value={item} choices={rubric.items.map((i) => ({ value: i.id, label: itemLabel(rubric, i.id) }))} onChange={setItem} />
        <ChoiceField label={t('consensus.score', { min: rubric.schaal.min, max: rubric.schaal.max })} value={score} choices={values.map(String)} onChange={setScore} />
      </FieldGrid>
      <RequiredTextField label={t('consensus.motivation')} value={motivatie} onChange={setMotivatie} showMissing={tried} missingMessage={t('consensus.motivationMissing')} multiline />
      <FieldGrid>
        <RequiredTextField label={t('consensus.name')} value={wie} onChange={setWie} showMissing={tried} missingMessage={t('consensus.nameMissing')} />
        {roles.length > 0 && <ChoiceField label={t('consensus.role')} value={rol} choices={roles} onChange={setRol} />}
      </FieldGrid>
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={save} disabled={busy}>
          {t('consensus.save')}
        </Button>
      </div>
    </div>
  );
}
