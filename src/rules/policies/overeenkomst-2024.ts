import { modulePolicySchema, type ModulePolicy } from '../modules/policy-schema';

const PLAATS = 'paragraaf 4, Voorwaarden overeenkomst';

/**
 * Overeenkomst fysiotherapie 2024–2025, "Voorwaarden overeenkomst": the basis every module rests
 * on (KNGF analysis of the Zilveren Kruis purchasing policy 2024–2025, docs/bronnen.md).
 * The module checklists (Voortdurend Verbeteren) include these conditions as their first group.
 */
export const OVEREENKOMST_2024: ModulePolicy = modulePolicySchema.parse({
  id: 'overeenkomst-2024',
  versie: '2024.1',
  naam: 'Overeenkomst fysiotherapie 2024–2025',
  bron: 'KNGF, Analyse Inkoopbeleid Zilveren Kruis 2024–2025, "Voorwaarden overeenkomst"',
  looptijd: { van: '2024-01-01', tot: '2025-12-31' },
  contractjaren: [2024, 2025],
  voorwaarden: [
    {
      id: 'OV-REGISTRATIE',
      groep: 'overeenkomst',
      kop: 'BIG en KRF NL/SKF',
      bron: { document: 'kngf2024', plaats: `${PLAATS}, 1`, citaat: 'Registratie in BIG-register en een registratie in KRF NL of kwaliteitsregister SKF' },
      niveau: 'therapeut',
      geldtVoor: 'fysiotherapeuten',
      velden: ['big', 'kwaliteitsregister'],
    },
    {
      id: 'OV-PREM',
      groep: 'overeenkomst',
      kop: 'PREM (overeenkomst)',
      bron: {
        document: 'kngf2024',
        plaats: `${PLAATS}, 2`,
        citaat:
          'Alle fysiotherapeuten meten klantervaringen met de PREM paramedische zorg. Verder stelt Zilveren Kruis daar geen voorwaarden aan. Dit kan ook in eigen beheer worden gedaan.',
      },
      niveau: 'therapeut',
      geldtVoor: 'fysiotherapeuten',
      velden: ['prem'],
    },
    {
      id: 'OV-KNGF-EISEN',
      groep: 'overeenkomst',
      kop: 'KNGF-inrichtingseisen',
      bron: { document: 'kngf2024', plaats: `${PLAATS}, 3`, citaat: 'Voldoen aan KNGF-inrichtings- en service eisen.' },
      niveau: 'praktijk',
      velden: ['kngfEisen'],
    },
    {
      id: 'OV-VEKTIS',
      groep: 'overeenkomst',
      kop: 'Vektis',
      bron: { document: 'kngf2024', plaats: `${PLAATS}, 4`, citaat: 'Declaraties worden elektronisch aangeleverd via de Vektisstandaard.' },
      niveau: 'praktijk',
      velden: ['vektis'],
    },
    {
      id: 'OV-WTZA',
      groep: 'overeenkomst',
      kop: 'Wtza',
      bron: { document: 'kngf2024', plaats: `${PLAATS}, 5`, citaat: 'Voldoen aan de Wet toetreding zorgaanbieders (Wtza)' },
      niveau: 'praktijk',
      velden: ['wtza'],
    },
  ],
});
