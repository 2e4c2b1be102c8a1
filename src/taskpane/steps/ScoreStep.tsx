import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Field, makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ProblemList } from '../components/ProblemList';
import { Actions, NextButton, StepLayout } from '../components/StepLayout';
import { useT } from '../i18n';
import { completenessPerRole, visibilityPlan } from '../model/completeness';
import type { PaneState } from '../model/state';
import type { Declaration, ImportFile, TypedScores } from '../services';
import { useServices } from '../servicesContext';
import { useAction } from '../useAction';
import { checkCompleteness } from '../../rules/scoring/completeness';
import { ConflictIndex } from '../../rules/scoring/conflicts';
import { scoreSheetName } from '../../workbook/names';
import { usePolicy, useRubric } from '../useSettings';
import { appTitle } from './ScreenStep';
import { DeclarationPanel } from './score/DeclarationPanel';
import { HandoutPanel } from './score/HandoutPanel';
import { RubricPanel } from './score/RubricPanel';
import { SharedModePanel } from './score/SharedModePanel';
import type { StepProps } from './types';

const useStyles = makeStyles({
  roles: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  items: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

/** Applications that go on to scoring: geschikt (overrides are already part of the status). */
export function eligibleIds(state: StepProps['state']): string[] {
  return state.eligibility.filter((r) => r.status === 'geschikt').map((r) => r.id);
}

/** The declared conflicts of interest as (role, application) pairs: the score sheets are per role. */
export function conflictsOf(state: Pick<PaneState, 'declarations'>, roles: readonly string[]): { rol: string; aanvraag: string }[] {
  const index = new ConflictIndex(state.declarations);
  const ids = [...new Set(state.declarations.map((d) => d.aanvraag.trim()))];
  return roles.flatMap((rol) => ids.filter((aanvraag) => index.conflict(aanvraag, { beoordelaar: rol, rol })).map((aanvraag) => ({ rol, aanvraag })));
}

/** Files dropped again replace the same-named earlier ones; the rest keep their order (earlier first). */
function withFiles(earlier: readonly ImportFile[], added: readonly ImportFile[]): ImportFile[] {
  const names = new Set(added.map((f) => f.name));
  return [...earlier.filter((f) => !names.has(f.name)), ...added];
}

export function ScoreStep({ state, dispatch, goTo }: StepProps) {
  const styles = useStyles();
  const t = useT();
  const services = useServices();
  const { workbook } = services;
  const policy = usePolicy();
  const rubric = useRubric();
  const action = useAction();
  const [hidden, setHidden] = useState<string[]>([]);
  const ids = eligibleIds(state);
  const apps = state.applications.filter((a) => ids.includes(a.id));
  const conflicts = conflictsOf(state, policy.rollen);
  const completeness = completenessPerRole(policy.rollen, ids, rubric.items.map((i) => i.id), state.scores, conflicts);
  const gaps = state.scores.length === 0 ? [] : checkCompleteness(ids, state.scores, rubric, policy.rollen, { belangen: state.declarations, teamkeuzes: policy.teamkeuzes }).filter((c) => !c.compleet);
  const handoutInput = () => ({ roles: policy.rollen, applications: apps, rubric, policy, declarations: state.declarations, tijdstip: services.now() });

  /** Shared-workbook mode: shows and hides the score sheets for the completeness given. */
  const applyVisibility = async (hide: boolean, scores = state.scores, declared = state.declarations) => {
    const plan = visibilityPlan(completenessPerRole(policy.rollen, ids, rubric.items.map((i) => i.id), scores, conflictsOf({ declarations: declared }, policy.rollen)), hide);
    await workbook.setScoreSheetVisibility(plan);
    setHidden(plan.filter((p) => !p.zichtbaar).map((p) => scoreSheetName(p.rol)));
  };

  const createSheets = () =>
    action.run(async () => {
      await workbook.createScoreSheets(policy.rollen, apps, rubric);
      dispatch({ type: 'scoreSheetsCreated' });
    });
  const readScores = () =>
    action.run(async () => {
      const read: TypedScores = await workbook.readScores(rubric);
      dispatch({ type: 'scoresRead', scores: read.scores, problems: read.problems, consensus: read.consensus });
      if (read.declarations) dispatch({ type: 'declarationsRead', read: read.declarations });
      if (state.hideScoreSheets) await applyVisibility(true, read.scores, read.declarations?.declarations);
    });
  const saveDeclaration = (declaration: Declaration) =>
    action.run(async () => {
      const read = await workbook.saveDeclaration(declaration, rubric, policy.rollen, apps.find((a) => a.id === declaration.aanvraag)?.naamInitiatief);
      dispatch({ type: 'declarationsRead', read });
    });
  const toggleHidden = (hide: boolean) =>
    action.run(async () => {
      dispatch({ type: 'hideScoreSheets', hide });
      await applyVisibility(hide);
    });
  const makeFiles = async () => {
    let made: Awaited<ReturnType<typeof services.handout.makeFiles>> = [];
    await action.run(async () => {
      made = await services.handout.makeFiles(handoutInput());
    });
    return made;
  };
  const readReturned = (dropped: File[]) =>
    action.run(async () => {
      const added = await Promise.all(dropped.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
      const files = withFiles(state.returnedFiles, added);
      const readBack = await services.handout.readBack(files, handoutInput());
      await workbook.writeReturnedScores(readBack.scores, apps, rubric, policy.rollen, files.map((f) => f.name).join(', '));
      dispatch({ type: 'returnedRead', files, readBack });
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
          <Accordion collapsible multiple>
            <RubricPanel rubric={rubric} />
            <AccordionItem value="belangen">
              <AccordionHeader size="small">{state.declarationsRead ? t('coi.title', { n: conflicts.length }) : t('coi.titleUnread')}</AccordionHeader>
              <AccordionPanel>
                <DeclarationPanel
                  applications={apps.map((a) => ({ id: a.id, title: appTitle(a, a.id) }))}
                  roles={policy.rollen}
                  declarations={state.declarations}
                  late={state.lateDeclarations}
                  problems={state.declarationProblems}
                  now={services.now}
                  busy={action.busy}
                  onSave={saveDeclaration}
                />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="bestanden">
              <AccordionHeader size="small">{t('handout.title')}</AccordionHeader>
              <AccordionPanel>
                <HandoutPanel busy={action.busy} onMake={makeFiles} onFiles={readReturned} readBack={state.readBack} />
              </AccordionPanel>
            </AccordionItem>
            <AccordionItem value="gedeeld">
              <AccordionHeader size="small">{t('shared.title')}</AccordionHeader>
              <AccordionPanel>
                <SharedModePanel hide={state.hideScoreSheets} busy={action.busy} onChange={toggleHidden} hidden={hidden} />
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
          {state.sheetProblems.length > 0 && <ProblemList problems={state.sheetProblems} />}
          <div className={styles.roles}>
            {completeness.map((c) => (
              <Field
                key={c.rol}
                label={t('score.completeness', { rol: c.rol, ingevuld: c.ingevuld, verwacht: c.verwacht })}
                hint={c.uitgesloten > 0 ? t('score.excluded', { n: c.uitgesloten }) : undefined}
              >
                <ProgressBar value={c.verwacht === 0 ? 1 : c.ingevuld / c.verwacht} max={1} color={c.ingevuld >= c.verwacht ? 'success' : 'brand'} />
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
            <NextButton label={t('score.next')} onClick={() => goTo('overleg')} />
          </Actions>
        </>
      )}
    </StepLayout>
  );
}
