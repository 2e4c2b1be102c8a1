import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createServices } from './adapters';
import { excelWorkbook } from './adapters/workbook';
import { officeHostInfo, whenOfficeReady } from '../excel/host';
import { languageFor } from './i18n';
import { themeFor } from './theme';

function start(): void {
  const host = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
  const { displayLanguage, theme } = officeHostInfo();
  const language = languageFor(displayLanguage);
  document.documentElement.lang = language === 'nl' ? 'nl-NL' : 'en-US';
  createRoot(host).render(<App services={createServices(excelWorkbook())} language={language} theme={themeFor(theme)} />);
}

whenOfficeReady(start);
