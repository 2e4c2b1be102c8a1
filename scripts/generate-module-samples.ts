/**
 * Fictional input for the module checklist (zk module vv / vs), written to samples/modules/:
 * practices and therapists as a Dutch analyst's CSV (`;`, UTF-8 with BOM, CRLF, Dutch dates,
 * ja/nee). The practices are linked by AGB code to the BI sample (samples/bi/), contract year
 * 2025 (BI 2023), checked in March 2025. Every condition has a practice that meets it, one that
 * does not and one where it is unknown; each case is named in the practice's name ("… (VV-DATA
 * voldoet niet)"). Deterministic: a seeded PRNG. Run: npx tsx scripts/generate-module-samples.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBiCsv } from '../src/import/bi';
import { computeBehandelIndex, settingsFromRule } from '../src/rules/bi/behandelindex';
import { VOORTDUREND_VERBETEREN_2024 } from '../src/rules/policies/voortdurend-verbeteren-2024';
import { mulberry32 } from '../src/rules/ranking/prng';
import { PRAKTIJK_COLUMNS, THERAPEUT_COLUMNS } from '../src/import/module-columns';
import { generateBiSample } from './generate-bi-sample';

export const MODULE_SAMPLE_SEED = 20250301;
export const MODULE_SAMPLE_DIR = join(__dirname, '..', 'samples', 'modules');
export const MODULE_SAMPLE_FILES = { praktijken: 'praktijken.csv', therapeuten: 'therapeuten.csv', keuzes: 'keuzes-team.json' } as const;

type Cells = Record<string, string>;

const FIRST = ['Anna', 'Bram', 'Carla', 'Daan', 'Eva', 'Finn', 'Gerda', 'Hamza', 'Iris', 'Joost', 'Kim', 'Lotte', 'Mehmet', 'Noor', 'Otto', 'Priya', 'Ruben', 'Sanne', 'Tijn', 'Yara'];
const LAST = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Dijk', 'Dekker', 'Brouwer', 'El Amrani', 'Kok', 'Jacobs', 'van der Berg', 'Willems'];
const WORDS = ['De Linde', 'Het Anker', 'De Brug', 'Beukenlaan', 'Het Plein', 'De Kade', 'Zonnehof', 'De Esdoorn', 'Het Veer', 'De Molen'];
const PLACES = ['Aldenveen', 'Brakeloo', 'Drievliet', 'Eemsterhout', 'Gravenwaard', 'Holtebroek', 'Kranenburg', 'Lemmerdijk'];
const PDCA = ['verbeterplan', 'PDCA-verslag', 'visitatierapport'];
const BUREAUS = ['Meetbureau Klantstem', 'PREM Meting Noord'];

/** The 12 months before 1 March 2025, as a range, or as a list without the month left out. */
const ALLE_MAANDEN = '2024-03 t/m 2025-02';
const MAANDEN_ZONDER_NOVEMBER = 'mrt 2024; apr 2024; mei 2024; jun 2024; jul 2024; aug 2024; sep 2024; okt 2024; dec 2024; jan 2025; feb 2025';

const header = (columns: readonly { header: string }[]) => columns.map((c) => c.header);

interface Case {
  /** What the case shows, in the practice's name. */
  label: string;
  praktijk?: Cells;
  /** Changes to the first therapist. */
  therapeut?: Cells;
  /** Which BI row to link: a practice with BI ≤ threshold (default), above it, unknown, or none. */
  bi?: 'voldoet' | 'voldoet niet' | 'onbekend' | 'ontbreekt';
  /** Memberships of Verdiepen & Specialiseren for the first therapist. */
  vs?: Cells;
}

const CASES: Case[] = [
  { label: 'voldoet aan alles' },
  { label: 'voldoet aan alles, Parkinson en COPD', vs: { parkinsonNet: 'ja', copdBasisscholing: 'ja', copdNetwerk: 'ja' } },
  { label: 'voldoet aan alles, bekkenbodem', vs: { bekkenfysiotherapeut: 'ja', chronischZorgNet: 'ja' } },
  { label: 'voldoet aan alles, oedeem en lymfe', vs: { oedeemtherapeut: 'ja' } },
  { label: 'OV-REGISTRATIE voldoet niet', therapeut: { kwaliteitsregister: 'geen' } },
  { label: 'OV-REGISTRATIE onbekend', therapeut: { big: '' } },
  { label: 'PREM voldoet niet', therapeut: { prem: 'nee' } },
  { label: 'PREM onbekend', therapeut: { prem: '' } },
  { label: 'OV-KNGF-EISEN voldoet niet', praktijk: { kngfEisen: 'nee' } },
  { label: 'OV-KNGF-EISEN onbekend', praktijk: { kngfEisen: '' } },
  { label: 'OV-VEKTIS voldoet niet', praktijk: { vektis: 'nee' } },
  { label: 'OV-VEKTIS onbekend', praktijk: { vektis: '' } },
  { label: 'OV-WTZA voldoet niet', praktijk: { wtza: 'nee' } },
  { label: 'OV-WTZA onbekend', praktijk: { wtza: '' } },
  { label: 'VV-REGISTER voldoet niet', praktijk: { kwaliteitsregister: 'Eigen Kwaliteitskring' } },
  { label: 'VV-REGISTER onbekend', praktijk: { kwaliteitsregister: '' } },
  { label: 'VV-INSCHRIJVING 12 maanden precies', praktijk: { ingeschrevenSinds: '1-3-2024' } },
  { label: 'VV-INSCHRIJVING 11 maanden, voldoet niet', praktijk: { ingeschrevenSinds: '1-4-2024' } },
  { label: 'VV-INSCHRIJVING onbekend', praktijk: { volledigeJaarcyclus: '' } },
  { label: 'VV-VISITATIE-OORDEEL voldoet niet', praktijk: { visitatieVoldaan: 'nee' } },
  { label: 'VV-VISITATIE-OORDEEL onbekend', praktijk: { visitatieVoldaan: '' } },
  { label: 'VV-VISITATIE-2JAAR 24 maanden geleden', praktijk: { laatsteVisitatie: '1-3-2023' } },
  { label: 'VV-VISITATIE-2JAAR 25 maanden, voldoet niet', praktijk: { laatsteVisitatie: '1-2-2023' } },
  { label: 'VV-VISITATIE-2JAAR onbekend', praktijk: { laatsteVisitatie: '' } },
  { label: 'VV-PEER-REVIEW 3, voldoet niet', therapeut: { peerReviews: '3', peerReviewsMetData: '3' } },
  { label: 'VV-PEER-REVIEW onbekend', therapeut: { peerReviewsMetData: '' } },
  { label: 'VV-PDCA voldoet niet', praktijk: { pdcaBewijs: 'geen' } },
  { label: 'VV-PDCA onbekend', praktijk: { pdcaBewijs: '' } },
  { label: 'VV-DATA een maand mist, voldoet niet', praktijk: { aanleverMaanden: MAANDEN_ZONDER_NOVEMBER } },
  { label: 'VV-DATA onbekend', praktijk: { aanleverMaanden: '' } },
  { label: 'VV-ELEARNING niet gevolgd', therapeut: { eLearning: 'nee' } },
  { label: 'VV-ELEARNING onbekend', therapeut: { eLearning: '' } },
  { label: 'VV-MDS voldoet niet', therapeut: { mdsCopd: 'nee' } },
  { label: 'VV-MDS onbekend', therapeut: { mdsLageRug: '' } },
  { label: 'VV-BI boven de drempel', bi: 'voldoet niet' },
  { label: 'VV-BI onbekend (te weinig patiënten)', bi: 'onbekend' },
  { label: 'VV-BI onbekend (niet in BI-bestand)', bi: 'ontbreekt' },
  { label: 'VV-MEETBUREAU voldoet niet', praktijk: { premBureau: 'eigen beheer' } },
  { label: 'VV-MEETBUREAU onbekend', praktijk: { premBureau: '' } },
  { label: 'VV-TOESTEMMING voldoet niet', praktijk: { toestemmingSignificant: 'nee' } },
  { label: 'VV-TOESTEMMING onbekend', praktijk: { toestemmingZorgkaart: '' } },
  { label: 'VS onbekend, functie onbekend', therapeut: { functie: '' }, vs: { parkinsonNet: 'ja', chronischZorgNet: '', copdBasisscholing: 'ja', copdNetwerk: '' } },
];

function csvField(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
const csv = (rows: string[][]): string => '\uFEFF' + rows.map((r) => r.map(csvField).join(';')).join('\r\n') + '\r\n';

/** AGB codes of the BI sample's 2023 practices, by their BI outcome for contract year 2025. */
function biAgbs(): Record<'voldoet' | 'voldoet niet' | 'onbekend', string[]> {
  const parsed = parseBiCsv(generateBiSample(), { bestand: 'behandelindex-2022-2023.csv' });
  const result = computeBehandelIndex(parsed.rows, settingsFromRule(VOORTDUREND_VERBETEREN_2024.behandelIndex!, { contractjaar: 2025 }));
  const by = { voldoet: [] as string[], 'voldoet niet': [] as string[], onbekend: [] as string[] };
  for (const p of result.praktijken) by[p.status].push(p.agb);
  return by;
}

export function generateModuleSamples(seed = MODULE_SAMPLE_SEED): { praktijken: string; therapeuten: string; keuzes: string } {
  const random = mulberry32(seed);
  const pick = <X>(items: readonly X[]): X => items[Math.floor(random() * items.length)]!;
  const bi = biAgbs();
  const used = new Set<string>();
  const agbFor = (kind: Case['bi']): string => {
    if (kind === 'ontbreekt') return '04000001';
    const list = bi[kind ?? 'voldoet'];
    for (;;) {
      const agb = pick(list);
      if (!used.has(agb)) {
        used.add(agb);
        return agb;
      }
    }
  };
  const praktijken: string[][] = [header(PRAKTIJK_COLUMNS)];
  const therapeuten: string[][] = [header(THERAPEUT_COLUMNS)];
  for (const c of CASES) {
    const agb = agbFor(c.bi);
    const month = 1 + Math.floor(random() * 12);
    const base: Cells = {
      agb,
      naam: `Fysiotherapie ${pick(WORDS)} ${pick(PLACES)} (${c.label})`,
      kwaliteitsregister: 'SKF',
      registerStatus: pick(['deelnemer', 'deelnemer', 'aspirant deelnemer']),
      ingeschrevenSinds: `${1 + Math.floor(random() * 28)}-${month}-${pick([2019, 2021, 2022, 2023])}`,
      volledigeJaarcyclus: 'ja',
      laatsteVisitatie: `${1 + Math.floor(random() * 28)}-${1 + Math.floor(random() * 12)}-2024`,
      visitatieVoldaan: 'ja',
      visitatiemodel: 'SKF Visitatiemodel',
      pdcaBewijs: pick(PDCA),
      database: pick(['LDF', 'LDK', 'LDF en LDK']),
      aanleverMaanden: ALLE_MAANDEN,
      premBureau: pick(BUREAUS),
      toestemmingZorgkaart: 'ja',
      toestemmingSignificant: 'ja',
      kngfEisen: 'ja',
      vektis: 'ja',
      wtza: 'ja',
      ...(c.praktijk ?? {}),
    };
    praktijken.push(PRAKTIJK_COLUMNS.map((col) => base[col.field] ?? ''));
    const people = 2 + Math.floor(random() * 4);
    for (let i = 0; i < people; i++) {
      const overig = i === people - 1 && random() < 0.4;
      const person: Cells = {
        praktijkAgb: agb,
        naam: `${pick(FIRST)} ${pick(LAST)}`,
        agb: overig ? '' : `04${String(Math.floor(random() * 1_000_000)).padStart(6, '0')}`,
        functie: overig ? 'overig' : 'fysiotherapeut',
        big: overig ? 'nee' : 'ja',
        kwaliteitsregister: overig ? 'geen' : pick(['KRF NL', 'SKF', 'KRF NL en SKF']),
        peerReviews: String(4 + Math.floor(random() * 3)),
        eLearning: overig ? '' : 'ja',
        mdsLageRug: overig ? '' : 'ja',
        mdsCopd: overig ? '' : 'ja',
        prem: overig ? '' : 'ja',
        parkinsonNet: 'nee',
        chronischZorgNet: 'nee',
        copdBasisscholing: 'nee',
        copdNetwerk: 'nee',
        bekkenfysiotherapeut: 'nee',
        oedeemtherapeut: 'nee',
        ...(i === 0 ? { ...(c.therapeut ?? {}), ...(c.vs ?? {}) } : {}),
      };
      if (person.peerReviewsMetData === undefined) person.peerReviewsMetData = String(Math.max(4, Number(person.peerReviews) - Math.floor(random() * 2)));
      therapeuten.push(THERAPEUT_COLUMNS.map((col) => person[col.field] ?? ''));
    }
  }
  const keuzes = JSON.stringify({ keuzes: { erkendeMeetbureaus: BUREAUS, eLearningNogNiet: 'voldoet niet' } }, null, 2) + '\n';
  return { praktijken: csv(praktijken), therapeuten: csv(therapeuten), keuzes };
}

if (require.main === module) {
  const files = generateModuleSamples();
  for (const [key, name] of Object.entries(MODULE_SAMPLE_FILES)) writeFileSync(join(MODULE_SAMPLE_DIR, name), files[key as keyof typeof files], 'utf8');
  process.stdout.write(`Geschreven: ${Object.values(MODULE_SAMPLE_FILES).map((n) => join('samples/modules', n)).join(', ')}\n`);
}
