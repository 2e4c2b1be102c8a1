import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { lazyServices } from './adapters/lazy';
import { officeHostInfo, whenOfficeReady } from '../excel/host';
import { languageFor, loadLanguage } from './i18n';
import { preloadSteps } from './steps/lazy';
import { themeFor } from './theme';

/** The services, whose code loads after the first step is on screen (adapters/lazy.ts). */
const SERVICES = lazyServices(async () => (await import('./adapters/start')).addinServices());

async function start(): Promise<void> {
  const host = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
  const { displayLanguage, theme } = officeHostInfo();
  const language = languageFor(displayLanguage);
  document.documentElement.lang = language === 'nl' ? 'nl-NL' : 'en-US';
  // Both resolve at once for a Dutch, light Office; English or dark wait for their own chunk.
  const [fluentTheme] = await Promise.all([themeFor(theme), loadLanguage(language)]);
  createRoot(host).render(
    <>
      <App services={SERVICES} language={language} theme={fluentTheme} />
      <AfterFirstRender run={afterStart} />
    </>,
  );
}

/** Runs `run` once, after React has put the first screen in the document (effects run after the commit). */
function AfterFirstRender({ run }: { run: () => void }) {
  useEffect(() => {
    // A task later, so the browser paints the first step before it parses anything else.
    const timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }, [run]);
  return null;
}

/**
 * What the pane does not need for its first step, loaded once that step is on screen: the
 * =ZK.* functions (shared runtime: this page loads functions.js; webpack.config.js leaves it
 * out of the page's head) and the other steps' chunks. Timers, not animation frames, so this
 * also runs when Excel keeps the runtime's page hidden.
 */
function afterStart(): void {
  const script = document.createElement('script');
  script.src = FUNCTIONS_SCRIPT;
  document.head.appendChild(script);
  setTimeout(() => void preloadSteps(), 500);
}

/** The functions bundle, next to taskpane.js in dist/. */
const FUNCTIONS_SCRIPT = 'functions.js';

whenOfficeReady(() => {
  start().catch((error: unknown) => {
    // A chunk that cannot load (a network hiccup inside Office): say so instead of an empty pane.
    document.body.textContent = `ZK Beoordeling kon niet starten: ${error instanceof Error ? error.message : String(error)}. Sluit het taakvenster en open het opnieuw.`;
  });
});
