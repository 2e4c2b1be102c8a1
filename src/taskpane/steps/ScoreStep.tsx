import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Field, makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { ProblemList } from '../components/ProblemList';
import { Actions, NextButton, StepLayout } from '../components/StepLayout';
import { useT } from '../i18n';
import { completenessPerRole } from '../model/completeness';
import { useServices } from '../servicesContext';
import { useAction } from '../useAction';
import { checkCompleteness } from '../../rules/scoring/completeness';
import { usePolicy, useRubric } from '../useSettings';
import type { StepProps } from './types';

const useStyles = makeStyles({
  roles: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  items: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  scale: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  level: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  levelNumber: { fontWeight: tokens.fontWeightSemibold, minWidth: '1em' },
  levelText: { margin: 0, overflowWrap: 'anywhere' },
});

/** Applications that go on to scoring: geschikt (overrides are already part of the status). */
export function eligibleIds(state: StepProps['state']): string[] {
  return state.eligibility.filter((r) => r.status === 'geschikt').map((r) => r.id);
}

export function ScoreStep({ state, dispatch, goTo }: StepProps) {
  const styles = useStyles();
  const t = useT();
  const { workbook } = useServices();
  const policy = usePolicy();
  const rubric = useRubric();
  const action = useAction();
  const ids = eligibleIds(state);
  const apps = state.applications.filter((a) => ids.includes(a.id));
  const completeness = completenessPerRole(policy.rollen, ids, rubric.items.map((i) => i.id), state.scores);
  const gaps = state.scores.length === 0 ? [] : checkCompleteness(ids, state.scores, rubric, policy.rollen).filter((c) => !c.compleet);

  const createSheets = () =>
    action.run(async () => {
      await workbook.createScoreSheets(policy.rollen, apps, rubric);
      dispatch({ type: 'scoreSheetsCreated' });
    });
  const readScores = () =>
    action.run(async () => {
      const read = await workbook.readScores(rubric);
      dispatch({ type: 'scoresRead', scores: read.scores, problems: read.problems });
    });

  return (
    <StepLayout title={t('score.title')} intro={t('score.intro')} busy={action.busy} error={action.error}>
      {state.eligibility.length === 0 && <Text>{t('score.screenFirst')}</Text>}
            {ids.length === 0 && state.eligibility.length > 0 && <Text>{t('score.noneEligible')}</Text>}
      {ids.length > 0 && (
        <>
          <Text>{t('score.eligible', { n: ids.length, roles: policy.rollen.join(', ') })}</Text>
          <Actions>
            <Button appearance="primary" onClick={createSheets} disabled={action.busy}>
              {t('score.createSheets')}
            </Button>
            <Button onClick={readScores} disabled={action.busy}>
              {t('score.readScores')}
            </Button>
          </Actions>
          {state.scoreSheetsCreated && <Text role="status">{t('score.sheetsCreated', { n: policy.rollen.length })}</Text>}
          <Accordion collapsible>
            <AccordionItem value="rubric">
              <AccordionHeader size="small">{t('score.rubricFolded', { n: rubric.items.length, min: rubric.schaal.min, max: rubric.schaal.max })}</AccordionHeader>
              <AccordionPanel>
                <ul className={styles.items} aria-label={t('score.itemsLabel')}>
                  {rubric.items.map((item) => (
                    <li key={item.id}>
                      <Text size={200}>{t('score.item', { id: item.id, tekst: item.tekst, gewicht: item.gewicht })}</Text>
                    </li>
                  ))}
                </ul>
                {Object.keys(rubric.schaal.niveaus).length > 0 && (
                  <div>
                    <h3 className={styles.subheading}>{t('score.scale', { min: rubric.schaal.min, max: rubric.schaal.max })}</h3>
                    <dl className={styles.scale}>
                      {Object.entries(rubric.schaal.niveaus).map(([level, text]) => (
                        <div key={level} className={styles.level}>
                          <dt className={styles.levelNumber}>{level}</dt>
                          <dd className={styles.levelText}>
                            <Text size={200}>{text}</Text>
                          </dd>
                        </div>
                      ))}
                    </dl>
                  </div>
                )}
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
          {state.sheetProblems.length > 0 && <ProblemList problems={state.sheetProblems} />}
          <div className={styles.roles}>
            {completeness.map((c) => (
              <Field key={c.rol} label={t('score.completeness', { rol: c.rol, ingevuld: c.ingevuld, verwacht: c.verwacht })}>
                <ProgressBar value={c.verwacht === 0 ? 0 : c.ingevuld / c.verwacht} max={1} color={c.ingevuld === c.verwacht ? 'success' : 'brand'} />
              </Field>
            ))}
          </div>
          {gaps.length > 0 && (
            <div>
              <h3 className={styles.subheading}>{t('score.gaps')}</h3>
              <ul className={styles.items}>
                {gaps.map((g) => (
                  <li key={g.aanvraag}>
                    <Text size={200}>{`${g.aanvraag}: ${g.melding}`}</Text>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <Actions>
            <NextButton label={t('score.next')} onClick={() => goTo('rangschikken')} />
          </Actions>
        </>
      )}
    </StepLayout>
  );
}
