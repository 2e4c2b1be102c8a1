import type { Policy, Rubric } from '../policy';

/**
 * Default rubric for the module Samenwerken in de Regio 2021.
 *
 * Seed 000 says the team judges "op basis van de inhoudelijke kwaliteit en de impact voor onze
 * klanten", asks for a positive business case ("moet dit een directe besparing opleveren in de
 * tweede lijn") and goals reachable "binnen dit tijdspad" (1 april 2021 – 31-12-2022). The items
 * below follow those words. The seed gives NO weights: every item weighs 1 (equal weights). A team
 * sets its own in the policy's `beoordeling`, and every result shows the weights it used.
 */
export const DEFAULT_RUBRIC_2021: Rubric = {
  schaal: {
    min: 1,
    max: 5,
    niveaus: {
      '1': 'Onvoldoende: ontbreekt of voldoet niet aan wat de module vraagt.',
      '2': 'Zwak: aanwezig, maar vaag, onvolledig of niet onderbouwd.',
      '3': 'Voldoende: beschreven en onderbouwd, met duidelijke aandachtspunten.',
      '4': 'Goed: concreet, onderbouwd met valide en verifieerbare informatie.',
      '5': 'Uitstekend: concreet, meetbaar, onderbouwd en overtuigend; een voorbeeld voor anderen.',
    },
  },
  items: [
    { id: 'protocol', groep: 'inhoud', tekst: 'Samenwerkingsprotocol: hoe de rollen zijn verdeeld en welke afspraken er zijn gemaakt', gewicht: 1 },
    { id: 'smart', groep: 'inhoud', tekst: 'SMART geformuleerde doelstellingen met een nulmeting bij aanvang', gewicht: 1 },
    { id: 'meting', groep: 'inhoud', tekst: 'Wijze waarop de resultaten worden gemeten en tussentijds geëvalueerd', gewicht: 1 },
    { id: 'borging', groep: 'inhoud', tekst: 'Wijze waarop de resultaten worden geborgd in de reguliere zorgstructuren', gewicht: 1 },
    { id: 'doelgroep', groep: 'impact', tekst: 'Doelgroep: kwetsbare ouderen, mensen met kanker en/of mensen met COPD, en de omvang ervan', gewicht: 1 },
    { id: 'bereik', groep: 'impact', tekst: 'Bereik onder klanten van Zilveren Kruis', gewicht: 1 },
    { id: 'jzojp', groep: 'impact', tekst: 'Voorkomen, verplaatsen of vervangen van zorg (Juiste Zorg Op de Juiste Plek)', gewicht: 1 },
    { id: 'businesscase', groep: 'businesscase', tekst: 'Sterkte van de businesscase, inclusief de directe besparing in de tweede lijn', gewicht: 1 },
    { id: 'haalbaarheid', groep: 'haalbaarheid', tekst: 'Haalbaarheid van de doelstellingen binnen de looptijd van de module (1 april 2021 tot en met 31-12-2022)', gewicht: 1 },
  ],
  minBeoordelaars: 4,
  spreidingsDrempel: 2,
  aggregatie: 'gemiddelde',
  tiebreaks: ['impact', 'inhoud', 'zkKlanten', 'gevraagdBedrag'],
};

/** The rubric a policy scores with: its own `beoordeling`, else the 2021 default. */
export function rubricFor(policy: Pick<Policy, 'beoordeling'>): Rubric {
  return policy.beoordeling ?? DEFAULT_RUBRIC_2021;
}

/** The weights as a plain record, optionally replaced by a team's own (unknown items ignored). */
export function weightsOf(rubric: Rubric, overrides: Record<string, number> = {}): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of rubric.items) out[item.id] = overrides[item.id] ?? item.gewicht;
  return out;
}
