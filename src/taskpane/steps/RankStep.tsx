import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Field,
  Input,
  makeStyles,
  Switch,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { updateSettings } from '../../shared/settings';
import { ConsensusForm } from '../components/ConsensusForm';
import { ProblemList } from '../components/ProblemList';
import { FieldGrid } from '../components/FieldGrid';
import { Actions, NextButton, StepLayout } from '../components/StepLayout';
import { formatNumber, useLanguage, useT } from '../i18n';
import { consensusUsed, disagreementItems } from '../model/consensusUsed';
import { rankingInput, selectedIds, selectionChange } from '../model/rankingInput';
import { resolveTieBreaks } from '../../rules/ranking/tiebreaks';
import type { ConsensusEntry, RankingConstraints, RankingOutcome, TypedScores } from '../services';
import { useServices } from '../servicesContext';
import { useAction } from '../useAction';
import { usePolicy, useRubric, useSettings } from '../useSettings';
import { appTitle } from './ScreenStep';
import { itemLabel } from '../../rules/scoring/rubric-2021';
import type { StepProps } from './types';

const STABILITY_RUNS = 1000;

const useStyles = makeStyles({
  controls: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowWrap: 'anywhere',
  },
  rowHead: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  muted: { color: tokens.colorNeutralForeground2 },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  plain: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

/** "" → undefined (no limit); a decimal comma is accepted. */
export function parseOptional(value: string): number | undefined {
  const n = Number(value.replace(',', '.'));
  return value.trim() === '' || !Number.isFinite(n) ? undefined : n;
}

/** The tie-break chain in the rules' own Dutch labels ("meer klanten van Zilveren Kruis"). */
function tieBreakLabels(ranking: RankingOutcome): string[] {
  const groepen = Object.fromEntries(ranking.rubric.items.map((i) => [i.id, i.groep]));
  return resolveTieBreaks({ gewichten: ranking.instellingen.gewichten, groepen, tiebreaks: ranking.instellingen.tiebreaks, seed: ranking.instellingen.seed }).map((tb) => tb.label);
}

export function RankStep({ state, dispatch, goTo }: StepProps) {
  const styles = useStyles();
  const t = useT();
  const language = useLanguage();
  const services = useServices();
  const policy = usePolicy();
  const rubric = useRubric();
  const settings = useSettings();
  const action = useAction();
  const [whatIfWeights, setWhatIfWeights] = useState<Record<string, string>>({});
  const [whatIfConstraints, setWhatIfConstraints] = useState<{ maxPerRegio: string; budget: string }>({ maxPerRegio: '', budget: '' });
  const [whatIf, setWhatIf] = useState<{ in: string[]; out: string[] } | null>(null);
  const titles = new Map(state.applications.map((a) => [a.id, appTitle(a, a.id)]));
  /** Shown after a consensus score is saved, until the next ranking counts it. */
  const [consensusSaved, setConsensusSaved] = useState<string | null>(null);

  const rank = () =>
    action.run(async () => {
      setConsensusSaved(null);
      const done: { value?: { ranking: RankingOutcome; read: TypedScores } } = {};
      await services.workbook.rank(
        (read) => {
          const ranking = services.ranking.rank(rankingInput(state, policy, rubric, settings, services.now(), { scores: read.scores, consensus: read.consensus ?? [] }));
          done.value = { ranking, read };
          return ranking;
        },
        state.applications,
        rubric,
      );
      if (!done.value) throw new Error(t('rank.didNotRun'));
      dispatch({ type: 'ranked', ranking: done.value.ranking, scores: done.value.read.scores, problems: done.value.read.problems, consensus: done.value.read.consensus ?? [] });
    });

  const saveConsensus = (entry: ConsensusEntry) =>
    action.run(async () => {
      setConsensusSaved(null);
      await services.workbook.saveConsensus(entry, rubric);
      setConsensusSaved(t('consensus.saved', { score: formatNumber(language, entry.score), item: entry.item, app: entry.aanvraag }));
    });

  const stability = () =>
    action.run(async () => {
      const outcome = services.ranking.rank(rankingInput(state, policy, rubric, settings, services.now(), { resamples: STABILITY_RUNS }));
      dispatch({ type: 'stability', stability: Object.fromEntries(outcome.stabiliteit?.kans ?? []) });
    });

  const setConstraint = (key: keyof RankingConstraints, value: string) =>
    dispatch({ type: 'constraints', constraints: { ...state.constraints, [key]: parseOptional(value) } });

  const runWhatIf = () =>
    action.run(async () => {
      if (!state.ranking) return;
      const weights = Object.fromEntries(rubric.items.map((i) => [i.id, parseOptional(whatIfWeights[i.id] ?? '') ?? i.gewicht]));
      const constraints: RankingConstraints = {
        maxPerRegio: parseOptional(whatIfConstraints.maxPerRegio) ?? state.constraints.maxPerRegio,
        budget: parseOptional(whatIfConstraints.budget) ?? state.constraints.budget,
      };
      const outcome = services.ranking.rank(rankingInput(state, policy, rubric, settings, services.now(), { weights, constraints }));
      setWhatIf(selectionChange(selectedIds(state.ranking), selectedIds(outcome)));
    });

  const ranking = state.ranking;
  const shifts = new Map((ranking?.normalisatie ?? []).map((s) => [s.id, s.verschuiving]));
  const disagreement = (id: string) => (ranking ? disagreementItems(ranking, id) : []);
  /** Items where the panel's consensus score counts instead of the aggregate, e.g. "SMART-doelen en nulmeting 5 (Bea Beleid)". */
  const agreedItems = (id: string) => (ranking ? consensusUsed(ranking, id) : []).map((c) => `${c.item} ${formatNumber(language, c.score)}${c.wie ? ` (${c.wie})` : ''}`);
  const changedBy20 = ranking?.gevoeligheid.filter((g) => g.verandert) ?? [];

  return (
    <StepLayout title={t('rank.title')} intro={t('rank.intro', { max: policy.maxSelecties })} busy={action.busy} error={action.error}>
      {state.eligibility.length === 0 ? (
        <Text>{t('score.screenFirst')}</Text>
      ) : (
        <div className={styles.controls}>
          <Switch checked={settings.normalise} label={t('rank.normalise')} onChange={(_, data) => updateSettings({ normalise: data.checked })} />
          <FieldGrid>
            <Field label={t('rank.maxPerRegio')} hint={t('rank.emptyNoLimit')}>
              <Input type="number" min={1} value={state.constraints.maxPerRegio?.toString() ?? ''} onChange={(_, d) => setConstraint('maxPerRegio', d.value)} />
            </Field>
            <Field label={t('rank.budget')} hint={t('rank.emptyNoLimit')}>
              <Input type="number" min={0} value={state.constraints.budget?.toString() ?? ''} onChange={(_, d) => setConstraint('budget', d.value)} />
            </Field>
          </FieldGrid>
          <Actions>
            <Button appearance="primary" onClick={rank} disabled={action.busy}>
              {t('rank.run')}
            </Button>
          </Actions>
        </div>
      )}
      {state.sheetProblems.length > 0 && <ProblemList problems={state.sheetProblems} />}
      {ranking && (
        <>
          <div role="status">
            <Text block>{t('rank.seed', { seed: ranking.instellingen.seed })}</Text>
            <Text block size={200} className={styles.muted}>
              {t('rank.weights', {
                weights: Object.entries(ranking.instellingen.gewichten)
                  .map(([id, w]) => `${itemLabel(rubric, id)} ${formatNumber(language, w)}`)
                  .join(', '),
              })}
            </Text>
            <Text block size={200} className={styles.muted}>
              {t('rank.chain', { chain: tieBreakLabels(ranking).join(' → ') })}
            </Text>
          </div>
          <ol className={styles.list} aria-label={t('rank.listLabel')}>
            {ranking.ranglijst.map((row) => {
              const shift = shifts.get(row.id);
              const items = disagreement(row.id);
              const agreed = agreedItems(row.id);
              return (
                <li key={row.id} className={styles.row}>
                  <span className={styles.rowHead}>
                    <Text weight="semibold">{t('rank.position', { positie: row.positie })}</Text>
                    <Text>{titles.get(row.id) ?? row.id}</Text>
                    <Text weight="semibold">{formatNumber(language, row.totaal)}</Text>
                    <Badge appearance="tint" color={row.geselecteerd ? 'success' : 'informative'}>
                      {row.geselecteerd ? t('rank.selected') : t('rank.notSelected')}
                    </Badge>
                  </span>
                  <Text size={200} className={styles.muted}>
                    {[row.id, row.kandidaat.regio ?? t('screen.noRegion')].join(' · ')}
                  </Text>
                  <Text size={200}>{row.reden}</Text>
                  {row.beslistDoor && <Text size={200}>{t('rank.tiebreak', { tiebreak: row.beslistDoor.label })}</Text>}
                  {shift !== undefined && shift !== 0 && <Text size={200}>{t('rank.moved', { n: shift })}</Text>}
                  {items.length > 0 && <Text size={200}>{t('rank.disagreement', { items: items.join(', ') })}</Text>}
                  {agreed.length > 0 && <Text size={200}>{t('rank.consensusUsed', { items: agreed.join(', ') })}</Text>}
                  {state.stability && <Text size={200}>{t('rank.chance', { pct: formatNumber(language, 100 * (state.stability[row.id] ?? 0), 0) })}</Text>}
                </li>
              );
            })}
          </ol>
          {ranking.meldingen.length > 0 && (
            <div>
              <h3 className={styles.subheading}>{t('rank.notes')}</h3>
              <ul className={styles.plain}>
                {ranking.meldingen.map((m, i) => (
                  <li key={i}>
                    <Text size={200}>{m}</Text>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {ranking.gelijkspelen.length > 0 && (
            <div>
              <h3 className={styles.subheading}>{t('rank.tiebreaks')}</h3>
              <ul className={styles.plain}>
                {ranking.gelijkspelen.map((tie, i) => (
                  <li key={i}>
                    <Text size={200}>
                      {t(tie.criterium === 'loting' ? 'rank.tieLottery' : 'rank.tieBy', { boven: tie.boven, onder: tie.onder, label: tie.label, seed: ranking.instellingen.seed })}
                    </Text>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {(ranking.onvolledig.length > 0 || ranking.uitgesloten.length > 0) && (
            <div>
              <h3 className={styles.subheading}>{t('rank.notRanked')}</h3>
              <ul className={styles.plain}>
                {ranking.onvolledig.map((c) => (
                  <li key={c.aanvraag}>
                    <Text size={200}>{`${c.aanvraag}: ${c.melding}`}</Text>
                  </li>
                ))}
                {ranking.uitgesloten.map((u) => (
                  <li key={u.id}>
                    <Text size={200}>{`${u.id} (${u.status}): ${u.redenen.join(' ') || '–'}`}</Text>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div>
            <h3 className={styles.subheading}>{t('rank.sensitivity')}</h3>
            <Text size={200}>
              {changedBy20.length === 0
                ? t('rank.sensitivityStable')
                : changedBy20.map((g) => t('rank.sensitivityChange', { item: g.item, factor: formatNumber(language, g.factor), in: g.erbij.join(', ') || '–', out: g.eraf.join(', ') || '–' })).join(' ')}
            </Text>
          </div>
          <Actions>
            <Button onClick={stability} disabled={action.busy}>
              {t('rank.stability', { runs: STABILITY_RUNS })}
            </Button>
          </Actions>
          <Accordion collapsible multiple>
            <AccordionItem value="consensus">
              <AccordionHeader>{t('consensus.title')}</AccordionHeader>
              <AccordionPanel>
                <div className={styles.controls}>
                  <Text size={200}>{t('consensus.intro')}</Text>
                  <ConsensusForm
                    applications={ranking.ranglijst.map((r) => ({ id: r.id, title: titles.get(r.id) ?? r.id }))}
                    rubric={rubric}
                    roles={policy.rollen}
                    now={services.now}
                    busy={action.busy}
                    onSave={saveConsensus}
                  />
                  {consensusSaved && <Text role="status">{consensusSaved}</Text>}
                </div>
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="whatif">
              <AccordionHeader>{t('rank.whatIf')}</AccordionHeader>
              <AccordionPanel>
                <div className={styles.controls}>
                  <FieldGrid>
                    {rubric.items.map((item) => (
                      <Field key={item.id} label={t('rank.weightOf', { id: itemLabel(rubric, item.id) })}>
                        <Input
                          type="number"
                          min={0}
                          step={0.1}
                          placeholder={String(item.gewicht)}
                          value={whatIfWeights[item.id] ?? ''}
                          onChange={(_, d) => setWhatIfWeights({ ...whatIfWeights, [item.id]: d.value })}
                        />
                      </Field>
                    ))}
                    <Field label={t('rank.maxPerRegio')}>
                      <Input type="number" min={1} value={whatIfConstraints.maxPerRegio} onChange={(_, d) => setWhatIfConstraints({ ...whatIfConstraints, maxPerRegio: d.value })} />
                    </Field>
                    <Field label={t('rank.budget')}>
                      <Input type="number" min={0} value={whatIfConstraints.budget} onChange={(_, d) => setWhatIfConstraints({ ...whatIfConstraints, budget: d.value })} />
                    </Field>
                  </FieldGrid>
                  <Actions>
                    <Button onClick={runWhatIf}>{t('rank.whatIfRun')}</Button>
                  </Actions>
                  {whatIf && (
                    <Text role="status">
                      {whatIf.in.length === 0 && whatIf.out.length === 0
                        ? t('rank.whatIfSame')
                        : t('rank.whatIfChange', { in: whatIf.in.join(', ') || '–', out: whatIf.out.join(', ') || '–' })}
                    </Text>
                  )}
                </div>
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
          <Actions>
            <NextButton label={t('rank.next')} onClick={() => goTo('selectie')} />
          </Actions>
        </>
      )}
    </StepLayout>
  );
}
