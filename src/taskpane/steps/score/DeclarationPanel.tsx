import { Button, Field, makeStyles, MessageBar, MessageBarBody, Radio, RadioGroup, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { FieldGrid } from '../../components/FieldGrid';
import { ChoiceField, RequiredTextField } from '../../components/FormFields';
import { ProblemList } from '../../components/ProblemList';
import { useT } from '../../i18n';
import { currentDeclarations, lateDeclarationText } from '../../../rules/scoring/conflicts';
import type { Declaration, DeclarationsRead } from '../../services';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  start: { alignSelf: 'flex-start' },
});

export interface DeclarationPanelProps {
  applications: readonly { id: string; title: string }[];
  roles: readonly string[];
  declarations: readonly Declaration[];
  late: DeclarationsRead['late'];
  problems: DeclarationsRead['problems'];
  now: () => string;
  busy: boolean;
  onSave: (declaration: Declaration) => void;
}

/**
 * Belangen: each assessor declares per application "geen belang" or a conflict with a short
 * reason. A conflicted assessor does not score that application; the list shows who is out where.
 */
export function DeclarationPanel({ applications, roles, declarations, late, problems, now, busy, onSave }: DeclarationPanelProps) {
  const styles = useStyles();
  const t = useT();
  const [aanvraag, setAanvraag] = useState(applications[0]?.id ?? '');
  const [rol, setRol] = useState(roles[0] ?? '');
  const [belang, setBelang] = useState<'geen' | 'wel'>('geen');
  const [reden, setReden] = useState('');
  const [wie, setWie] = useState('');
  const [tried, setTried] = useState(false);
  const conflicts = currentDeclarations(declarations).filter((d) => d.belang === 'conflict');
  const titles = new Map(applications.map((a) => [a.id, a.title]));

  const save = () => {
    setTried(true);
    if (!aanvraag || !rol || !wie.trim() || (belang === 'wel' && !reden.trim())) return;
    onSave({ aanvraag, rol, beoordelaar: wie.trim(), belang: belang === 'wel' ? 'conflict' : 'geen', reden: belang === 'wel' ? reden.trim() : '', tijdstip: now() });
    setTried(false);
    setReden('');
  };

  return (
    <div className={styles.panel}>
      <Text size={200}>{t('coi.intro')}</Text>
      <div className={styles.panel} role="group" aria-label={t('coi.formLabel')}>
        <FieldGrid>
          <ChoiceField label={t('coi.application')} value={aanvraag} choices={applications.map((a) => ({ value: a.id, label: a.title === a.id ? a.id : `${a.id} – ${a.title}` }))} onChange={setAanvraag} />
          <ChoiceField label={t('coi.role')} value={rol} choices={roles} onChange={setRol} />
        </FieldGrid>
        <Field label={t('coi.declaration')}>
          <RadioGroup value={belang} onChange={(_, d) => setBelang(d.value as 'geen' | 'wel')}>
            <Radio value="geen" label={t('coi.none')} />
            <Radio value="wel" label={t('coi.conflict')} />
          </RadioGroup>
        </Field>
        {belang === 'wel' && <RequiredTextField label={t('coi.reason')} value={reden} onChange={setReden} showMissing={tried} missingMessage={t('coi.reasonMissing')} />}
        <RequiredTextField label={t('coi.name')} value={wie} onChange={setWie} showMissing={tried} missingMessage={t('coi.nameMissing')} />
        <Button className={styles.start} appearance="primary" onClick={save} disabled={busy}>
          {t('coi.save')}
        </Button>
      </div>
      <Text role="status">{t('coi.summary', { n: currentDeclarations(declarations).length, conflicts: conflicts.length })}</Text>
      {conflicts.length > 0 && (
        <>
          <h4 className={styles.subheading}>{t('coi.conflicts')}</h4>
          <ul className={styles.list} aria-label={t('coi.conflicts')}>
            {conflicts.map((d) => (
              <li key={`${d.aanvraag} ${d.rol} ${d.beoordelaar}`}>
                <Text size={200}>{t('coi.conflictLine', { app: d.aanvraag, title: titles.get(d.aanvraag) ?? d.aanvraag, wie: d.beoordelaar && d.beoordelaar !== d.rol ? `${d.beoordelaar} (${d.rol})` : d.rol, reden: d.reden })}</Text>
              </li>
            ))}
          </ul>
        </>
      )}
      {late.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t('coi.late')}
            <ul className={styles.list}>
              {late.map((l) => (
                <li key={`${l.verklaring.aanvraag} ${l.verklaring.rol} ${l.verklaring.beoordelaar}`}>{lateDeclarationText(l)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {problems.length > 0 && <ProblemList problems={problems} />}
    </div>
  );
}
