import { FluentProvider, makeStyles, Text, tokens, type Theme } from '@fluentui/react-components';
import { Suspense, useCallback, useEffect, useReducer, useRef, useState, type ComponentType } from 'react';
import type { Problem } from '../rules/outcome';
import { Notice, StepFallback } from './components/Feedback';
import { ProblemList } from './components/ProblemList';
import { StepTabsPlaceholder } from './components/StepTabsPlaceholder';
import { useServices } from './servicesContext';
import { useAction } from './useAction';
import { I18nProvider, translator, type Language } from './i18n';
import type { MessageKey } from './i18n/nl';
import { initialState, paneReducer, type PaneState } from './model/state';
import type { PaneServices } from './services';
import { ServicesContext } from './servicesContext';
import { ImportStep } from './steps/ImportStep';
import { lazyPart, lazyStep } from './steps/lazy';
import { STEP_IDS, type StepId, type StepProps } from './steps/types';

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

/**
 * The steps. The first one is in the pane's first chunk; every other step is its own chunk,
 * loaded when it is opened (or, after the first paint, in the background: steps/lazy.ts), so
 * the pane starts with only what the import step needs. A new step is added the same way:
 * `lazyStep(() => import('./steps/XStep'), 'XStep')`.
 */
const STEPS: Record<StepId, { label: MessageKey; Component: ComponentType<StepProps> }> = {
  importeren: { label: 'tab.importeren', Component: ImportStep },
  toetsen: { label: 'tab.toetsen', Component: lazyStep(() => import('./steps/ScreenStep'), 'ScreenStep') },
  beoordelen: { label: 'tab.beoordelen', Component: lazyStep(() => import('./steps/ScoreStep'), 'ScoreStep') },
  overleg: { label: 'tab.overleg', Component: lazyStep(() => import('./steps/MeetingStep'), 'MeetingStep') },
  rangschikken: { label: 'tab.rangschikken', Component: lazyStep(() => import('./steps/RankStep'), 'RankStep') },
  selectie: { label: 'tab.selectie', Component: lazyStep(() => import('./steps/SelectStep'), 'SelectStep') },
  behandelindex: { label: 'tab.behandelindex', Component: lazyStep(() => import('./steps/BiStep'), 'BiStep') },
  modules: { label: 'tab.modules', Component: lazyStep(() => import('./steps/ModulesStep'), 'ModulesStep') },
  instellingen: { label: 'tab.instellingen', Component: lazyStep(() => import('./steps/SettingsStep'), 'SettingsStep') },
};

export interface AppProps {
  services: PaneServices;
  language: Language;
  theme: Theme;
  initialStep?: StepId;
  /** For tests: start from a given state. */
  initial?: PaneState;
}

/** The policy line under the title: its own chunk (components/PolicyLine.tsx says why). */
const PolicyLine = lazyPart(() => import('./components/PolicyLine'), (m) => m.PolicyLine);
const OtherPolicyWarning = lazyPart(() => import('./components/PolicyLine'), (m) => m.OtherPolicyWarning);
/** The tab bar: its own chunk, asked for once the first step is on screen (components/StepTabs.tsx). */
const StepTabs = lazyPart(() => import('./components/StepTabs'), (m) => m.StepTabs);

function Pane({ initialStep, initial, language }: Pick<AppProps, 'initialStep' | 'initial' | 'language'>) {
  const styles = useStyles();
  const t = translator(language);
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
  // The first step is shown at once; the others, and the policy line, once the services' code is there.
  const [ready, setReady] = useState(() => !services.ready);
  useEffect(() => {
    if (ready || !services.ready) return;
    let live = true;
    void services.ready().then(
      () => live && setReady(true),
      () => live && setReady(true),
    );
    return () => {
      live = false;
    };
  }, [ready, services]);
  // The tab bar's code is asked for after the first paint (a task after React's commit), so
  // loading it never holds up the first step; a render without effects (tests) has it at once.
  const [tabsWanted, setTabsWanted] = useState(() => !services.ready);
  useEffect(() => {
    const timer = setTimeout(() => setTabsWanted(true), 0);
    return () => clearTimeout(timer);
  }, []);
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
      // Loaded here, not with the pane: the settings bring the policies (and zod).
      const [{ settingsFromRows }, { updateSettings }] = await Promise.all([import('./model/settingRows'), import('../shared/settings')]);
      const { patch, beleid, problems } = settingsFromRows(rows);
      updateSettings(patch);
      setRestored({ beleid, problems });
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const { Component } = STEPS[step];
  const tabs = STEP_IDS.map((id) => ({ id, label: t(STEPS[id].label) }));
  return (
    <div className={styles.root}>
      <header>
        <h1 className={styles.title}>{t('app.title')}</h1>
        {ready ? (
          <Suspense fallback={<Text size={200}>&nbsp;</Text>}>
            <PolicyLine className={styles.policy} />
          </Suspense>
        ) : (
          <Text size={200}>&nbsp;</Text>
        )}
      </header>
      {startup.error && (
        <Notice intent="warning">{t('app.settingsUnread', { melding: startup.error })}</Notice>
      )}
      {ready && restored?.beleid && (
        <Suspense fallback={null}>
          <OtherPolicyWarning restoredPolicy={restored.beleid} />
        </Suspense>
      )}
      {restored && restored.problems.length > 0 && <ProblemList problems={restored.problems} />}
      <nav aria-label={t('app.steps')}>
        {tabsWanted ? (
          <Suspense fallback={<StepTabsPlaceholder className={styles.tabs} tabs={tabs} selected={step} />}>
            <StepTabs className={styles.tabs} tabs={tabs} selected={step} onSelect={(id) => setStep(id as StepId)} />
          </Suspense>
        ) : (
          <StepTabsPlaceholder className={styles.tabs} tabs={tabs} selected={step} />
        )}
      </nav>
      <main id="zk-panel" role="tabpanel" aria-labelledby={`tab-${step}`} ref={panel} className={styles.panel}>
        <Suspense fallback={<StepFallback />}>{ready || step === 'importeren' ? <Component state={state} dispatch={dispatch} goTo={goTo} /> : <StepFallback />}</Suspense>
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
