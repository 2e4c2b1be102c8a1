import { Button, Field, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { EligibilityResult } from '../../rules/outcome';
import { TEAM_DECISION_LABELS, type TeamDecision, type TeamDecisionKind, isIsoDate, missingItems, proposedReplyDate } from '../../rules/team-decision';
import { useT } from '../i18n';
import type { PaneAction, PaneState } from '../model/state';
import { useServices } from '../servicesContext';
import { useAction } from '../useAction';
import { usePolicy } from '../useSettings';
import { FieldGrid } from './FieldGrid';
import { ChoiceField, RequiredTextField } from './FormFields';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground2 },
  start: { alignSelf: 'flex-start' },
});

export interface TeamDecisionFormProps {
  aanvraag: string;
  /** The decision already taken, shown and used as the form's start. */
  current?: TeamDecision;
  /** The reply date proposed for a request: the decision date plus the team's term. */
  proposedDate: string;
  roles: readonly string[];
  now: () => string;
  busy?: boolean;
  onSave: (besluit: TeamDecision) => void;
}

/**
 * The team's decision on one incomplete application: ask for the missing items (with a reply
 * date, proposed from the team's term) or reject (only with a written motivation).
 */
export function TeamDecisionForm({ aanvraag, current, proposedDate, roles, now, busy, onSave }: TeamDecisionFormProps) {
  const styles = useStyles();
  const t = useT();
  const [kind, setKind] = useState<TeamDecisionKind>(current?.besluit ?? 'aanvulling');
  const [date, setDate] = useState(current?.antwoordVoor ?? proposedDate);
  const [motivering, setMotivering] = useState(current?.motivering ?? '');
  const [wie, setWie] = useState(current?.wie ?? '');
  const [rol, setRol] = useState(current?.rol ?? roles[0] ?? '');
  const [tried, setTried] = useState(false);
  const dateWrong = kind === 'aanvulling' && !isIsoDate(date.trim());

  const save = () => {
    setTried(true);
    if (!wie.trim() || dateWrong || (kind === 'afwijzen' && !motivering.trim())) return;
    onSave({ aanvraag, besluit: kind, motivering: motivering.trim(), ...(kind === 'aanvulling' ? { antwoordVoor: date.trim() } : {}), wie: wie.trim(), ...(rol ? { rol } : {}), tijdstip: now() });
  };

  return (
    <div className={styles.form} role="group" aria-label={`${t('decision.title')} ${aanvraag}`}>
      <ChoiceField
        label={t('decision.kind')}
        value={kind}
        choices={[
          { value: 'aanvulling', label: t('decision.ask') },
          { value: 'afwijzen', label: t('decision.reject') },
        ]}
        onChange={(v) => setKind(v as TeamDecisionKind)}
      />
      {kind === 'aanvulling' && (
        <Field label={t('decision.replyBy')} required validationState={tried && dateWrong ? 'error' : 'none'} validationMessage={tried && dateWrong ? t('decision.replyMissing') : undefined}>
          <Input value={date} onChange={(_, data) => setDate(data.value)} />
        </Field>
      )}
      {kind === 'afwijzen' ? (
        <RequiredTextField label={t('decision.motivation')} value={motivering} onChange={setMotivering} showMissing={tried} missingMessage={t('decision.motivationMissing')} multiline />
      ) : (
        <Field label={t('decision.motivationOptional')}>
          <Input value={motivering} onChange={(_, data) => setMotivering(data.value)} />
        </Field>
      )}
      <FieldGrid>
        <RequiredTextField label={t('decision.name')} value={wie} onChange={setWie} showMissing={tried} missingMessage={t('decision.nameMissing')} />
        {roles.length > 0 && <ChoiceField label={t('decision.role')} value={rol} choices={roles} onChange={setRol} />}
      </FieldGrid>
      <Button className={styles.start} appearance="primary" onClick={save} disabled={busy} aria-label={t('decision.saveFor', { app: aanvraag })}>
        {t('decision.save')}
      </Button>
    </div>
  );
}

/**
 * What ScreenStep shows under an incomplete application: that the team must decide, what is
 * missing, the decision taken so far, and the form. Saving writes the Besluiten sheet (one
 * workbook action, with its audit row) and keeps the decision for the ranking.
 */
export function TeamDecisionSection({ result, state, dispatch }: { result: EligibilityResult; state: PaneState; dispatch: (action: PaneAction) => void }) {
  const styles = useStyles();
  const t = useT();
  const services = useServices();
  const policy = usePolicy();
  const action = useAction();
  const current = state.teamDecisions.find((b) => b.aanvraag === result.id);
  const missing = missingItems(result.checks).map((m) => [m.id, ...m.alsoIds].join('/'));
  const datum = policy.besluitDatum ?? services.now().slice(0, 10);

  // The Besluiten sheet is the source of truth: read it once per session, when the team first opens
  // an incomplete application (one workbook action), so a decision taken earlier shows and counts.
  useEffect(() => {
    if (state.teamDecisionsRead) return;
    void action.run(async () => {
      const read = await services.workbook.readTeamDecisions(datum);
      dispatch({ type: 'teamDecisionsRead', decisions: read.besluiten, problems: read.problems });
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const save = (besluit: TeamDecision) =>
    action.run(async () => {
      await services.workbook.saveTeamDecision(besluit, datum);
      dispatch({ type: 'teamDecided', decisions: [...state.teamDecisions.filter((b) => b.aanvraag !== besluit.aanvraag), besluit] });
    });

  return (
    <section aria-label={`${t('decision.title')} ${result.id}`}>
      <Text size={200} weight="semibold">
        {current ? t('decision.current', { besluit: TEAM_DECISION_LABELS[current.besluit], wie: current.wie }) : t('decision.needed')}
      </Text>
      <Text size={200} className={styles.muted} block>
        {t('decision.missing', { items: missing.join(', ') })}
      </Text>
      {action.error && (
        <Text size={200} role="alert" block>
          {action.error}
        </Text>
      )}
      <TeamDecisionForm aanvraag={result.id} current={current} proposedDate={proposedReplyDate(datum, policy.teamkeuzes)} roles={policy.rollen} now={services.now} busy={action.busy} onSave={save} />
    </section>
  );
}
