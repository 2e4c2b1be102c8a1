import { webLightTheme } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import { App } from '../../src/taskpane/App';
import { loadLanguage, type Language } from '../../src/taskpane/i18n';
import { initialState, type PaneState } from '../../src/taskpane/model/state';
import { preloadSteps } from '../../src/taskpane/steps/lazy';
import type { StepId } from '../../src/taskpane/steps/types';
import { testServices } from './testServices';

// The steps after the first are chunks of their own (steps/lazy.tsx); a server render shows what
// is loaded, so every test file that renders the pane loads them first.
beforeAll(() => preloadSteps());
// English is a chunk of its own too (i18n/index.tsx), loaded by the pane before it renders in English.
beforeAll(() => loadLanguage('en'));

/** Static HTML of the pane at one step, and the same as plain text (tags stripped) for assertions. */
export function renderPane(step: StepId, state: Partial<PaneState> = {}, language: Language = 'nl') {
  const html = renderToStaticMarkup(
    <App services={testServices()} language={language} theme={webLightTheme} initialStep={step} initial={{ ...initialState, ...state }} />,
  );
  const text = html
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
  return { html, text };
}
