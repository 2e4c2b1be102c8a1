import { FluentProvider, makeStyles, MessageBar, MessageBarBody, Tab, TabList, Text, tokens, type Theme } from '@fluentui/react-components';
import { useCallback, useEffect, useReducer, useRef, useState, type ComponentType } from 'react';
import type { Problem } from '../rules/outcome';
import { updateSettings } from '../shared/settings';
import { ProblemList } from './components/ProblemList';
import { settingsFromRows } from './model/settingRows';
import { useServices } from './servicesContext';
import { useAction } from './useAction';
import { I18nProvider, translator, type Language } from './i18n';
import type { MessageKey } from './i18n/nl';
import { initialState, paneReducer, type PaneState } from './model/state';
import type { PaneServices } from './services';
import { ServicesContext } from './servicesContext';
import { BiStep } from './steps/BiStep';
import { ImportStep } from './steps/ImportStep';
import { ModulesStep } from './steps/ModulesStep';
import { MeetingStep } from './steps/MeetingStep';
import { RankStep } from './steps/RankStep';
import { ScoreStep } from './steps/ScoreStep';
import { ScreenStep } from './steps/ScreenStep';
import { SelectStep } from './steps/SelectStep';
import { SettingsStep } from './steps/SettingsStep';
import { STEP_IDS, type StepId, type StepProps } from './steps/types';
import { usePolicy } from './useSettings';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    maxWidth: '100%',
    boxSizing: 'border-box',
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    // Form controls never push the pane wider than Office makes it (320 px by default).
    '& .fui-Select, & .fui-Input, & .fui-Textarea, & .fui-Field': { maxWidth: '100%', minWidth: 0 },
    '& select, & input, & textarea': { minWidth: 0, maxWidth: '100%' },
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  policy: { color: tokens.colorNeutralForeground2 },
  tabs: { flexWrap: 'wrap', rowGap: tokens.spacingVerticalXXS },
  panel: { minWidth: 0, outline: 'none' },
});

const STEPS: Record<StepId, { label: MessageKey; Component: ComponentType<StepProps> }> = {
  importeren: { label: 'tab.importeren', Component: ImportStep },
  toetsen: { label: 'tab.toetsen', Component: ScreenStep },
  beoordelen: { label: 'tab.beoordelen', Component: ScoreStep },
  overleg: { label: 'tab.overleg', Component: MeetingStep },
  rangschikken: { label: 'tab.rangschikken', Component: RankStep },
  selectie: { label: 'tab.selectie', Component: SelectStep },
  behandelindex: { label: 'tab.behandelindex', Component: BiStep },
  modules: { label: 'tab.modules', Component: ModulesStep },
  instellingen: { label: 'tab.instellingen', Component: SettingsStep },
};

export interface AppProps {
  services: PaneServices;
  language: Language;
  theme: Theme;
  initialStep?: StepId;
  /** For tests: start from a given state. */
  initial?: PaneState;
}

function Pane({ initialStep, initial, language }: Pick<AppProps, 'initialStep' | 'initial' | 'language'>) {
  const styles = useStyles();
  const t = translator(language);
  const policy = usePolicy();
  const [state, dispatch] = useReducer(paneReducer, initial ?? initialState);
  const [step, setStep] = useState<StepId>(initialStep ?? 'importeren');
  const panel = useRef<HTMLDivElement>(null);
  const focusPending = useRef(false);

  const goTo = useCallback((next: StepId) => {
    focusPending.current = true;
    setStep(next);
  }, []);

  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    panel.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [step]);

  const services = useServices();
  const startup = useAction();
  const [restored, setRestored] = useState<{ beleid?: string; problems: Problem[] } | null>(null);

  // A workbook remembers its applications (Aanvragen, Deelnemers, Begroting) and its seed, weights
  // and BI settings (Instellingen), whether the add-in or `zk` wrote it: carry on with them.
  useEffect(() => {
    void startup.run(async () => {
      const stored = await services.workbook.readApplications();
      if (stored && stored.applications.length > 0) dispatch({ type: 'restored', applications: stored.applications, problems: stored.problems });
      const rows = await services.workbook.readSettings();
      if (rows.length === 0) return;
      const { patch, beleid, problems } = settingsFromRows(rows);
      updateSettings(patch);
      setRestored({ beleid, problems });
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const policyKey = `${policy.id} ${policy.versie}`;

  const { Component } = STEPS[step];
  return (
    <div className={styles.root}>
      <header>
        <h1 className={styles.title}>{t('app.title')}</h1>
        <Text size={200} className={styles.policy}>
          {t('app.policy', { naam: policy.naam, versie: policy.versie })}
        </Text>
      </header>
      {startup.error && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('app.settingsUnread', { melding: startup.error })}</MessageBarBody>
        </MessageBar>
      )}
      {restored?.beleid && restored.beleid !== policyKey && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('app.otherPolicy', { beleid: restored.beleid, huidig: policyKey })}</MessageBarBody>
        </MessageBar>
      )}
      {restored && restored.problems.length > 0 && <ProblemList problems={restored.problems} />}
      <nav aria-label={t('app.steps')}>
        <TabList className={styles.tabs} size="small" selectedValue={step} onTabSelect={(_, data) => setStep(data.value as StepId)}>
          {STEP_IDS.map((id) => (
            <Tab key={id} value={id} id={`tab-${id}`} aria-controls="zk-panel">
              {t(STEPS[id].label)}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main id="zk-panel" role="tabpanel" aria-labelledby={`tab-${step}`} ref={panel} className={styles.panel}>
        <Component state={state} dispatch={dispatch} goTo={goTo} />
      </main>
    </div>
  );
}

/** The task pane: Fluent theme, language and services around the steps. */
export function App({ services, language, theme, initialStep, initial }: AppProps) {
  return (
    <FluentProvider theme={theme} lang={language === 'nl' ? 'nl-NL' : 'en-US'}>
      <I18nProvider language={language}>
        <ServicesContext.Provider value={services}>
          <Pane initialStep={initialStep} initial={initial} language={language} />
        </ServicesContext.Provider>
      </I18nProvider>
    </FluentProvider>
  );
}
