import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Rubric } from '../../../rules/policy';
import type { MeetingItem } from '../../../rules/scoring/meeting';
import { scaleValues } from '../../components/ConsensusForm';
import { ChoiceField, RequiredTextField } from '../../components/FormFields';
import { formatNumber, useLanguage, useT } from '../../i18n';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  table: { borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed', fontSize: tokens.fontSizeBase200 },
  cell: { textAlign: 'start', verticalAlign: 'top', padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, overflowWrap: 'anywhere' },
  who: { width: '38%' },
  score: { width: '14%', fontVariantNumeric: 'tabular-nums' },
  muted: { color: tokens.colorNeutralForeground2 },
  start: { alignSelf: 'flex-start' },
});

export interface MeetingItemPanelProps {
  item: MeetingItem;
  title: string;
  rubric: Rubric;
  /** Size of the selection (the policy's maximum). */
  n: number;
  busy: boolean;
  /** Saves the consensus score with its motivation; the step adds who was present and who records it. */
  onSave: (score: number, motivatie: string) => void;
}

const SHORT = 140;

/** A comment shown in full when short, else its start with a button that shows all of it. */
function LongText({ text }: { text: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  if (text.length <= SHORT) return <>{text}</>;
  return (
    <>
      {open ? text : `${text.slice(0, SHORT).trimEnd()}…`}{' '}
      <Button size="small" appearance="transparent" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? t('meeting.less') : t('meeting.more')}
      </Button>
    </>
  );
}

/** One disputed item: each assessor's score and comment side by side, what counts, what a consensus score would change. */
export function MeetingItemPanel({ item, title, rubric, n, busy, onSave }: MeetingItemPanelProps) {
  const styles = useStyles();
  const t = useT();
  const language = useLanguage();
  const values = scaleValues(rubric);
  const [score, setScore] = useState(String(item.consensus?.score ?? Math.round(item.mediaan)));
  const [motivatie, setMotivatie] = useState('');
  const [tried, setTried] = useState(false);
  const effect = item.effecten.find((e) => e.score === Number(score));
  const num = (v: number) => formatNumber(language, v);

  const save = () => {
    setTried(true);
    if (!motivatie.trim()) return;
    onSave(Number(score), motivatie.trim());
  };

  return (
    <div className={styles.panel}>
      <table className={styles.table}>
        <caption className={styles.muted}>{t('meeting.tableCaption', { app: item.aanvraag, item: item.label })}</caption>
        <thead>
          <tr>
            <th scope="col" className={`${styles.cell} ${styles.who}`}>
              {t('meeting.assessor')}
            </th>
            <th scope="col" className={`${styles.cell} ${styles.score}`}>
              {t('meeting.score')}
            </th>
            <th scope="col" className={styles.cell}>
              {t('meeting.comment')}
            </th>
          </tr>
        </thead>
        <tbody>
          {item.scores.map((s) => (
            <tr key={`${s.rol} ${s.beoordelaar}`}>
              <th scope="row" className={styles.cell}>
                {s.beoordelaar && s.beoordelaar !== s.rol ? `${s.beoordelaar} (${s.rol})` : s.rol}
              </th>
              <td className={`${styles.cell} ${styles.score}`}>{s.belang !== undefined ? t('meeting.conflict') : s.score === null ? '–' : num(s.score)}</td>
              <td className={styles.cell}>{s.belang !== undefined ? t('meeting.conflictReason', { reden: s.belang }) : <LongText text={s.toelichting} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Text size={200}>
        {t('meeting.aggregate', { gemiddelde: num(item.gemiddelde), mediaan: num(item.mediaan), telt: num(item.waarde) })}
        {item.consensus && ` ${t('meeting.hasConsensus', { score: num(item.consensus.score), wie: item.consensus.wie })}`}
      </Text>
      <Text size={200}>{t(item.geselecteerd ? 'meeting.nowIn' : 'meeting.nowOut', { positie: item.positie, n, title })}</Text>
      <ChoiceField label={t('meeting.consensusScore', { min: rubric.schaal.min, max: rubric.schaal.max })} value={score} choices={values.map(String)} onChange={setScore} />
      {effect && (
        <Text size={200} aria-live="polite">
          {t('meeting.effect', { score: num(effect.score), totaal: num(effect.totaal), positie: effect.positie })}{' '}
          {effect.verandert
            ? t('meeting.topChanges', { n, erbij: effect.erbij.join(', ') || t('meeting.nobody'), eraf: effect.eraf.join(', ') || t('meeting.nobody') })
            : t('meeting.topSame', { n })}
        </Text>
      )}
      <RequiredTextField label={t('meeting.motivation')} value={motivatie} onChange={setMotivatie} showMissing={tried} missingMessage={t('consensus.motivationMissing')} multiline />
      <Button className={styles.start} appearance="primary" onClick={save} disabled={busy}>
        {t('meeting.save')}
      </Button>
    </div>
  );
}
