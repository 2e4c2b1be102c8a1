import { policySchema, type Policy } from '../policy';

/**
 * Module Voortdurend Verbeteren, contract years 2024–2025: the BehandelIndex condition
 * (KNGF analysis of the Zilveren Kruis purchasing policy 2024–2025, docs/bronnen.md).
 */
export const VOORTDUREND_VERBETEREN_2024: Policy = policySchema.parse({
  id: 'voortdurend-verbeteren-2024',
  versie: '2024.1',
  naam: 'Module Voortdurend Verbeteren 2024–2025',
  bron: 'KNGF, Analyse Inkoopbeleid Zilveren Kruis 2024–2025, "Voorwaarden Module Voortdurend Verbeteren", onderdeel BehandelIndex',
  criteria: [
    {
      id: 'BI',
      tekst: 'De Behandelindex is kleiner dan of gelijk aan de waarde van het 6e deciel.',
      wijze: 'automatisch',
      knockout: true,
      velden: ['bi'],
    },
    {
      id: 'BI-jaar',
      tekst: 'Voor het jaar 2024 wordt gekeken naar de B.I. in 2022 en voor 2025 is dat 2023.',
      wijze: 'automatisch',
      knockout: false,
      velden: ['jaar'],
    },
  ],
  looptijd: { van: '2024-01-01', tot: '2025-12-31' },
  behandelIndex: {
    deciel: 6,
    referentiejaarVerschil: 2,
    methode: 'inc',
    minPatienten: 10,
    contractjaren: [2024, 2025],
  },
});
