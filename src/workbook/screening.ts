/**
 * The Toetsing sheet: one row per check per application. The program writes the outcome columns;
 * assessors type their judgement in the last five (Oordeel beoordelaar … Tijdstip oordeel), and
 * every new screening keeps what they typed (keyed by Aanvraag + Toets), even for a check or
 * application that is gone. `zk selectie` writes its overrides in the same five columns, so the
 * add-in reads them as typed judgements; `zk rangschik` reads typed judgements back as overrides.
 */
import { CHECK_STATUSES, type CheckResult, type CheckStatus, type EligibilityResult, type Override, type Problem } from '../rules/outcome';
import { renderHerkomst } from '../rules/findings';
import { CHECK_HIGHLIGHTS, ELIGIBILITY_HIGHLIGHTS } from './colours';
import { type ColumnDef, join } from './columns';
import { SHEETS } from './names';
import type { AuditEntry } from './audit';
import type { TableData } from './types';

/** A typed override kept from the sheet (the last five columns of Toetsing). */
export interface TypedOverride {
  oordeel: string;
  reden: string;
  beoordelaar: string;
  rol: string;
  tijdstip: string;
}

export interface ScreeningRow {
  result: EligibilityResult;
  naam: string;
  check: CheckResult | null;
  typed?: TypedOverride;
}

/**
 * An override made explicitly (in the pane): written into that check's judgement cells in
 * Toetsing, replacing what was typed there for that one check only, with an audit row.
 */
export interface ExplicitOverride {
  aanvraag: string;
  override: Override;
}

export interface OverridesRead {
  overrides: Record<string, Override[]>;
  problems: Problem[];
}

const STATUS_LIST = { type: 'list' as const, values: CHECK_STATUSES, message: 'Kies voldoet, voldoet niet of onbekend.' };

/** Columns assessors type in; re-screening keeps them (keyed by Aanvraag + Toets). */
export const OVERRIDE_HEADERS = {
  oordeel: 'Oordeel beoordelaar',
  reden: 'Reden oordeel',
  beoordelaar: 'Beoordelaar',
  rol: 'Rol',
  tijdstip: 'Tijdstip oordeel',
} as const;

export const SCREENING_KEY_HEADERS = ['Aanvraag', 'Toets', ...Object.values(OVERRIDE_HEADERS)];

export const SCREENING_COLUMNS: ColumnDef<ScreeningRow>[] = [
  { header: 'Aanvraag', kind: 'text', width: 12, value: (r) => r.result.id },
  { header: 'Naam initiatief', kind: 'text', width: 26, value: (r) => r.naam },
  { header: 'Uitkomst aanvraag', kind: 'text', width: 14, highlights: ELIGIBILITY_HIGHLIGHTS, value: (r) => r.result.status },
  { header: 'Kernregio', kind: 'text', width: 16, value: (r) => r.result.regio },
  { header: 'Toets', kind: 'text', width: 12, value: (r) => r.check?.id },
  { header: 'Ook voor', kind: 'text', width: 8, value: (r) => join(r.check?.alsoIds) },
  { header: 'Criterium', kind: 'text', width: 40, value: (r) => r.check?.label },
  { header: 'Berekend', kind: 'text', width: 12, highlights: CHECK_HIGHLIGHTS, value: (r) => r.check?.berekend ?? r.check?.status },
  { header: 'Uitkomst', kind: 'text', width: 12, highlights: CHECK_HIGHLIGHTS, value: (r) => r.check?.status },
  { header: 'Reden', kind: 'text', width: 50, value: (r) => r.check?.reden },
  { header: 'Velden', kind: 'text', width: 24, value: (r) => join(r.check?.velden) },
  // Where the rule comes from (source place, team setting or assessor aid), so a reader of the sheet
  // can check the rule without the program.
  { header: 'Herkomst', kind: 'text', width: 28, value: (r) => (r.check ? renderHerkomst(r.check.herkomst, 'nl') : undefined) },
  { header: 'Knock-out', kind: 'boolean', width: 9, value: (r) => r.check?.knockout },
  { header: 'Beoordelaar nodig', kind: 'boolean', width: 9, value: (r) => r.check?.beoordelaarNodig ?? false },
  { header: OVERRIDE_HEADERS.oordeel, kind: 'text', width: 14, owner: 'persoon', validation: STATUS_LIST, highlights: CHECK_HIGHLIGHTS, value: (r) => r.typed?.oordeel ?? r.check?.override?.status },
  { header: OVERRIDE_HEADERS.reden, kind: 'text', width: 40, owner: 'persoon', value: (r) => r.typed?.reden ?? r.check?.override?.reden },
  { header: OVERRIDE_HEADERS.beoordelaar, kind: 'text', width: 16, owner: 'persoon', value: (r) => r.typed?.beoordelaar ?? r.check?.override?.beoordelaar },
  { header: OVERRIDE_HEADERS.rol, kind: 'text', width: 16, owner: 'persoon', value: (r) => r.typed?.rol ?? r.check?.override?.rol },
  { header: OVERRIDE_HEADERS.tijdstip, kind: 'text', width: 18, owner: 'persoon', value: (r) => r.typed?.tijdstip ?? r.check?.override?.tijdstip },
];

const SEP = '\u0000';
const keyOf = (aanvraag: string, toets: string): string => `${aanvraag}${SEP}${toets}`;

/** What was typed in Toetsing, with the pane's explicit overrides written over their own checks. */
export interface TypedJudgements {
  /** Records (Aanvraag, Toets and the five judgement columns) as the screening sees them. */
  records: Record<string, string>[];
  /** Kept judgements by Aanvraag + Toets. */
  typed: Map<string, TypedOverride & { aanvraag: string; toets: string }>;
  /** The judgement cells an explicit override replaced, for its audit row. */
  replaced: Map<string, Record<string, string>>;
}

/**
 * Merges the typed records (columns of Toetsing by header, as read) with explicit overrides: an
 * explicit override replaces the judgement cells of its own check, and nothing else.
 */
export function typedJudgements(columns: Record<string, readonly string[] | null>, explicit: readonly ExplicitOverride[]): TypedJudgements {
  const aanvragen = columns.Aanvraag ?? [];
  const records = aanvragen.map((_, i) => Object.fromEntries(SCREENING_KEY_HEADERS.map((h) => [h, columns[h]?.[i] ?? ''])));
  const replaced = new Map<string, Record<string, string>>();
  for (const { aanvraag, override } of explicit) {
    const cells = {
      [OVERRIDE_HEADERS.oordeel]: override.status,
      [OVERRIDE_HEADERS.reden]: override.reden,
      [OVERRIDE_HEADERS.beoordelaar]: override.beoordelaar,
      [OVERRIDE_HEADERS.rol]: override.rol ?? '',
      [OVERRIDE_HEADERS.tijdstip]: override.tijdstip,
    };
    const at = records.findIndex((r) => r.Aanvraag.trim() === aanvraag && r.Toets.trim() === override.checkId);
    if (at >= 0) {
      replaced.set(keyOf(aanvraag, override.checkId), { ...records[at] });
      records[at] = { ...records[at], ...cells };
    } else {
      records.push({ Aanvraag: aanvraag, Toets: override.checkId, ...cells });
    }
  }
  const typed = new Map<string, TypedOverride & { aanvraag: string; toets: string }>();
  for (const record of records) {
    const aanvraag = record.Aanvraag.trim();
    const toets = record.Toets.trim();
    const [oordeel, reden, beoordelaar, rol, tijdstip] = Object.values(OVERRIDE_HEADERS).map((h) => record[h] ?? '');
    if (!aanvraag || (!oordeel.trim() && !reden.trim() && !beoordelaar.trim())) continue;
    // Kept exactly as typed; only the key is trimmed.
    typed.set(keyOf(aanvraag, toets), { aanvraag, toets, oordeel, reden, beoordelaar, rol, tijdstip });
  }
  return { records, typed, replaced };
}

/** The records as a table (data row i is sheet row i + 2: the table is ours and starts at A1). */
export function judgementTable(records: Record<string, string>[]): TableData {
  return { headers: SCREENING_KEY_HEADERS, rows: [], records, rowNumbers: records.map((_, i) => i + 2) };
}

/**
 * The rows of Toetsing: every check of every result with what was typed for it, then the typed
 * judgements whose application or check is gone (kept, never dropped).
 */
export function screeningRows(results: readonly EligibilityResult[], names: ReadonlyMap<string, string>, typed: TypedJudgements['typed'] = new Map()): ScreeningRow[] {
  const rows: ScreeningRow[] = [];
  const used = new Set<string>();
  for (const result of results) {
    for (const check of result.checks) {
      const key = keyOf(result.id, check.id);
      const kept = typed.get(key);
      if (kept) used.add(key);
      rows.push({ result, naam: names.get(result.id) ?? '', check, typed: kept });
    }
  }
  for (const [key, kept] of typed) {
    if (used.has(key)) continue;
    const orphan: EligibilityResult = { id: kept.aanvraag, status: 'onvolledig', regio: null, checks: [], beleid: { id: '', versie: '' } };
    rows.push({
      result: orphan,
      naam: names.get(kept.aanvraag) ?? '',
      check: {
        id: kept.toets,
        label: '(niet meer in deze toetsing)',
        status: 'onbekend',
        reden: 'Aanvraag of toets komt niet meer voor; het oordeel is bewaard.',
        velden: [],
        knockout: false,
        // No rule decided this row: it only keeps what a person typed, for an assessor to look at.
        bevindingen: [],
        herkomst: { soort: 'hulp', uitleg: 'Een getypt oordeel bij een aanvraag of toets die niet meer voorkomt; bewaard, niet berekend.' },
      },
      typed: kept,
    });
  }
  return rows;
}

export function screeningKey(aanvraag: string, toets: string): string {
  return keyOf(aanvraag, toets);
}

/** The audit row of an explicit override: what it decides, what it replaced, and why. */
export function overrideAuditEntry(aanvraag: string, override: Override, results: readonly EligibilityResult[], before: Record<string, string> | undefined): AuditEntry {
  const check = results.find((r) => r.id === aanvraag)?.checks.find((c) => c.id === override.checkId);
  const was = before?.[OVERRIDE_HEADERS.oordeel]?.trim()
    ? `vervangt het getypte oordeel "${before[OVERRIDE_HEADERS.oordeel]}"${before[OVERRIDE_HEADERS.beoordelaar]?.trim() ? ` van ${before[OVERRIDE_HEADERS.beoordelaar]}` : ''}`
    : 'geen eerder oordeel';
  const berekend = check ? `berekend: ${check.berekend ?? check.status}` : 'toets niet in deze toetsing';
  return {
    actie: 'afwijking',
    onderwerp: `${aanvraag} · ${override.checkId}`,
    melding: `${override.checkId} bij ${aanvraag}: ${override.status} (${berekend}; ${was}). Reden: ${override.reden}`,
    tijdstip: override.tijdstip,
    wie: override.beoordelaar,
    rol: override.rol,
  };
}

/** Typed judgements in Toetsing → overrides per application, with problems for unusable ones. */
export function overridesFrom(data: TableData, fallbackTime: string): OverridesRead {
  const overrides: Record<string, Override[]> = {};
  const problems: Problem[] = [];
  data.records.forEach((record, i) => {
    const text = (header: string): string => String(record[header] ?? '').trim();
    const aanvraag = text('Aanvraag');
    const toets = text('Toets');
    const oordeel = text(OVERRIDE_HEADERS.oordeel);
    const reden = text(OVERRIDE_HEADERS.reden);
    if (!aanvraag || (!oordeel && !reden)) return;
    const plaats = `${SHEETS.toetsing}!rij ${data.rowNumbers[i] ?? i + 2}`;
    if (!(CHECK_STATUSES as readonly string[]).includes(oordeel)) {
      problems.push({ bestand: SHEETS.toetsing, plaats, veld: OVERRIDE_HEADERS.oordeel, melding: `Oordeel "${oordeel}" bij ${aanvraag} ${toets} is niet voldoet, voldoet niet of onbekend; genegeerd.` });
      return;
    }
    if (!reden) {
      problems.push({ bestand: SHEETS.toetsing, plaats, veld: OVERRIDE_HEADERS.reden, melding: `Oordeel bij ${aanvraag} ${toets} heeft geen reden; een oordeel zonder geschreven reden telt niet.` });
      return;
    }
    const override: Override = {
      checkId: toets,
      status: oordeel as CheckStatus,
      reden,
      beoordelaar: text(OVERRIDE_HEADERS.beoordelaar),
      tijdstip: text(OVERRIDE_HEADERS.tijdstip) || fallbackTime,
      ...(text(OVERRIDE_HEADERS.rol) ? { rol: text(OVERRIDE_HEADERS.rol) } : {}),
    };
    (overrides[aanvraag] ??= []).push(override);
  });
  return { overrides, problems };
}
