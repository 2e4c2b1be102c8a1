import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Application } from '../../rules/application';
import type { EligibilityResult, Override } from '../../rules/outcome';
import { CheckList } from '../components/CheckList';
import { ProblemList } from '../components/ProblemList';
import { ResultRow, ResultRows } from '../components/ResultRow';
import { StatusBadge } from '../components/StatusBadge';
import { TeamDecisionSection } from '../components/TeamDecisionForm';
import { Actions, NextButton, StepLayout } from '../components/StepLayout';
import { useT } from '../i18n';
import { screenFromSheet } from '../model/screenFlow';
import { useServices } from '../servicesContext';
import { useAction } from '../useAction';
import { usePolicy } from '../useSettings';
import type { StepProps } from './types';

const useStyles = makeStyles({
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** The knock-outs that keep an application from `geschikt`: failed first, then unknown. */
export function decidingChecks(result: EligibilityResult): string {
  const ids = (status: string) => result.checks.filter((c) => c.knockout && c.status === status).map((c) => c.id);
  return [...ids('voldoet niet'), ...ids('onbekend')].join(', ');
}

export function appTitle(app: Application | undefined, id: string): string {
  return app?.naamInitiatief?.trim() || app?.naamSamenwerkingsverband?.trim() || id;
}

export function ScreenStep({ state, dispatch, goTo }: StepProps) {
  const styles = useStyles();
  const t = useT();
  const services = useServices();
  const policy = usePolicy();
  const action = useAction();
  const [editing, setEditing] = useState<string | null>(null);
  const byId = new Map(state.applications.map((a) => [a.id, a]));

  /** The Toetsing sheet is the source of truth: screen with what it holds (and an explicit override written over its check). */
  const screenWith = async (explicit: { aanvraag: string; override: Override }[] = []) => {
    const outcome = await screenFromSheet(services, state.applications, policy, explicit);
    if (!outcome) throw new Error(t('screen.notScreened'));
    return outcome;
  };

  const screenAll = () =>
    action.run(async () => {
      const { eligibility, overrides, problems } = await screenWith();
      dispatch({ type: 'screened', eligibility, overrides, problems });
    });

  const saveOverride = (aanvraag: string, override: Override) =>
    action.run(async () => {
      const { eligibility, overrides, problems } = await screenWith([{ aanvraag, override }]);
      dispatch({ type: 'screened', eligibility, overrides, problems });
      setEditing(null);
    });

  /** The row's one line: what decided a rejection, else where the application belongs. */
  const oneLine = (result: EligibilityResult): string => {
    if (result.status === 'geschikt') return t('screen.region', { id: result.id, regio: result.regio ?? t('screen.noRegion') });
    const first = result.checks.find((c) => c.knockout && c.status === 'voldoet niet') ?? result.checks.find((c) => c.knockout && c.status === 'onbekend');
    return t('screen.line', { checks: decidingChecks(result), reden: first ? (first.override?.reden ?? first.reden) : '' });
  };

  const count = (status: EligibilityResult['status']) => state.eligibility.filter((r) => r.status === status).length;

  return (
    <StepLayout title={t('screen.title')} intro={t('screen.intro', { policy: `${policy.naam} (${policy.versie})` })} busy={action.busy} error={action.error}>
      {state.applications.length === 0 ? (
        <Text>{t('screen.nothing')}</Text>
      ) : (
        <Actions>
          <Button appearance="primary" onClick={screenAll} disabled={action.busy}>
            {t('screen.run', { n: state.applications.length })}
          </Button>
        </Actions>
      )}
      {state.sheetProblems.length > 0 && <ProblemList problems={state.sheetProblems} />}
      {state.eligibility.length > 0 && (
        <>
          <div className={styles.counts} role="status">
            <StatusBadge status="geschikt" /> <Text>{count('geschikt')}</Text>
            <StatusBadge status="niet geschikt" /> <Text>{count('niet geschikt')}</Text>
            <StatusBadge status="onvolledig" /> <Text>{count('onvolledig')}</Text>
          </div>
          <ResultRows label={t('screen.listLabel')}>
            {state.eligibility.map((result) => (
              <ResultRow
                key={result.id}
                id={result.id}
                title={appTitle(byId.get(result.id), result.id)}
                chip={<StatusBadge status={result.status} />}
                line={oneLine(result)}
              >
                {result.status !== 'geschikt' && (
                  <Text size={200} className={styles.muted}>
                    {t('screen.region', { id: result.id, regio: result.regio ?? t('screen.noRegion') })}
                  </Text>
                )}
                <CheckList
                  aanvraag={result.id}
                  checks={result.checks}
                  roles={policy.rollen}
                  now={services.now}
                  editing={editing}
                  onEdit={setEditing}
                  onSave={(o) => saveOverride(result.id, o)}
                />
                {result.status === 'onvolledig' && <TeamDecisionSection result={result} state={state} dispatch={dispatch} />}
              </ResultRow>
            ))}
          </ResultRows>
          <Actions>
            <NextButton label={t('screen.next')} onClick={() => goTo('beoordelen')} />
          </Actions>
        </>
      )}
    </StepLayout>
  );
}
