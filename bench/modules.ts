/**
 * Module checklist benchmark (run on demand: npx tsx bench/modules.ts). 10,000 practices × 5
 * therapists through the whole checklist (Overeenkomst + Voortdurend Verbeteren with the BI row,
 * and Verdiepen & Specialiseren), in one process, as a ratio against the BehandelIndex step alone
 * on the same 10,000 practices, measured in the same run. The checklist must not be the slow part.
 * No test asserts on time.
 */
import { parseBiCsv } from '../src/import/bi';
import { readModuleFiles } from '../src/import/modules';
import { PRAKTIJK_COLUMNS, THERAPEUT_COLUMNS } from '../src/import/module-columns';
import { computeBehandelIndex, settingsFromRule, type BiRow } from '../src/rules/bi/behandelindex';
import type { Praktijk, Therapeut } from '../src/rules/modules/records';
import { checkVerdiepenSpecialiseren } from '../src/rules/modules/verdiepen-specialiseren';
import { checkVoortdurendVerbeteren } from '../src/rules/modules/voortdurend-verbeteren';
import { VERDIEPEN_SPECIALISEREN_2024 } from '../src/rules/policies/verdiepen-specialiseren-2024';
import { VOORTDUREND_VERBETEREN_MODULE_2024 } from '../src/rules/policies/voortdurend-verbeteren-2024';
import { moduleInputTables } from '../src/workbook/module-input';
import { mulberry32, normal } from '../scripts/generate-bi-sample';

const PRACTICES = 10_000;
const PER_PRACTICE = 5;
const random = mulberry32(14);
const RUN = { contractjaar: 2025, peildatum: '2025-03-01' };
const policy = { ...VOORTDUREND_VERBETEREN_MODULE_2024, keuzes: { ...VOORTDUREND_VERBETEREN_MODULE_2024.keuzes, erkendeMeetbureaus: ['Meetbureau Klantstem'] } };
const months = Array.from({ length: 12 }, (_, i) => `${i < 10 ? 2024 : 2025}-${String(((i + 2) % 12) + 1).padStart(2, '0')}`);
const maybe = <T>(value: T, pNull = 0.03): T | null => (random() < pNull ? null : value);
const yes = (p = 0.95) => maybe(random() < p);

const praktijken: Praktijk[] = [];
const therapeuten: Therapeut[] = [];
const biRows: BiRow[] = [];
for (let i = 0; i < PRACTICES; i++) {
  const agb = `04${String(i).padStart(6, '0')}`;
  biRows.push({ agb, naam: `Praktijk ${i}`, jaar: 2023, bi: Math.round(1000 * Math.exp(0.17 * normal(random))) / 10, patienten: 20 + Math.floor(random() * 400) });
  praktijken.push({
    agb,
    naam: `Praktijk ${i}`,
    kwaliteitsregister: maybe('SKF'),
    registerStatus: maybe('deelnemer'),
    ingeschrevenSinds: maybe(`20${18 + Math.floor(random() * 7)}-0${1 + Math.floor(random() * 9)}-15`),
    volledigeJaarcyclus: yes(),
    laatsteVisitatie: maybe(`202${3 + Math.floor(random() * 2)}-0${1 + Math.floor(random() * 9)}-10`),
    visitatieVoldaan: yes(),
    visitatiemodel: maybe('SKF Visitatiemodel'),
    pdcaBewijs: maybe('verbeterplan'),
    database: maybe('LDF'),
    aanleverMaanden: maybe(random() < 0.9 ? months : months.slice(1)),
    premBureau: maybe('Meetbureau Klantstem'),
    toestemmingZorgkaart: yes(),
    toestemmingSignificant: yes(),
    kngfEisen: yes(),
    vektis: yes(),
    wtza: yes(),
  });
  for (let j = 0; j < PER_PRACTICE; j++) {
    therapeuten.push({
      praktijkAgb: agb,
      naam: `Therapeut ${i}-${j}`,
      agb: null,
      functie: j === PER_PRACTICE - 1 ? 'overig' : 'fysiotherapeut',
      big: yes(0.99),
      kwaliteitsregister: maybe('KRF NL'),
      peerReviews: maybe(3 + Math.floor(random() * 3)),
      peerReviewsMetData: maybe(3 + Math.floor(random() * 3)),
      eLearning: yes(0.9),
      mdsLageRug: yes(),
      mdsCopd: yes(),
      prem: yes(),
      parkinsonNet: yes(0.1),
      chronischZorgNet: yes(0.1),
      copdBasisscholing: yes(0.2),
      copdNetwerk: yes(0.5),
      bekkenfysiotherapeut: yes(0.1),
      oedeemtherapeut: yes(0.1),
    });
  }
}

/** Best of three timed runs after one warm-up (this machine is shared). */
function time(fn: () => unknown): number {
  fn();
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  await fn();
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const start = performance.now();
    await fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const settings = settingsFromRule(policy.behandelIndex!, { contractjaar: 2025 });
const biOnly = time(() => computeBehandelIndex(biRows, settings));
const bi = computeBehandelIndex(biRows, settings);
const vvOnly = time(() => checkVoortdurendVerbeteren(praktijken, therapeuten, bi, policy, RUN));
const vsOnly = time(() => checkVerdiepenSpecialiseren(therapeuten, VERDIEPEN_SPECIALISEREN_2024, { ...RUN, praktijken }));
const whole = time(() => {
  const b = computeBehandelIndex(biRows, settings);
  checkVoortdurendVerbeteren(praktijken, therapeuten, b, policy, RUN);
  checkVerdiepenSpecialiseren(therapeuten, VERDIEPEN_SPECIALISEREN_2024, { ...RUN, praktijken });
});

// From CSV text: the files an analyst gives, read and checked, against reading and computing the BI file.
const csvOf = (columns: readonly { header: string }[], rows: readonly (readonly unknown[])[]) =>
  [columns.map((c) => c.header), ...rows.map((r) => r.map((v) => (v === null || v === undefined ? '' : v === true ? 'ja' : v === false ? 'nee' : String(v))))].map((r) => r.join(';')).join('\n');
const [pTable, tTable] = moduleInputTables(praktijken, therapeuten);
const pCsv = new TextEncoder().encode(csvOf(PRAKTIJK_COLUMNS, pTable!.rows));
const tCsv = new TextEncoder().encode(csvOf(THERAPEUT_COLUMNS, tTable!.rows));
const biCsv = ['AGB-code;Praktijknaam;Jaar;BehandelIndex;Aantal patiënten', ...biRows.map((r) => `${r.agb};${r.naam};${r.jaar};${String(r.bi).replace('.', ',')};${r.patienten}`)].join('\n');
async function main(): Promise<void> {
const biFromCsv = time(() => computeBehandelIndex(parseBiCsv(biCsv, { bestand: 'bi.csv' }).rows, settings));
const wholeFromCsv = await timeAsync(async () => {
  const input = await readModuleFiles([{ bestand: 'p.csv', bytes: pCsv }, { bestand: 't.csv', bytes: tCsv }]);
  const b = computeBehandelIndex(parseBiCsv(biCsv, { bestand: 'bi.csv' }).rows, settings);
  checkVoortdurendVerbeteren(input.praktijken, input.therapeuten, b, policy, RUN);
  checkVerdiepenSpecialiseren(input.therapeuten, VERDIEPEN_SPECIALISEREN_2024, { ...RUN, praktijken: input.praktijken });
});

const ms = (v: number) => `${v.toFixed(v >= 100 ? 0 : 1)} ms`;
const ratio = (v: number) => `${v.toFixed(1)}×`;
const rows: [string, string, string, string][] = [
  ['BI-stap alleen (basislijn)', ms(biOnly), ms(biOnly), ratio(1)],
  ['Voortdurend Verbeteren (18 voorwaarden), BI al berekend', ms(vvOnly), ms(biOnly), ratio(vvOnly / biOnly)],
  ['Verdiepen & Specialiseren (5 groepen)', ms(vsOnly), ms(biOnly), ratio(vsOnly / biOnly)],
  ['hele checklist: BI + VV + VS', ms(whole), ms(biOnly), ratio(whole / biOnly)],
  ['vanaf CSV: inlezen + BI + VV + VS', ms(wholeFromCsv), ms(biFromCsv), `${ratio(wholeFromCsv / biFromCsv)} (t.o.v. BI-CSV inlezen + BI)`],
];
const headers: [string, string, string, string] = ['meting', 'tijd', 'basislijn', 'verhouding'];
const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
const line = (cells: string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(' │ ');
process.stdout.write(`Module-checklist-benchmark (Node ${process.version}, ${PRACTICES.toLocaleString('nl-NL')} praktijken × ${PER_PRACTICE} therapeuten)\n\n`);
process.stdout.write(line(headers) + '\n' + widths.map((w) => '─'.repeat(w)).join('─┼─') + '\n');
for (const r of rows) process.stdout.write(line(r) + '\n');
process.stdout.write('\nBeste van drie rondes na één opwarmronde. De basislijn is de BehandelIndex-stap op dezelfde 10.000 praktijken in dezelfde run.\n');
}

void main();
