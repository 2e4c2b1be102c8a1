import type { EligibilityResult } from '../../src/rules/outcome';
import { setup } from './fixtures';

// Place and setting by hand: K9 is Bijlage 1, criterion 9 of the module; the region rule is the
// team's choice 'gemengdeRegio' with default 'meerderheid'.
const results: EligibilityResult[] = [
  {
    id: 'A1',
    status: 'onvolledig',
    regio: null,
    beleid: { id: 'p', versie: '1' },
    checks: [
      { id: 'K9', label: 'Tenminste 750 klanten', status: 'onbekend', reden: '', velden: ['aantalZkKlanten'], knockout: true, bevindingen: [], herkomst: { soort: 'bron', document: 'samenwerken2021', plaats: 'Bijlage 1, 9', citaat: 'tenminste 750 klanten' } },
      { id: 'regio', label: 'Kernregio', status: 'voldoet', reden: '', velden: [], knockout: false, bevindingen: [], herkomst: { soort: 'keuze', instelling: 'gemengdeRegio', standaard: 'meerderheid', uitleg: 'De bron zegt niet welke regio telt.' } },
      { id: 'K4', label: 'Disciplines', status: 'onbekend', reden: '', velden: [], knockout: false, bevindingen: [], herkomst: { soort: 'hulp', uitleg: 'Signaal' } },
    ],
  },
];

describe('Toetsing shows where each check comes from', () => {
  it('writes a Herkomst column after Velden: the source place, the team setting or an aid', async () => {
    const { host, service } = setup();
    await service.writeScreening(results);
    const rows = host.model.tableRecords('tblToetsing');
    expect(rows.map((r) => r.Herkomst)).toEqual([
      'bron: Bijlage 1, 9',
      'keuze van het team: gemengdeRegio (standaard: meerderheid)',
      'hulp voor de beoordelaar',
    ]);
    const headers = Object.keys(rows[0]);
    expect(headers.indexOf('Herkomst')).toBe(headers.indexOf('Velden') + 1);
    // The five judgement columns stay the last five.
    expect(headers.slice(-5)).toEqual(['Oordeel beoordelaar', 'Reden oordeel', 'Beoordelaar', 'Rol', 'Tijdstip oordeel']);
  });
});
