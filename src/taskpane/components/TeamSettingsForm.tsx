import { Field, Radio, RadioGroup, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { TeamSettingId, TeamSettings } from '../../rules/team-settings';
import { teamSettingLines, teamSettingOptions } from '../../rules/team-settings-display';
import { useT } from '../i18n';
import { NumberField } from './NumberField';

const useStyles = makeStyles({
  setting: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  why: { color: tokens.colorNeutralForeground3 },
});

export interface TeamSettingsFormProps {
  /** The team settings in force: the policy's, with the changes made here. */
  current: TeamSettings;
  onChange: (change: Partial<TeamSettings>) => void;
}

/**
 * The team's choices where the sources are silent (src/rules/team-settings.ts): each with its
 * value, its default and why it is a choice, so nobody mistakes one for Zilveren Kruis policy.
 */
export function TeamSettingsForm({ current, onChange }: TeamSettingsFormProps) {
  const styles = useStyles();
  const t = useT();
  return (
    <>
      {teamSettingLines(current).map((line) => {
        const why = (
          <Text size={200} className={styles.why}>
            {t('settings.teamDefault', { standaard: line.standaard })} {line.waarom}
          </Text>
        );
        return (
          <div key={line.id} className={styles.setting}>
            <SettingControl id={line.id} label={line.label} current={current} onChange={onChange} />
            {why}
          </div>
        );
      })}
    </>
  );
}

function SettingControl({ id, label, current, onChange }: { id: TeamSettingId; label: string } & TeamSettingsFormProps) {
  const t = useT();
  const options = teamSettingOptions(id);
  const value: unknown = current[id];
  if (options) {
    return (
      <Field label={label}>
        <RadioGroup value={String(value)} onChange={(_, d) => onChange({ [id]: d.value } as Partial<TeamSettings>)}>
          {options.map((o) => (
            <Radio key={o} value={o} label={o} />
          ))}
        </RadioGroup>
      </Field>
    );
  }
  if (id === 'minimumKwaliteit') {
    const q = current.minimumKwaliteit;
    const set = (change: Partial<TeamSettings['minimumKwaliteit']>) => onChange({ minimumKwaliteit: { ...q, ...change } });
    return (
      <Field label={label}>
        <Switch checked={q.aan} label={q.aan ? t('settings.teamOn') : t('settings.teamOff')} onChange={(_, d) => set({ aan: d.checked })} />
        {q.aan && (
          <>
            <NumberField label={t('settings.teamMinItem')} value={q.minItemScore ?? 0} invalidMessage={t('common.notANumber')} validate={(n) => (n >= 0 ? null : t('settings.weightNegative'))} onCommit={(n) => set({ minItemScore: n })} />
            <NumberField label={t('settings.teamMinTotal')} value={q.minTotaal ?? 0} invalidMessage={t('common.notANumber')} validate={(n) => (n >= 0 ? null : t('settings.weightNegative'))} onCommit={(n) => set({ minTotaal: n })} />
          </>
        )}
      </Field>
    );
  }
  if (typeof value === 'number') {
    return (
      <NumberField
        label={label}
        value={value}
        invalidMessage={t('common.notANumber')}
        validate={(n) => (Number.isInteger(n) && n > 0 ? null : t('settings.teamWholePositive'))}
        onCommit={(n) => onChange({ [id]: n } as Partial<TeamSettings>)}
      />
    );
  }
  // A setting with one value (an incomplete application is always the team's decision): shown, not changed.
  return (
    <Field label={label}>
      <Text>{teamSettingLines(current).find((l) => l.id === id)?.waarde}</Text>
    </Field>
  );
}
