/**
 * The personal scoring file of one assessor: the tables it holds and how they are read back.
 * Both writers (exceljs in src/report, and through it the task pane's download) write these
 * tables; src/import/personal-file.ts reads them. The file holds only this assessor's rows: one
 * per application × rubric item, pre-filled with application, item and scale, empty Score and
 * Toelichting cells for the assessor to type. No other assessor's name, score or comment is ever
 * passed to these functions, so none can end up in the file.
 */
import { APPLICATION_COLUMNS, COST_COLUMNS, INCOME_COLUMNS, PARTICIPANT_COLUMNS, type Column } from '../import/columns';
import type { Application } from '../rules/application';
import { formatDateNl, formatEuro } from '../rules/format';
import type { Rubric } from '../rules/policy';
import { type AssessorRef, assessorLabel } from '../rules/scoring/panel';
import { itemLabel } from '../rules/scoring/rubric-2021';
import { CONTROL_HEADERS, IDENTITY_HEADERS, IDENTITY_KEYS, PERSONAL_SCORE_HEADERS, type PersonalFileIdentity } from '../import/personal-layout';
import { PERSONAL_SHEETS, PERSONAL_TABLES } from './names';
import type { CellInput, ColumnSpec, TableSpec } from './types';

export { CONTROL_HEADERS, IDENTITY_HEADERS, IDENTITY_KEYS, PERSONAL_FORMAT, PERSONAL_SCORE_HEADERS, type PersonalFileIdentity, type PersonalScoreRow } from '../import/personal-layout';

export interface PersonalApplication {
  application: Application;
  /** The application's check value (src/import/application-hash.ts) at hand-out. */
  controlegetal: string;
}

export interface PersonalTablesInput {
  identiteit: PersonalFileIdentity;
  rubric: Rubric;
  /** The policy's name, for the instructions. */
  beleidNaam: string;
  /** The applications this assessor scores (conflicted ones already left out). */
  aanvragen: readonly PersonalApplication[];
  /** Applications left out because the assessor declared a conflict of interest, with the reason. */
  uitgesloten: readonly { aanvraag: string; reden: string }[];
}

/** `1–5` as the scale column shows it. */
export const scaleText = (rubric: Pick<Rubric, 'schaal'>): string => `${rubric.schaal.min}–${rubric.schaal.max}`;

export function personalScoreColumns(rubric: Pick<Rubric, 'schaal'>): ColumnSpec[] {
  const { min, max } = rubric.schaal;
  const h = PERSONAL_SCORE_HEADERS;
  return [
    { header: h.aanvraag, kind: 'text', width: 12, description: 'Id van de aanvraag (niet wijzigen)' },
    { header: h.naam, kind: 'text', width: 28 },
    { header: h.item, kind: 'text', width: 12, description: 'Id van het beoordelingsonderdeel (niet wijzigen)' },
    { header: h.onderdeel, kind: 'text', width: 50, description: 'Het onderdeel van de rubric; de omschrijving staat op het blad Rubric' },
    { header: h.schaal, kind: 'text', width: 8 },
    {
      header: h.score,
      kind: 'number',
      width: 8,
      owner: 'persoon',
      validation: { type: 'wholeNumber', min, max, message: `Vul een geheel getal van ${min} tot en met ${max} in.` },
      description: `Uw score: een geheel getal van ${min} tot en met ${max}`,
    },
    { header: h.toelichting, kind: 'text', width: 60, owner: 'persoon', description: 'Uw toelichting op de score' },
  ];
}

/** "Borging: Wijze waarop …", or the text alone when it starts with the short name already. */
function itemText(rubric: Rubric, item: Rubric['items'][number]): string {
  const label = itemLabel(rubric, item.id);
  return item.tekst.toLowerCase().startsWith(label.toLowerCase()) ? item.tekst : `${label}: ${item.tekst}`;
}

/** One row per application × rubric item, in the rubric's order; Score and Toelichting empty. */
export function personalScoreRows(rubric: Rubric, aanvragen: readonly PersonalApplication[]): CellInput[][] {
  return aanvragen.flatMap(({ application: a }) =>
    rubric.items.map((item) => [a.id, a.naamInitiatief ?? '', item.id, itemText(rubric, item), scaleText(rubric), null, null]),
  );
}

const labelOf = (column: Column): string => column.labels?.[0] ?? column.beschrijving;

function shown(column: Column, value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  if (Array.isArray(value)) return value.map(String).join('; ');
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'number') return column.kind === 'amount' ? formatEuro(value) : value.toLocaleString('nl-NL', { maximumFractionDigits: 4 });
  if (column.kind === 'date') return formatDateNl(String(value));
  return String(value);
}

function valueAt(record: unknown, path: readonly string[]): unknown {
  let at = record;
  for (const key of path) at = at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined;
  return at;
}

/** "Praktijknaam: X; Plaats: Y; …" for a participant or budget line, contact details left out. */
function lineText(columns: readonly Column[], line: unknown): string {
  return columns
    .filter((c) => c.kind !== 'phone' && c.kind !== 'email')
    .map((c) => [labelOf(c), shown(c, valueAt(line, c.path))])
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ');
}

/**
 * What an assessor reads to score: every filled field of the application (labels of Bijlage 3),
 * then its participants and budget lines, one row each. Telephone numbers and e-mail addresses are
 * left out: scoring does not need them.
 */
export function applicationDataRows(a: Application): CellInput[][] {
  const rows: CellInput[][] = [];
  const add = (gegeven: string, inhoud: string) => inhoud && rows.push([a.id, a.naamInitiatief ?? '', gegeven, inhoud]);
  for (const column of APPLICATION_COLUMNS) if (column.path[0] !== 'id') add(labelOf(column), shown(column, valueAt(a, column.path)));
  (a.deelnemers ?? []).forEach((d, i) => add(`Deelnemer ${i + 1}`, lineText(PARTICIPANT_COLUMNS, d)));
  (a.begroting?.kosten ?? []).forEach((k, i) => add(`Kostenpost ${i + 1}`, lineText(COST_COLUMNS, k)));
  (a.begroting?.andereBronnen ?? []).forEach((b, i) => add(`Andere bron ${i + 1}`, lineText(INCOME_COLUMNS, b)));
  return rows;
}

/** The instructions, one line per row (Dutch, for the assessor). */
export function instructionLines(input: PersonalTablesInput): string[] {
  const { identiteit: id, rubric } = input;
  const { min, max } = rubric.schaal;
  const h = PERSONAL_SCORE_HEADERS;
  const lines = [
    `Persoonlijk scorebestand van ${assessorLabel(id.beoordelaar)} — ${input.beleidNaam} (versie ${id.beleidsversie}).`,
    'Dit bestand is alleen voor u. Het bevat uw eigen scorerijen en niemand anders scores of toelichtingen. Scoor onafhankelijk: de scores komen pas samen als iedereen zijn bestand heeft ingeleverd, en worden daarna in het beoordelingsoverleg besproken.',
    `Zo scoort u: op het blad ${PERSONAL_SHEETS.scores} is elke rij één aanvraag en één onderdeel van de rubric. Typ in de kolom ${h.score} een geheel getal van ${min} tot en met ${max} en licht uw score toe in de kolom ${h.toelichting}.`,
    `De gegevens van de aanvragen staan op het blad ${PERSONAL_SHEETS.aanvragen}; de onderdelen met hun omschrijving op het blad ${PERSONAL_SHEETS.rubric}.`,
    `Wijzig niets anders en voeg geen rijen toe: het bestand wordt teruggelezen op aanvraag, onderdeel en beoordelaar. Alleen ${h.score} en ${h.toelichting} zijn te bewerken; de bladen zijn zonder wachtwoord beveiligd tegen vergissingen.`,
    'Bewaar het bestand als Excel-werkmap (.xlsx), in Excel (met of zonder de invoegtoepassing), LibreOffice of een ander rekenblad, en lever het in bij de coördinator. Een nieuwere versie van uw bestand vervangt de vorige; de coördinator ziet welke scores veranderden.',
    `Schaal ${min}–${max}:`,
    ...Object.entries(rubric.schaal.niveaus).map(([level, text]) => `  ${level}: ${text}`),
  ];
  if (input.uitgesloten.length) {
    lines.push('U meldde een belang bij deze aanvragen; ze staan daarom niet in dit bestand en u scoort ze niet:');
    for (const u of input.uitgesloten) lines.push(`  ${u.aanvraag}: ${u.reden}`);
  }
  lines.push(`Bestand ${id.bestandId}, uitgedeeld ${formatDateNl(id.uitgedeeld.slice(0, 10))}, ${input.aanvragen.length} aanvragen, ${input.aanvragen.length * rubric.items.length} scores.`);
  return lines;
}

function identityRows(id: PersonalFileIdentity): CellInput[][] {
  const k = IDENTITY_KEYS;
  return [
    [k.bestand, id.bestandId],
    [k.formaat, id.formaat],
    [k.beoordelaar, id.beoordelaar.beoordelaar],
    [k.rol, id.beoordelaar.rol],
    [k.beleid, id.beleid],
    [k.beleidsversie, id.beleidsversie],
    [k.uitgedeeld, id.uitgedeeld],
  ];
}

/** Every table of the personal file, in sheet order. */
export function personalTables(input: PersonalTablesInput): TableSpec[] {
  const { rubric } = input;
  const text = (header: string, width: number): ColumnSpec => ({ header, kind: 'text', width });
  return [
    { sheet: PERSONAL_SHEETS.uitleg, table: PERSONAL_TABLES.uitleg, columns: [text('Uitleg', 120)], rows: instructionLines(input).map((l) => [l]) },
    { sheet: PERSONAL_SHEETS.scores, table: PERSONAL_TABLES.scores, columns: personalScoreColumns(rubric), rows: personalScoreRows(rubric, input.aanvragen) },
    {
      sheet: PERSONAL_SHEETS.aanvragen,
      table: PERSONAL_TABLES.aanvragen,
      columns: [text('Aanvraag', 12), text('Naam initiatief', 28), text('Gegeven', 40), text('Inhoud', 100)],
      rows: input.aanvragen.flatMap((a) => applicationDataRows(a.application)),
    },
    {
      sheet: PERSONAL_SHEETS.rubric,
      table: PERSONAL_TABLES.rubric,
      columns: [text('Item', 12), text('Onderdeel', 30), text('Groep', 14), text('Omschrijving', 80), text('Schaal', 8)],
      rows: rubric.items.map((i) => [i.id, itemLabel(rubric, i.id), i.groep, i.tekst, scaleText(rubric)]),
    },
    {
      sheet: PERSONAL_SHEETS.controle,
      table: PERSONAL_TABLES.controle,
      columns: [text(CONTROL_HEADERS.aanvraag, 12), text(CONTROL_HEADERS.naam, 28), text(CONTROL_HEADERS.controlegetal, 70)],
      rows: input.aanvragen.map((a) => [a.application.id, a.application.naamInitiatief ?? '', a.controlegetal]),
    },
    { sheet: PERSONAL_SHEETS.bestand, table: PERSONAL_TABLES.bestand, columns: [text(IDENTITY_HEADERS.sleutel, 16), text(IDENTITY_HEADERS.waarde, 40)], rows: identityRows(input.identiteit) },
  ];
}

/** File name for an assessor: `beoordeling-<rol>.xlsx`, with the name added when a role has more than one assessor. */
export function personalFileName(a: AssessorRef, panel: readonly AssessorRef[] = [a]): string {
  const slug = (t: string) =>
    t
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase() || 'beoordelaar';
  const shared = panel.filter((p) => p.rol === a.rol).length > 1;
  return `beoordeling-${slug(a.rol)}${shared ? `-${slug(a.beoordelaar)}` : ''}.xlsx`;
}
