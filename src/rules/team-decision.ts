import type { Bevinding, Herkomst } from './findings';
import type { CheckResult } from './outcome';
import type { TeamSettings } from './team-settings';

/**
 * The team's decision on an incomplete (`onvolledig`) application.
 *
 * The source says only "Zilveren Kruis behoudt zich het recht voor om een projectplan gemotiveerd
 * af te wijzen"; it says nothing of what happens to an application with missing information. So
 * the program decides nothing (teamkeuze `onvolledig: besluit-team`): such an application is
 * "besluit van het team nodig" until the team either asks for the missing items (a letter
 * "verzoek om aanvulling" with a reply date the team sets) or rejects it with a written motivation.
 */
export const TEAM_DECISION_KINDS = ['aanvulling', 'afwijzen'] as const;
export type TeamDecisionKind = (typeof TEAM_DECISION_KINDS)[number];

/** How a kind is written in a decisions file, a sheet and the pane. */
export const TEAM_DECISION_LABELS: Readonly<Record<TeamDecisionKind, string>> = {
  aanvulling: 'om aanvulling vragen',
  afwijzen: 'afwijzen',
};

export interface TeamDecision {
  aanvraag: string;
  besluit: TeamDecisionKind;
  /** Required for `afwijzen` (quoted in the letter); an optional note for `aanvulling`. */
  motivering: string;
  /** ISO date by which the applicant replies; required for `aanvulling`. */
  antwoordVoor?: string;
  wie: string;
  rol?: string;
  /** ISO timestamp of the decision, passed in (rules never read the clock). */
  tijdstip: string;
}

/** One refused field of a team decision, in Dutch. */
export interface TeamDecisionProblem {
  veld: keyof TeamDecision;
  melding: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date `JJJJ-MM-DD` (no 31 April). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * Why a team decision is refused, field by field (empty when it is acceptable). `datum` is the
 * decision date (ISO): a reply date must come after it.
 */
export function teamDecisionProblems(b: Partial<TeamDecision>, datum?: string): TeamDecisionProblem[] {
  const problems: TeamDecisionProblem[] = [];
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const id = text(b.aanvraag);
  if (!id) problems.push({ veld: 'aanvraag', melding: 'geen aanvraag opgegeven' });
  const wie = id ? ` bij ${id}` : '';
  if (!TEAM_DECISION_KINDS.includes(b.besluit as TeamDecisionKind)) {
    problems.push({ veld: 'besluit', melding: `besluit '${text(b.besluit) || String(b.besluit ?? '')}'${wie} is geen ‘aanvulling’ of ‘afwijzen’` });
  } else if (b.besluit === 'afwijzen' && !text(b.motivering)) {
    problems.push({ veld: 'motivering', melding: `afwijzen${wie} geweigerd: een onvolledige aanvraag wordt alleen met een schriftelijke motivering afgewezen` });
  } else if (b.besluit === 'aanvulling') {
    const date = text(b.antwoordVoor);
    if (!date) problems.push({ veld: 'antwoordVoor', melding: `verzoek om aanvulling${wie} zonder datum waarvoor de aanvrager antwoordt` });
    else if (!isIsoDate(date)) problems.push({ veld: 'antwoordVoor', melding: `'${date}'${wie} is geen datum (JJJJ-MM-DD)` });
    else if (datum && date <= datum.slice(0, 10)) problems.push({ veld: 'antwoordVoor', melding: `antwoorddatum ${date}${wie} ligt niet na de besluitdatum ${datum.slice(0, 10)}` });
  }
  if (!text(b.wie)) problems.push({ veld: 'wie', melding: `wie het besluit${wie} neemt ontbreekt` });
  if (!text(b.tijdstip)) problems.push({ veld: 'tijdstip', melding: `tijdstip van het besluit${wie} ontbreekt` });
  return problems;
}

/** The reply date the pane and the sample propose: the decision date plus `aanvullingTermijnDagen`. */
export function proposedReplyDate(datum: string, teamkeuzes: Pick<TeamSettings, 'aanvullingTermijnDagen'>): string {
  const d = new Date(`${datum.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + teamkeuzes.aanvullingTermijnDagen);
  return d.toISOString().slice(0, 10);
}

/** One thing an incomplete application must still provide: the check it blocks and the fields that decide it. */
export interface MissingItem {
  /** The check: `K9`, `looptijd`; `alsoIds` the repeats it answers for (K10 for K1). */
  id: string;
  alsoIds: string[];
  /** The condition in the source's wording. */
  label: string;
  /** Application fields that are missing or unreadable, from the check's unknown evidence (else the check's fields). */
  velden: string[];
  /** The unknown findings themselves, when the check returns typed evidence. */
  bevindingen: Bevinding[];
  herkomst: Herkomst;
}

/**
 * The fields an unknown finding names: its `veld` and the list of fields it carries as data
 * (`extra.ontbrekendeVelden`, when more than one field would settle it).
 */
function evidenceFields(b: Bevinding): string[] {
  const list = b.extra?.ontbrekendeVelden;
  const fields = Array.isArray(list) ? list.filter((v): v is string => typeof v === 'string' && v !== '') : [];
  return typeof b.veld === 'string' && b.veld !== '' && !fields.includes(b.veld) ? [b.veld, ...fields] : fields;
}

/**
 * Drops a field of every participant (`deelnemers[].discipline`) when a finding names it for one
 * participant (`deelnemers[2].discipline`): the letter asks for what is missing, not for all.
 */
function withoutCovered(velden: string[]): string[] {
  return velden.filter((v) => !v.includes('[]') || !velden.some((w) => w !== v && w.replace(/\[\d+\]/g, '[]') === v));
}

/**
 * What an incomplete application is missing, read from the data: every knock-out that is
 * `onbekend`, with the fields of its unknown findings (or, for a check without typed evidence,
 * the fields the check reads). Never from the sentence.
 */
export function missingItems(checks: readonly Pick<CheckResult, 'id' | 'alsoIds' | 'label' | 'status' | 'knockout' | 'velden' | 'bevindingen' | 'herkomst'>[]): MissingItem[] {
  return checks
    .filter((c) => c.knockout && c.status === 'onbekend')
    .map((c) => {
      const unknown = c.bevindingen.filter((b) => b.status === 'onbekend');
      const fromEvidence = unknown.flatMap(evidenceFields);
      return {
        id: c.id,
        alsoIds: c.alsoIds ?? [],
        label: c.label,
        velden: fromEvidence.length ? withoutCovered([...new Set(fromEvidence)]) : [...new Set(c.velden)],
        bevindingen: unknown,
        herkomst: c.herkomst,
      };
    });
}

/** The columns of a decisions file and of the Besluiten sheet, in order: field and Dutch header. */
export const TEAM_DECISION_COLUMNS = [
  { veld: 'aanvraag', kop: 'Aanvraag' },
  { veld: 'besluit', kop: 'Besluit' },
  { veld: 'motivering', kop: 'Motivering' },
  { veld: 'antwoordVoor', kop: 'Antwoord vóór' },
  { veld: 'wie', kop: 'Wie' },
  { veld: 'rol', kop: 'Rol' },
  { veld: 'tijdstip', kop: 'Tijdstip' },
] as const satisfies readonly { veld: keyof TeamDecision; kop: string }[];

/** `Antwoord vóór`, `antwoord_voor`, `antwoordVoor` → `antwoordvoor`: how a header is matched. */
export function headerKey(header: unknown): string {
  return String(header ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}

/** `aanvulling`, `om aanvulling vragen`, `verzoek om aanvulling`, `afwijzen`, `afgewezen` → the kind; else undefined. */
export function teamDecisionKind(value: unknown): TeamDecisionKind | undefined {
  const v = headerKey(value);
  if (v === 'aanvulling' || v === 'omaanvullingvragen' || v === 'verzoekomaanvulling' || v === 'aanvullen') return 'aanvulling';
  if (v === 'afwijzen' || v === 'afgewezen' || v === 'afwijzing') return 'afwijzen';
  return undefined;
}

/**
 * A date as a decisions file or sheet holds it: `2021-01-14`, `14-1-2021`, a JavaScript Date (a
 * date cell read by exceljs) or an Excel serial number. Undefined when it is none of these.
 */
export function dateValue(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
    // Excel's day 1 is 1900-01-01, counting the non-existent 29 February 1900.
    return new Date(Date.UTC(1899, 11, 30) + Math.round(value) * 86_400_000).toISOString().slice(0, 10);
  }
  const text = String(value ?? '').trim();
  if (isIsoDate(text)) return text;
  const nl = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (nl) {
    const iso = `${nl[3]}-${nl[2].padStart(2, '0')}-${nl[1].padStart(2, '0')}`;
    return isIsoDate(iso) ? iso : undefined;
  }
  return undefined;
}

/** An input problem of a decisions row: which field, and why (the caller adds file and row). */
export interface RecordProblem {
  veld: string;
  melding: string;
}

/**
 * One row of a decisions file or the Besluiten sheet (values keyed by `headerKey`) as a team
 * decision, or the problems that refuse it, one per field. `datum` is the decision date (a reply
 * date must come after it); `tijdstip` stands in for a row without one. A row with no decision typed yet is
 * neither (`leeg`): the Besluiten sheet lists every incomplete application, decided or not.
 */
export function teamDecisionFromRecord(record: Readonly<Record<string, unknown>>, options: { datum?: string; tijdstip?: string } = {}): { besluit?: TeamDecision; problemen: RecordProblem[]; leeg?: boolean } {
  const get = (veld: keyof TeamDecision) => record[headerKey(veld)];
  const text = (veld: keyof TeamDecision) => {
    const v = get(veld);
    return v instanceof Date ? v.toISOString() : String(v ?? '').trim();
  };
  const kop = (veld: keyof TeamDecision) => TEAM_DECISION_COLUMNS.find((c) => c.veld === veld)!.kop;
  if (!text('besluit') && !text('motivering') && !text('antwoordVoor')) return { problemen: [], leeg: true };
  const problemen: RecordProblem[] = [];
  const kind = teamDecisionKind(get('besluit'));
  const rawDate = get('antwoordVoor');
  const antwoordVoor = text('antwoordVoor') ? dateValue(rawDate) : undefined;
  if (text('antwoordVoor') && !antwoordVoor) problemen.push({ veld: kop('antwoordVoor'), melding: `'${text('antwoordVoor')}' is geen datum (JJJJ-MM-DD of DD-MM-JJJJ)` });
  const candidate: Partial<TeamDecision> = {
    aanvraag: text('aanvraag'),
    besluit: kind ?? (text('besluit') as TeamDecisionKind),
    motivering: text('motivering'),
    ...(antwoordVoor ? { antwoordVoor } : {}),
    wie: text('wie'),
    ...(text('rol') ? { rol: text('rol') } : {}),
    // A row typed in a sheet has no time of its own: the run's time stands in, as for typed overrides.
    tijdstip: text('tijdstip') || options.tijdstip || '',
  };
  for (const p of teamDecisionProblems(candidate, options.datum)) {
    // An unreadable date was already named with what was typed.
    if (p.veld === 'antwoordVoor' && text('antwoordVoor') && !antwoordVoor) continue;
    problemen.push({ veld: kop(p.veld), melding: p.melding });
  }
  return problemen.length ? { problemen } : { besluit: candidate as TeamDecision, problemen };
}
