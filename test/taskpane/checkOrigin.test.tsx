import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import type { CheckResult } from '../../src/rules/outcome';
import { CheckList } from '../../src/taskpane/components/CheckList';
import { I18nProvider, loadLanguage, type Language } from '../../src/taskpane/i18n';

// The English texts are a chunk of their own (i18n/index.tsx).
beforeAll(() => loadLanguage('en'));

const checks: CheckResult[] = [
  { id: 'K9', label: 'Tenminste 750 klanten', status: 'voldoet niet', reden: '749 klanten', velden: ['aantalZkKlanten'], knockout: true, bevindingen: [], herkomst: { soort: 'bron', document: 'samenwerken2021', plaats: 'Bijlage 1, 9', citaat: 'tenminste 750 klanten' } },
  { id: 'regio', label: 'Kernregio', status: 'voldoet', reden: 'Utrecht', velden: [], knockout: false, bevindingen: [], herkomst: { soort: 'keuze', instelling: 'gemengdeRegio', standaard: 'meerderheid', uitleg: 'De bron zegt niet welke regio telt.' } },
];

function text(language: Language): string {
  const html = renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider language={language}>
        <CheckList aanvraag="A1" checks={checks} roles={[]} now={() => ''} editing={null} onEdit={() => undefined} onSave={() => undefined} />
      </I18nProvider>
    </FluentProvider>,
  );
  return html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&#x27;|&#39;/g, "'").replace(/\s+/g, ' ');
}

describe('the check list shows where each rule comes from', () => {
  it('in Dutch: the source place, or the team setting with its default', () => {
    const t = text('nl');
    expect(t).toContain('Herkomst: bron: Bijlage 1, 9');
    expect(t).toContain('Herkomst: keuze van het team: gemengdeRegio (standaard: meerderheid)');
  });

  it('in English when the pane is English', () => {
    const t = text('en');
    expect(t).toContain('Origin: source: Bijlage 1, 9');
    expect(t).toContain("Origin: team setting 'gemengdeRegio' (default: meerderheid)");
  });
});
