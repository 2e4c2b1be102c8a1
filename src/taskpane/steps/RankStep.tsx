import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Field, Input, makeStyles, Switch, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { updateSettings } from '../../shared/settings';
import { ProblemList } from '../components/ProblemList';
import { FieldGrid } from '../components/FieldGrid';
import { Actions, NextButton, StepLayout } from '../components/StepLayout';
import { formatNumber, useLanguage, useT } from '../i18n';
import { rankingInput, selectedIds, selectionChange } from '../model/rankingInput';
import type { ConsensusEntry, RankingConstraints, RankingOutcome, TypedScores } from '../services';
import { useServices } from '../servicesContext';
import { useAction } from '../useAction';
import { usePolicy, useRubric, useSettings } from '../useSettings';
import { appTitle } from './ScreenStep';
import { ConsensusPanel } from './rank/ConsensusPanel';
import { parseOptional } from './rank/parseOptional';
import { RankingExplanation } from './rank/RankingExplanation';
import { agreedItems, NotRankedList, RankingList } from './rank/RankingList';
import { WhatIf } from './rank/WhatIf';
import type { StepProps } from './types';

export { parseOptional } from './rank/parseOptional';

const STABILITY_RUNS = 1000;

const useStyles = makeStyles({
  controls: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  summary: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground2 },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  plain: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

/**
 * Rangschikken: read the scores and rank (the main action, first), the ranking as compact rows,
 * what has no place, and on demand how it came about, a consensus score and a what-if.
 */
export function RankStep({ state, dispatch, goTo }: StepProps) {
  const styles = useStyles();
  const t = useT();
  const language = useLanguage();
  const services = useServices();
  const policy = usePolicy();
  const rubric = useRubric();
  const settings = useSettings();
  const action = useAction();
  const titles = new Map(state.applications.map((a) => [a.id, appTitle(a, a.id)]));
  /** Shown after a consensus score is saved, until the next ranking counts it. */
  const [consensusSaved, setConsensusSaved] = useState<string | null>(null);

  const rank = () =>
    action.run(async () => {
      setConsensusSaved(null);
      const done: { value?: { ranking: RankingOutcome; read: TypedScores } } = {};
      await services.workbook.rank(
        (read) => {
          // The Belangen table is read in the same batch: a ranking made right after opening a
          // saved workbook already keeps conflicted assessors out, before the Score step ran.
          const belangen = read.declarations?.declarations ?? state.declarations;
          const ranking = services.ranking.rank(rankingInput(state, policy, rubric, settings, services.now(), { scores: read.scores, consensus: read.consensus ?? [], belangen }));
          done.value = { ranking, read };
          return ranking;
        },
        state.applications,
        rubric,
      );
      if (!done.value) throw new Error(t('rank.didNotRun'));
      if (done.value.read.declarations) dispatch({ type: 'declarationsRead', read: done.value.read.declarations });
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

  const compare = (weights: Record<string, number>, constraints: RankingConstraints) => {
    const outcome = services.ranking.rank(rankingInput(state, policy, rubric, settings, services.now(), { weights, constraints }));
    return state.ranking ? selectionChange(selectedIds(state.ranking), selectedIds(outcome)) : { in: [], out: [] };
  };

  const { maxPerRegio, budget } = state.constraints;
  const limits = [
    maxPerRegio !== undefined && t('rank.limitRegion', { n: maxPerRegio }),
    budget !== undefined && t('rank.limitBudget', { budget: formatNumber(language, budget, 0) }),
  ].filter((l): l is string => typeof l === 'string');

  const ranking = state.ranking;
  const selected = ranking?.ranglijst.filter((r) => r.geselecteerd).length ?? 0;
  const notRanked = ranking ? ranking.onvolledig.length + ranking.uitgesloten.length : 0;
  const agreed = ranking ? ranking.ranglijst.flatMap((r) => agreedItems(ranking, r.id, language).map((item) => ({ id: r.id, item }))) : [];

  return (
    <StepLayout title={t('rank.title')} intro={t('rank.intro', { max: policy.maxSelecties })} busy={action.busy} error={action.error}>
      {state.eligibility.length === 0 ? (
        <Text>{t('score.screenFirst')}</Text>
      ) : (
        <div className={styles.controls}>
          <Actions>
            <Button appearance="primary" onClick={rank} disabled={action.busy}>
              {t('rank.run')}
            </Button>
          </Actions>
          <Switch checked={settings.normalise} label={t('rank.normalise')} onChange={(_, data) => updateSettings({ normalise: data.checked })} />
          <Accordion collapsible>
            <AccordionItem value="limits">
              <AccordionHeader size="small">{t('rank.limits', { limits: limits.join(', ') || t('rank.noLimits') })}</AccordionHeader>
              <AccordionPanel>
                <FieldGrid>
                  <Field label={t('rank.maxPerRegio')} hint={t('rank.emptyNoLimit')}>
                    <Input type="number" min={1} value={maxPerRegio?.toString() ?? ''} onChange={(_, d) => setConstraint('maxPerRegio', d.value)} />
                  </Field>
                  <Field label={t('rank.budget')} hint={t('rank.emptyNoLimit')}>
                    <Input type="number" min={0} value={budget?.toString() ?? ''} onChange={(_, d) => setConstraint('budget', d.value)} />
                  </Field>
                </FieldGrid>
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        </div>
      )}
      {state.sheetProblems.length > 0 && <ProblemList problems={state.sheetProblems} />}
      {ranking && (
        <>
          <div role="status" className={styles.summary}>
            <Text>{t('rank.summary', { n: ranking.ranglijst.length, selected, notRanked })}</Text>
            <Text size={200} className={styles.muted}>
              {t('rank.seed', { seed: ranking.instellingen.seed })}
            </Text>
            {agreed.length > 0 && <Text size={200}>{agreed.map((a) => t('rank.consensusUsedAt', { items: a.item, app: a.id })).join(' ')}</Text>}
            {state.stability && <Text size={200}>{t('rank.chanceShown', { runs: STABILITY_RUNS })}</Text>}
          </div>
          {ranking.meldingen.length > 0 && (
            // Notes change what the ranking means (a refused consensus score): shown, not folded away.
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
          <RankingList ranking={ranking} titles={titles} stability={state.stability} />
          {notRanked > 0 && (
            <>
              <h3 className={styles.subheading}>{t('rank.notRanked')}</h3>
              <NotRankedList ranking={ranking} titles={titles} />
            </>
          )}
          <Actions>
            <Button onClick={stability} disabled={action.busy}>
              {t('rank.stability', { runs: STABILITY_RUNS })}
            </Button>
            <NextButton label={t('rank.next')} onClick={() => goTo('selectie')} />
          </Actions>
          <Accordion collapsible multiple>
            <AccordionItem value="how">
              <AccordionHeader>{t('rank.how')}</AccordionHeader>
              <AccordionPanel>
                <RankingExplanation ranking={ranking} rubric={rubric} />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="consensus">
              <AccordionHeader>{t('consensus.title')}</AccordionHeader>
              <AccordionPanel>
                <ConsensusPanel
                  applications={ranking.ranglijst.map((r) => ({ id: r.id, title: titles.get(r.id) ?? r.id }))}
                  rubric={rubric}
                  roles={policy.rollen}
                  now={services.now}
                  busy={action.busy}
                  onSave={saveConsensus}
                  saved={consensusSaved}
                />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="whatif">
              <AccordionHeader>{t('rank.whatIf')}</AccordionHeader>
              <AccordionPanel>
                <WhatIf rubric={rubric} constraints={state.constraints} compare={compare} />
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        </>
      )}
    </StepLayout>
  );
}
