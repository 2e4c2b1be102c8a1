import type { AuditEvent } from '../audit';
import type { Problem } from '../outcome';
import type { Rubric } from '../policy';
import type { TeamSettings } from '../team-settings';
import { TEAM_SETTING_TEXTS, teamSettingsSchema } from '../team-settings';
import type { Herkomst } from '../findings';
import type { Score } from './score';

/**
 * Conflicts of interest (belangen). Each assessor declares per application "geen belang" or a
 * conflict with a short reason. A conflicted assessor never scores that application: their scores
 * never count, even when a file holds them; a typed score is refused with a message; completeness
 * counts the eligible assessors only, and how many are needed then is the team's choice
 * (`beoordelaarsBijBelang`, src/rules/team-settings.ts).
 *
 * When were the scores entered? A score cell carries no time in either host, so the workbook
 * offers two kinds of evidence, and the late-declaration rule uses both:
 * 1. entry order at the moment of declaring: whoever saves a declaration (the pane, `zk`) knows
 *    whether that assessor's scores for that application are already in the workbook, and stores
 *    it with the declaration (`scoresAlIngevuld`, column "Scores al ingevuld" of Belangen);
 * 2. moments from the audit: reading back a personal scoring file and saving scores are audited
 *    with a time (`ScoreMoment`); a declaration with a later time than a moment for the same
 *    assessor and application came after the scores.
 * Neither is proof of what happened on someone's own machine; both are what the workbook records.
 */

export const BELANG_SOORTEN = ['geen', 'conflict'] as const;
export type BelangSoort = (typeof BELANG_SOORTEN)[number];

/** One assessor's declaration for one application. */
export interface Belangverklaring {
  aanvraag: string;
  beoordelaar: string;
  rol: string;
  belang: BelangSoort;
  /** Required for a conflict ("werkt bij een deelnemende praktijk"); may be empty for `geen`. */
  reden: string;
  /** When it was declared (ISO), passed in: rules never read the clock. */
  tijdstip: string;
  /** Were this assessor's scores for this application already entered when it was declared? */
  scoresAlIngevuld?: boolean;
}

/** When an assessor's scores for an application were known to exist (from the audit). */
export interface ScoreMoment {
  aanvraag: string;
  beoordelaar: string;
  rol?: string;
  /** ISO time. */
  tijdstip: string;
  /** What recorded it, e.g. `beoordeling ingelezen: analist.xlsx`. */
  bron: string;
}

/** Who an assessor is, as far as scores and declarations name them. */
export interface AssessorRef {
  beoordelaar: string;
  rol: string;
}

const norm = (s: string | undefined): string => (s ?? '').trim().toLocaleLowerCase('nl-NL');

/**
 * Does this declaration concern this assessor? Names are compared without case and spaces round
 * them. A score sheet of the shared workbook names its assessor by role when the name cell is
 * empty, so an unnamed assessor (name = role, or no name) matches on the role.
 */
export function sameAssessor(a: AssessorRef, b: AssessorRef): boolean {
  const an = norm(a.beoordelaar);
  const bn = norm(b.beoordelaar);
  if (an && bn && an === bn) return true;
  const ar = norm(a.rol);
  const br = norm(b.rol);
  if (!ar || ar !== br) return false;
  const unnamed = (n: string, r: string) => !n || n === r;
  return unnamed(an, ar) || unnamed(bn, br);
}

/**
 * The declaration that counts per assessor and application: the latest by time (then by order),
 * so a corrected declaration replaces the earlier one. Declarations are kept in the audit either way.
 */
export function currentDeclarations(belangen: readonly Belangverklaring[]): Belangverklaring[] {
  // Grouped by application first, so the comparison of assessors stays within one application.
  const byApp = new Map<string, Belangverklaring[]>();
  for (const b of belangen) {
    const id = b.aanvraag.trim();
    let list = byApp.get(id);
    if (!list) byApp.set(id, (list = []));
    const at = list.findIndex((o) => sameAssessor(o, b));
    if (at < 0) list.push(b);
    else if (compareTimes(b.tijdstip, list[at].tijdstip) >= 0) list[at] = b;
  }
  return [...byApp.values()].flat();
}

/** The current conflicts per application, for quick look-ups over many scores. */
export class ConflictIndex {
  private readonly byApp = new Map<string, Belangverklaring[]>();
  constructor(belangen: readonly Belangverklaring[]) {
    for (const b of currentDeclarations(belangen)) {
      if (b.belang !== 'conflict') continue;
      const id = b.aanvraag.trim();
      const list = this.byApp.get(id);
      if (list) list.push(b);
      else this.byApp.set(id, [b]);
    }
  }
  conflict(aanvraag: string, who: AssessorRef): Belangverklaring | undefined {
    return this.byApp.get(aanvraag.trim())?.find((b) => sameAssessor(b, who));
  }
  get size(): number {
    return this.byApp.size;
  }
}

/** The assessors of the panel who may score this application (no current conflict). */
export function eligibleAssessors<T extends AssessorRef>(panel: readonly T[], aanvraag: string, belangen: readonly Belangverklaring[]): T[] {
  const index = new ConflictIndex(belangen);
  return panel.filter((p) => !index.conflict(aanvraag, p));
}

/**
 * The applications an assessor scores: all but those with a current conflict. A personal scoring
 * file and a score sheet get rows for these only, so a conflicted assessor has no row to type in.
 */
export function applicationsToScore<T extends { id: string }>(applications: readonly T[], who: AssessorRef, belangen: readonly Belangverklaring[]): T[] {
  const index = new ConflictIndex(belangen);
  return applications.filter((a) => !index.conflict(a.id, who));
}

export interface ScoreFilter<S extends AssessorRef & { aanvraag: string }> {
  /** The scores that count. */
  telt: S[];
  /** Scores of conflicted assessors, left out (never counted, whatever they are). */
  uitgesloten: { score: S; belang: Belangverklaring }[];
}

/** Leaves out every score of an assessor with a conflict for that application. */
export function withoutConflicted<S extends AssessorRef & { aanvraag: string }>(scores: readonly S[], belangen: readonly Belangverklaring[]): ScoreFilter<S> {
  const index = new ConflictIndex(belangen);
  const telt: S[] = [];
  const uitgesloten: ScoreFilter<S>['uitgesloten'] = [];
  if (!index.size) return { telt: [...scores], uitgesloten };
  for (const s of scores) {
    const belang = index.conflict(s.aanvraag, s);
    if (belang) uitgesloten.push({ score: s, belang });
    else telt.push(s);
  }
  return { telt, uitgesloten };
}

/** Where a typed score is: file or sheet, cell or row, field (the rubric item). */
export interface ScorePlace {
  bestand: string;
  plaats: string;
  veld: string;
}

/**
 * Refuses typed scores of conflicted assessors: one problem each, naming the sheet, the cell or
 * row, and the item. Empty cells (`score: null`) are no score and give no problem.
 */
export function conflictedScoreProblems<S extends AssessorRef & { aanvraag: string; score: number | null }>(
  entries: readonly { score: S; plaats: ScorePlace }[],
  belangen: readonly Belangverklaring[],
): Problem[] {
  const index = new ConflictIndex(belangen);
  const out: Problem[] = [];
  for (const { score, plaats } of entries) {
    if (score.score === null) continue;
    const belang = index.conflict(score.aanvraag, score);
    if (belang) out.push({ ...plaats, melding: conflictRefusal(belang), ernst: 'fout' });
  }
  return out;
}

/** The Dutch refusal of a score typed by a conflicted assessor. */
export function conflictRefusal(b: Belangverklaring): string {
  return `${who(b)} heeft een belang bij aanvraag ${b.aanvraag.trim()} (${b.reden.trim() || 'geen reden opgegeven'}) en scoort deze aanvraag niet; deze score is geweigerd en telt niet mee.`;
}

const who = (b: AssessorRef): string => (b.rol && norm(b.rol) !== norm(b.beoordelaar) ? `${b.beoordelaar.trim() || b.rol} (${b.rol})` : b.beoordelaar.trim() || b.rol);

/** Problems with a declaration itself (field → Dutch message); empty when it can be stored. */
export function declarationProblems(b: Partial<Belangverklaring>): { veld: keyof Belangverklaring; melding: string }[] {
  const out: { veld: keyof Belangverklaring; melding: string }[] = [];
  if (!b.aanvraag?.trim()) out.push({ veld: 'aanvraag', melding: 'geen aanvraag ingevuld' });
  if (!b.beoordelaar?.trim() && !b.rol?.trim()) out.push({ veld: 'beoordelaar', melding: 'geen beoordelaar of rol ingevuld' });
  if (!b.belang || !(BELANG_SOORTEN as readonly string[]).includes(b.belang)) out.push({ veld: 'belang', melding: `belang "${b.belang ?? ''}" is geen ${BELANG_SOORTEN.join(' of ')}` });
  else if (b.belang === 'conflict' && !b.reden?.trim()) out.push({ veld: 'reden', melding: 'een belang heeft een korte reden nodig (bijvoorbeeld: werkt bij een deelnemende praktijk)' });
  if (!b.tijdstip?.trim()) out.push({ veld: 'tijdstip', melding: 'geen tijdstip van de verklaring' });
  return out;
}

/** A declaration made after that assessor's scores for that application were entered. */
export interface LateDeclaration {
  verklaring: Belangverklaring;
  /** The evidence: stored entry order, or the earliest audited moment before the declaration. */
  bewijs: { soort: 'volgorde' } | { soort: 'moment'; moment: ScoreMoment };
}

/**
 * Flags declarations made after the scores (see the comment at the top for what the workbook can
 * provide). Only conflicts are flagged: "geen belang" after scoring changes nothing. Equal times
 * are not late (a read-back and a declaration in the same action).
 */
export function lateDeclarations(belangen: readonly Belangverklaring[], momenten: readonly ScoreMoment[] = []): LateDeclaration[] {
  const out: LateDeclaration[] = [];
  for (const b of belangen) {
    if (b.belang !== 'conflict') continue;
    if (b.scoresAlIngevuld) {
      out.push({ verklaring: b, bewijs: { soort: 'volgorde' } });
      continue;
    }
    const earlier = momenten
      .filter((m) => m.aanvraag.trim() === b.aanvraag.trim() && sameAssessor({ beoordelaar: m.beoordelaar, rol: m.rol ?? '' }, b) && compareTimes(m.tijdstip, b.tijdstip) < 0)
      .sort((x, y) => compareTimes(x.tijdstip, y.tijdstip));
    if (earlier.length) out.push({ verklaring: b, bewijs: { soort: 'moment', moment: earlier[0] } });
  }
  return out;
}

/**
 * Two ISO times compared as moments ("…10:00:00Z" and "…10:00:00.000Z" are the same), as text when
 * either does not parse.
 */
export function compareTimes(a: string, b: string): number {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isFinite(ta) && Number.isFinite(tb)) return ta - tb;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function lateDeclarationText(l: LateDeclaration): string {
  const b = l.verklaring;
  const when = l.bewijs.soort === 'volgorde' ? 'toen de scores al waren ingevuld' : `na de scores (${l.bewijs.moment.bron}, ${l.bewijs.moment.tijdstip})`;
  return `${who(b)} meldde een belang bij ${b.aanvraag.trim()} ${when}; deze scores tellen niet mee. Bespreek met het team of de andere beoordelaars ze hebben gezien.`;
}

const DEFAULT_TEAM = teamSettingsSchema.parse({});

/** Where the number of assessors with a conflict comes from: the team's choice, with its default. */
export function minimumWithConflictHerkomst(): Herkomst {
  return {
    soort: 'keuze',
    instelling: TEAM_SETTING_TEXTS.beoordelaarsBijBelang.label,
    standaard: DEFAULT_TEAM.beoordelaarsBijBelang,
    uitleg: TEAM_SETTING_TEXTS.beoordelaarsBijBelang.waarom,
  };
}

/**
 * How many complete assessors an application needs. Without a conflict: the policy's
 * `minBeoordelaars`. With one or more conflicted panel members: the eligible ones, at most the
 * policy's number and never fewer than the team's `beoordelaarsBijBelang`:
 * `min(minBeoordelaars, max(beoordelaarsBijBelang, eligible))`.
 */
export function requiredAssessors(rubric: Pick<Rubric, 'minBeoordelaars'>, panelSize: number, conflicted: number, teamkeuzes?: Pick<TeamSettings, 'beoordelaarsBijBelang'>): number {
  if (conflicted <= 0) return rubric.minBeoordelaars;
  const floor = teamkeuzes?.beoordelaarsBijBelang ?? DEFAULT_TEAM.beoordelaarsBijBelang;
  const eligible = Math.max(0, panelSize - conflicted);
  return Math.min(rubric.minBeoordelaars, Math.max(floor, eligible));
}

/** The audit row of one declaration: who declared what for which application, and why. */
export function declarationEvent(b: Belangverklaring): AuditEvent {
  const id = b.aanvraag.trim();
  return {
    tijdstip: b.tijdstip,
    wie: b.beoordelaar.trim() || b.rol,
    rol: b.rol,
    soort: 'belangverklaring',
    wat: b.belang === 'conflict' ? `belang bij ${id}` : `geen belang bij ${id}`,
    waarom: b.belang === 'conflict' ? `${b.reden.trim()}; ${who(b)} scoort deze aanvraag niet.` : 'Geen belang gemeld.',
  };
}

/** The second audit row of a declaration made after the scores, with its evidence. */
export function lateDeclarationEvent(l: LateDeclaration): AuditEvent {
  const b = l.verklaring;
  return { tijdstip: b.tijdstip, wie: b.beoordelaar.trim() || b.rol, rol: b.rol, soort: 'late belangverklaring', wat: `belang bij ${b.aanvraag.trim()} gemeld na de scores`, waarom: lateDeclarationText(l) };
}

/** The audit of the declarations: one row each, and a second row for a late one. */
export function declarationEvents(belangen: readonly Belangverklaring[], momenten: readonly ScoreMoment[] = []): AuditEvent[] {
  const late = new Map(lateDeclarations(belangen, momenten).map((l) => [l.verklaring, l]));
  return belangen.flatMap((b) => {
    const l = late.get(b);
    return l ? [declarationEvent(b), lateDeclarationEvent(l)] : [declarationEvent(b)];
  });
}

/** Scores left out because of a conflict, one line per assessor and application. */
export function excludedScoreNotes<S extends Score>(uitgesloten: ScoreFilter<S>['uitgesloten']): string[] {
  const groups = new Map<string, { b: Belangverklaring; n: number }>();
  for (const { score, belang } of uitgesloten) {
    const key = `${score.aanvraag}\u0000${norm(belang.beoordelaar)}\u0000${norm(belang.rol)}`;
    const g = groups.get(key);
    if (g) g.n++;
    else groups.set(key, { b: belang, n: 1 });
  }
  return [...groups.values()].map(({ b, n }) => `${n} score${n === 1 ? '' : 's'} van ${who(b)} voor ${b.aanvraag.trim()} tellen niet mee: belang gemeld (${b.reden.trim()}).`);
}
