/** What every importer returns. */
import type { Application } from '../rules/application';
import type { Problem } from '../rules/outcome';

export type { Problem };

/** Where an application came from, whether it is complete, and the values as they were in the file. */
export interface ImportRecord {
  id: string;
  bestand: string;
  /** Row, sheet row or "formulier". */
  plaats: string;
  /** True when any problem of kind `fout` belongs to this application. */
  onvolledig: boolean;
  /** The raw values as read (header or label → value), kept next to the parsed application. */
  raw: Record<string, unknown>;
}

export interface ImportResult {
  applications: Application[];
  /** One per application, same order. */
  records: ImportRecord[];
  problems: Problem[];
}

export const emptyResult = (): ImportResult => ({ applications: [], records: [], problems: [] });

/** A file refused whole: no applications, one problem that says why. */
export const refused = (bestand: string, melding: string): ImportResult => ({ ...emptyResult(), problems: [fileProblem(bestand, melding)] });

export function fileProblem(bestand: string, melding: string, ernst: Problem['ernst'] = 'fout', plaats = 'bestand', veld = ''): Problem {
  return { bestand, plaats, veld, melding, ernst };
}

/** "Aanvragen!F7 (kvkNummer): '1234567' heeft 7 cijfers, verwacht 8" */
export function formatProblem(problem: Problem): string {
  const veld = problem.veld ? ` (${problem.veld})` : '';
  return `${problem.plaats}${veld}: ${problem.melding}`;
}

export function concatResults(results: readonly ImportResult[]): ImportResult {
  return {
    applications: results.flatMap((r) => r.applications),
    records: results.flatMap((r) => r.records),
    problems: results.flatMap((r) => r.problems),
  };
}

/** The file name without folders and extension, for ids of records that have none. */
export function fileStem(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return base.replace(/\.[^.]+$/, '') || 'aanvraag';
}
