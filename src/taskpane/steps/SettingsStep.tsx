import { Button, Field, makeStyles, Radio, RadioGroup, Switch, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Problem } from '../../rules/outcome';
import { updateSettings, type Aggregation } from '../../shared/settings';
import { FieldGrid } from '../components/FieldGrid';
import { FileDrop } from '../components/FileDrop';
import { NumberField } from '../components/NumberField';
import { ProblemList } from '../components/ProblemList';
import { TeamSettingsForm } from '../components/TeamSettingsForm';
import { TEAM_SETTING_TEXTS } from '../../rules/team-settings';
import { changedTeamSettings } from '../../rules/team-settings-display';
import { Actions, StepLayout } from '../components/StepLayout';
import { useT } from '../i18n';
import { useServices } from '../servicesContext';
import { useAction } from '../useAction';
import { usePolicy, useRubric, useSettings } from '../useSettings';
import { itemLabel } from '../../rules/scoring/rubric-2021';
import type { StepProps } from './types';

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0, overflowWrap: 'anywhere' },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  // The form is longer than a narrow pane: saving stays in reach at the bottom of the screen.
  saveBar: {
    position: 'sticky',
    bottom: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

export function SettingsStep(_props: StepProps) {
  const styles = useStyles();
  const t = useT();
  const services = useServices();
  const settings = useSettings();
  const policy = usePolicy();
  const action = useAction();
  const [policyProblems, setPolicyProblems] = useState<Problem[]>([]);
  const [saved, setSaved] = useState(false);
  const rubric = useRubric();
  const changed = changedTeamSettings((settings.policy ?? services.screening.defaultPolicy()).teamkeuzes, settings.teamkeuzes);

  const loadPolicy = (files: File[]) =>
    action.run(async () => {
      const file = files[0];
      const result = await services.screening.loadPolicy(file.name, await file.text());
      setPolicyProblems(result.problems);
      if (result.policy) updateSettings({ policy: result.policy, weights: {} });
    });

  const save = () =>
    action.run(async () => {
      await services.workbook.writeSettings(settings, policy, Object.fromEntries(rubric.items.map((i) => [i.id, i.gewicht])));
      setSaved(true);
    });

  return (
    <StepLayout title={t('settings.title')} intro={t('settings.intro')} busy={action.busy} error={action.error}>
      <div className={styles.block}>
        <h3 className={styles.subheading}>{t('settings.policy')}</h3>
        <Text>{t('settings.policyCurrent', { naam: policy.naam, id: policy.id, versie: policy.versie })}</Text>
        <Text size={200}>{policy.bron}</Text>
        <FileDrop accept=".json" multiple={false} buttonLabel={t('settings.policyLoad')} hint={t('settings.policyHint')} onFiles={loadPolicy} />
        {settings.policy && (
          <Actions>
            <Button onClick={() => updateSettings({ policy: null, weights: {} })}>{t('settings.policyDefault')}</Button>
          </Actions>
        )}
        {policyProblems.length > 0 && <ProblemList problems={policyProblems} />}
      </div>
      <div className={styles.block}>
        <h3 className={styles.subheading}>{t('settings.weights')}</h3>
        <Text size={200}>{t('settings.weightsHint')}</Text>
        <FieldGrid>
          {rubric.items.map((item) => (
            <NumberField
              key={item.id}
              label={t('rank.weightOf', { id: itemLabel(rubric, item.id) })}
              hint={item.tekst}
              value={item.gewicht}
              invalidMessage={t('common.notANumber')}
              validate={(n) => (n >= 0 ? null : t('settings.weightNegative'))}
              onCommit={(n) => updateSettings({ weights: { ...settings.weights, [item.id]: n } })}
            />
          ))}
        </FieldGrid>
      </div>
      <div className={styles.block}>
        <h3 className={styles.subheading}>{t('settings.ranking')}</h3>
        <NumberField
          label={t('settings.seed')}
          hint={t('settings.seedHint')}
          value={settings.seed}
          invalidMessage={t('common.notANumber')}
          validate={(n) => (Number.isInteger(n) && n >= 0 ? null : t('settings.seedInvalid'))}
          onCommit={(n) => updateSettings({ seed: n })}
        />
        <Field label={t('settings.aggregation')}>
          <RadioGroup value={settings.aggregation} onChange={(_, d) => updateSettings({ aggregation: d.value as Aggregation })}>
            <Radio value="gemiddelde" label={t('settings.mean')} />
            <Radio value="mediaan" label={t('settings.median')} />
          </RadioGroup>
        </Field>
        <Switch checked={settings.normalise} label={t('rank.normalise')} onChange={(_, d) => updateSettings({ normalise: d.checked })} />
      </div>
      <div className={styles.block}>
        <h3 className={styles.subheading}>{t('settings.team')}</h3>
        <Text size={200}>{t('settings.teamHint')}</Text>
        <TeamSettingsForm current={policy.teamkeuzes} onChange={(change) => updateSettings({ teamkeuzes: { ...settings.teamkeuzes, ...change } })} />
        {changed.length > 0 && (
          <>
            <Text size={200}>{t('settings.teamChanged', { lijst: changed.map((id) => TEAM_SETTING_TEXTS[id].label.toLowerCase()).join(', ') })}</Text>
            <Actions>
              <Button onClick={() => updateSettings({ teamkeuzes: {} })}>{t('settings.teamReset')}</Button>
            </Actions>
          </>
        )}
      </div>
      <div className={styles.saveBar}>
        <Actions>
          <Button appearance="primary" onClick={save} disabled={action.busy}>
            {t('settings.save')}
          </Button>
        </Actions>
        {saved && <Text role="status">{t('settings.saved')}</Text>}
      </div>
    </StepLayout>
  );
}
