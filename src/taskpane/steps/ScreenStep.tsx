import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Application } from '../../rules/application';
import type { EligibilityResult, Override } from '../../rules/outcome';
import { OverrideForm } from '../components/OverrideForm';
import { ProblemList } from '../components/ProblemList';
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
  header: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center', minWidth: 0, overflowWrap: 'anywhere' },
  checks: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  check: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
  checkHead: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  muted: { color: tokens.colorNeutralForeground2 },
  start: { alignSelf: 'flex-start' },
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
          <Accordion multiple collapsible>
            {state.eligibility.map((result) => (
              <AccordionItem key={result.id} value={result.id}>
                <AccordionHeader>
                  <span className={styles.header}>
                    <span>{appTitle(byId.get(result.id), result.id)}</span>
                    <StatusBadge status={result.status} />
                    {result.status !== 'geschikt' && (
                      <Text size={200} className={styles.muted}>
                        {t('screen.deciding', { checks: decidingChecks(result) })}
                      </Text>
                    )}
                  </span>
                </AccordionHeader>
                <AccordionPanel>
                  <Text size={200} className={styles.muted}>
                    {t('screen.region', { id: result.id, regio: result.regio ?? t('screen.noRegion') })}
                  </Text>
                  <ul className={styles.checks}>
                    {result.checks.map((check) => {
                      const key = `${result.id}/${check.id}`;
                      return (
                        <li key={check.id} className={styles.check}>
                          <span className={styles.checkHead}>
                            <Text weight="semibold">{[check.id, ...(check.alsoIds ?? [])].join(' = ')}</Text>
                            <StatusBadge status={check.status} />
                            {check.override && <Text size={200}>{t('screen.overridden', { by: check.override.beoordelaar, was: check.berekend ?? '' })}</Text>}
                          </span>
                          <Text size={200}>{check.label}</Text>
                          <Text size={200} className={styles.muted}>
                            {check.override ? check.override.reden : check.reden}
                          </Text>
                          {editing === key ? (
                            <OverrideForm
                              check={check}
                              roles={policy.rollen}
                              now={services.now}
                              onSave={(o) => saveOverride(result.id, o)}
                              onCancel={() => setEditing(null)}
                            />
                          ) : (
                            <Button className={styles.start} size="small" appearance="subtle" onClick={() => setEditing(key)} aria-label={t('screen.overrideButtonFor', { check: check.id, app: result.id })}>
                              {t('screen.overrideButton')}
                            </Button>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                  {result.status === 'onvolledig' && <TeamDecisionSection result={result} state={state} dispatch={dispatch} />}
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
          <Actions>
            <NextButton label={t('screen.next')} onClick={() => goTo('beoordelen')} />
          </Actions>
        </>
      )}
    </StepLayout>
  );
}
