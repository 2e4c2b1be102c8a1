/*
 * What =ZK.VV.ELIGIBLE, =ZK.VV.REASONS and =ZK.VS.GROUPS compute (src/functions/modules.ts holds
 * the formulas and loads this on their first call, so functions.js stays small): the module checklist of one row of the
 * Praktijken table, with its people from the Therapeuten table and its BehandelIndex from the
 * BehandelIndex sheet, through the same column mapping as the import (src/workbook/module-input.ts)
 * and the same rules as `zk module vv|vs`. Arguments are designed like =ZK.ELIGIBLE's: the header
 * row, the row, then the tables the row links to (header row first).
 */
import { THERAPEUT_COLUMNS } from '../import/module-columns';
import { PATIENTENGROEPEN, checkVerdiepenSpecialiseren, checkVoortdurendVerbeteren, type Praktijk, type Therapeut, type VvUitkomst } from '../rules/modules';
import { VERDIEPEN_SPECIALISEREN_2024 } from '../rules/policies/verdiepen-specialiseren-2024';
import { VOORTDUREND_VERBETEREN_MODULE_2024 } from '../rules/policies/voortdurend-verbeteren-2024';
import { getSettings } from '../shared/settings';
import { serialToIso } from '../workbook/cells';
import { biResultFromSheet } from '../workbook/module-bi-link';
import { praktijkFromRow } from '../workbook/module-input';
import { headerIndex, toTableData } from '../workbook/tableData';
import { FUNCTION_MESSAGES, functionError, type FunctionError } from './errors';

type Cell = string | number | boolean | null | undefined;
export type ErrorValue = CustomFunctions.Error | FunctionError;
interface Run {
  praktijk: Praktijk;
  therapeuten: Therapeut[];
  contractjaar: number;
  peildatum: string;
}

const firstRow = (range: unknown): Cell[] => (Array.isArray(range) && Array.isArray(range[0]) ? (range[0] as Cell[]) : []);
const table = (range: unknown): Cell[][] => (Array.isArray(range) && range.length > 0 && Array.isArray(range[0]) ? (range as Cell[][]) : []);
const omitted = (v: unknown): boolean => v === null || v === undefined || v === '' || (Array.isArray(v) && omitted(v[0]?.[0]));
const text = (v: Cell): string => (v === null || v === undefined ? '' : String(v).trim());

/** Only the people whose practice AGB code is this practice's: a table of 50,000 people is not parsed per row. */
function peopleOf(therapeuten: Cell[][], agb: string): Cell[][] {
  if (therapeuten.length === 0) return therapeuten;
  const headers = therapeuten[0].map(text);
  const column = THERAPEUT_COLUMNS.find((c) => c.field === 'praktijkAgb')!;
  const at = [column.header, ...(column.aliases ?? [])].map((h) => headerIndex(headers, h)).find((i) => i >= 0);
  // An unknown header: the import's mapping decides, over the whole table.
  if (at === undefined) return therapeuten;
  return [therapeuten[0], ...therapeuten.slice(1).filter((row) => text(row[at]) === agb)];
}

/** `2025-03`, or a date cell (Excel's serial), as the first day of that month. */
function checkDate(maand: unknown, contractjaar: number): string | ErrorValue {
  if (omitted(maand)) return `${contractjaar}-01-01`;
  const v = Array.isArray(maand) ? maand[0]?.[0] : maand;
  if (typeof v === 'number' && Number.isFinite(v)) return `${serialToIso(v).slice(0, 7)}-01`;
  const m = /^(\d{4})-(\d{1,2})$/.exec(String(v).trim());
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return functionError('invalidValue', FUNCTION_MESSAGES.maandOngeldig(String(v)));
  return `${m[1]}-${m[2].padStart(2, '0')}-01`;
}

/** The practice of the row, its people, and when it is checked; an error value for bad arguments. */
function runOf(koppen: unknown, rij: unknown, therapeuten: unknown, maand: unknown): Run | ErrorValue {
  const headers = firstRow(koppen).map(text);
  const values = firstRow(rij);
  if (!headers.some((h) => h !== '')) return functionError('invalidValue', FUNCTION_MESSAGES.kopregelLeeg('Praktijken'));
  if (values.length !== headers.length) return functionError('invalidValue', FUNCTION_MESSAGES.ongelijkeBreedte(headers.length, values.length));
  const alone = praktijkFromRow(headers, values);
  if (!alone.praktijk) return functionError('invalidValue', FUNCTION_MESSAGES.geenPraktijk(alone.problemen[0]?.melding ?? 'geen AGB-code'));
  const read = praktijkFromRow(headers, values, peopleOf(table(therapeuten), alone.praktijk.agb));
  const year = getSettings().bi.contractjaar;
  const peildatum = checkDate(maand, year);
  if (typeof peildatum !== 'string') return peildatum;
  // The month of entry lies in the contract year: its year is the contract year.
  return { praktijk: read.praktijk ?? alone.praktijk, therapeuten: read.therapeuten, contractjaar: Number(peildatum.slice(0, 4)), peildatum };
}

/** The module policy loaded in the pane's Modules step, else the built-in one. */
const vvPolicy = () => getSettings().modulePolicy ?? VOORTDUREND_VERBETEREN_MODULE_2024;

let vsMemo: { from: object; policy: typeof VERDIEPEN_SPECIALISEREN_2024 } | undefined;
/** Verdiepen & Specialiseren with the team's settings, as the Modules step does: one object while they do not change. */
function vsPolicy(): typeof VERDIEPEN_SPECIALISEREN_2024 {
  const loaded = getSettings().modulePolicy;
  if (!loaded) return VERDIEPEN_SPECIALISEREN_2024;
  if (vsMemo?.from !== loaded) vsMemo = { from: loaded, policy: { ...VERDIEPEN_SPECIALISEREN_2024, keuzes: loaded.keuzes } };
  return vsMemo.policy;
}

function vvOf(run: Run, behandelIndex: unknown, biDrempel: unknown): VvUitkomst {
  const policy = vvPolicy();
  const rows = table(behandelIndex);
  // The practice's own row is all the BI condition reads; the threshold and year come from tblBiDrempel.
  const own = rows.length ? [rows[0], ...rows.slice(1).filter((r) => text(r[0]) === run.praktijk.agb)] : [];
  const bi = policy.behandelIndex && own.length ? biResultFromSheet(toTableData(own), toTableData(table(biDrempel)), policy.behandelIndex, run.contractjaar) : null;
  return checkVoortdurendVerbeteren([run.praktijk], run.therapeuten, bi, policy, { contractjaar: run.contractjaar, peildatum: run.peildatum });
}

const isError = (v: unknown): v is ErrorValue => typeof v === 'object' && v !== null && !Array.isArray(v) && !('praktijk' in v);

/** =ZK.VV.ELIGIBLE: WAAR, ONWAAR or #N/A with the unknown conditions. */
export function vvEligible(koppen: unknown, rij: unknown, therapeuten?: unknown, behandelIndex?: unknown, biDrempel?: unknown, maand?: unknown): boolean | ErrorValue {
  const run = runOf(koppen, rij, therapeuten, maand);
  if (isError(run)) return run;
  const [p] = vvOf(run, behandelIndex, biDrempel).praktijken;
  if (p.status === 'voldoet') return true;
  if (p.status === 'voldoet niet') return false;
  return functionError('notAvailable', p.reden);
}

/** =ZK.VV.REASONS: one line per condition. */
export function vvReasons(koppen: unknown, rij: unknown, therapeuten?: unknown, behandelIndex?: unknown, biDrempel?: unknown, maand?: unknown): (string | ErrorValue)[][] {
  const run = runOf(koppen, rij, therapeuten, maand);
  if (isError(run)) return [[run]];
  const [p] = vvOf(run, behandelIndex, biDrempel).praktijken;
  return p.voorwaarden.map((v) => [`${v.kop} ${v.status}: ${v.reden}`]);
}

/** =ZK.VS.GROUPS: the patient groups, or WAAR/ONWAAR/#N/A for one group. */
export function vsGroups(koppen: unknown, rij: unknown, therapeuten: unknown, groep?: unknown): string | boolean | ErrorValue {
  const run = runOf(koppen, rij, therapeuten, undefined);
  if (isError(run)) return run;
  const { praktijken } = checkVerdiepenSpecialiseren(run.therapeuten, vsPolicy(), { contractjaar: run.contractjaar, peildatum: run.peildatum, praktijken: [run.praktijk] });
  const groups = praktijken.find((p) => p.agb === run.praktijk.agb)?.groepen ?? [];
  if (!omitted(groep)) {
    const wanted = text(Array.isArray(groep) ? groep[0]?.[0] : groep).toLowerCase();
    const g = groups.find((x) => x.groep.toLowerCase() === wanted);
    if (!g) return functionError('invalidValue', FUNCTION_MESSAGES.groepOnbekend(wanted, PATIENTENGROEPEN));
    if (g.status === 'onbekend') return functionError('notAvailable', FUNCTION_MESSAGES.onbekend(`${g.groep}: ${g.reden}`));
    return g.status === 'voldoet';
  }
  const open = groups.filter((g) => g.status === 'voldoet').map((g) => g.groep);
  const unknown = groups.filter((g) => g.status === 'onbekend').map((g) => g.groep);
  return `${open.length ? open.join(', ') : 'geen'}${unknown.length ? ` (${FUNCTION_MESSAGES.onbekend(unknown.join(', '))})` : ''}`;
}
