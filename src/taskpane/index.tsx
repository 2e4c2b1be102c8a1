import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createServices } from './adapters';
import { excelWorkbook } from './adapters/workbook';
import { languageFor } from './i18n';
import { themeFor, type OfficeThemeColors } from './theme';

/** What the pane reads from Office once it is ready; absent outside Office (plain browser). */
function officeContext(): { displayLanguage?: string; theme?: OfficeThemeColors } {
  if (typeof Office === 'undefined' || !Office.context) return {};
  return { displayLanguage: Office.context.displayLanguage, theme: Office.context.officeTheme ?? undefined };
}

function start(): void {
  const host = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
  const { displayLanguage, theme } = officeContext();
  const language = languageFor(displayLanguage);
  document.documentElement.lang = language === 'nl' ? 'nl-NL' : 'en-US';
  createRoot(host).render(<App services={createServices(excelWorkbook())} language={language} theme={themeFor(theme)} />);
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  void Office.onReady(() => start());
} else {
  start();
}
