/**
 * Personal scoring files read back together: rows matched by application, assessor and item, each
 * refusal a Dutch problem naming file, row and field, and every accepted score an ordinary `Score`
 * (src/rules/scoring/score.ts), so ranking reads them as it reads a score file.
 *
 * A later version of the same assessor's file replaces the earlier one, and the changed scores are
 * listed. Which file is later is decided by what the files hold (hand-out time, then the time the
 * file was last saved, then its content), never by the order they are given in: the same files in
 * any order give the same scores.
 */
import type { Problem } from '../rules/outcome';
import type { Rubric } from '../rules/policy';
import { type Belangverklaring, ConflictIndex, conflictRefusal, type ScoreMoment } from '../rules/scoring/conflicts';
import { type AssessorRef, assessorKey, assessorLabel, panelMember, samePanelMember } from '../rules/scoring/panel';
import { itemLabel } from '../rules/scoring/rubric-2021';
import type { Score } from '../rules/scoring/score';
import { readDecimal } from '../rules/dutch-number';
import { PERSONAL_SCORE_HEADERS, PERSONAL_SHEETS } from './personal-layout';
import type { PersonalFileRead } from './personal-file';

export interface ReadBackContext {
  rubric: Rubric;
  /** The panel of the policy (src/rules/scoring/panel.ts): a file of anyone else is refused. */
  panel: readonly AssessorRef[];
  /**
   * Check values of the applications as they are now. When given, a score for an application
   * whose text changed since the hand-out, or that is not among them, does not count.
   */
  controlegetallen?: ReadonlyMap<string, string>;
  /** Declarations of interest: a score of a conflicted assessor never counts (src/rules/scoring/conflicts.ts). */
  belangen?: readonly Belangverklaring[];
  /** When the files are read (ISO): the moment of a file that records no time of saving. */
  tijdstip?: string;
  /** The policy the scores are read with; a file handed out under another policy or version gets a warning. */
  beleid?: { id: string; versie: string };
}

export interface ScoreChange {
  aanvraag: string;
  item: string;
  /** null: no score in that version. */
  oud: number | null;
  nieuw: number | null;
  oudeToelichting: string;
  nieuweToelichting: string;
}

/** A file replaced by a later version of the same assessor's file. */
export interface Replacement {
  beoordelaar: AssessorRef;
  vervangen: string;
  door: string;
  wijzigingen: ScoreChange[];
}

export interface FileOutcome {
  bestand: string;
  beoordelaar?: AssessorRef;
  /** `gebruikt`: its scores count; `vervangen`: a later version counts; `geweigerd`: unreadable or not this panel's. */
  status: 'gebruikt' | 'vervangen' | 'geweigerd';
  /** Scores that count from this file (0 unless `gebruikt`). */
  scores: number;
  /** Application × item pairs handed out to this assessor without a score that counts. */
  ontbrekend: number;
}

export interface MissingScores {
  beoordelaar: AssessorRef;
  aanvraag: string;
  items: string[];
}

export interface ReadBackResult {
  scores: Score[];
  problemen: Problem[];
  vervangingen: Replacement[];
  bestanden: FileOutcome[];
  ontbrekend: MissingScores[];
  /**
   * When each assessor's scores for an application were known to exist: the time the file counted
   * was saved (else the reading time), for the audit and for flagging a declaration of interest
   * made after the scores (src/rules/scoring/conflicts.ts `lateDeclarations`).
   */
  momenten: ScoreMoment[];
}

interface Evaluated {
  file: PersonalFileRead;
  beoordelaar: AssessorRef;
  scores: Score[];
  problemen: Problem[];
  ontbrekend: MissingScores[];
  /** Everything the assessor typed, by application and item (valid or not), for the change list. */
  typed: Map<string, { score: number | null; toelichting: string }>;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const pairKey = (aanvraag: string, item: string) => `${aanvraag}\u0000${item}`;

/** What a file holds, as one string: the last tie-break between two versions, and for sorting. */
function fingerprint(f: PersonalFileRead): string {
  return JSON.stringify([f.identiteit ?? null, f.opgeslagen ?? '', f.rijen.map((r) => [r.aanvraag, r.item, r.score, r.toelichting])]);
}

function rowRange(rows: readonly number[]): string {
  if (rows.length === 1) return `rij ${rows[0]}`;
  return `rijen ${rows[0]}–${rows[rows.length - 1]}`;
}

function evaluate(file: PersonalFileRead, beoordelaar: AssessorRef, ctx: ReadBackContext): Evaluated {
  const { rubric } = ctx;
  const { min, max } = rubric.schaal;
  const conflicts = new ConflictIndex(ctx.belangen ?? []);
  const problemen: Problem[] = [];
  const scores: Score[] = [];
  const typed = new Map<string, { score: number | null; toelichting: string }>();
  const first = new Map<string, number>();
  const accepted = new Map<string, Set<string>>();
  const H = PERSONAL_SCORE_HEADERS;
  const at = (rij: number) => `${PERSONAL_SHEETS.scores}!rij ${rij}`;
  const fout = (plaats: string, veld: string, melding: string) => problemen.push({ bestand: file.bestand, plaats, veld, melding, ernst: 'fout' });
  const waarschuwing = (plaats: string, veld: string, melding: string) => problemen.push({ bestand: file.bestand, plaats, veld, melding, ernst: 'waarschuwing' });

  // Why every row of an application does not count (conflict, changed text, not handed out), reported once per application.
  const refusedApplications = new Map<string, { veld: string; melding: string; rijen: number[] }>();
  const applicationRefusal = (aanvraag: string): { veld: string; melding: string } | null => {
    const belang = conflicts.conflict(aanvraag, beoordelaar);
    if (belang) return { veld: H.aanvraag, melding: conflictRefusal(belang) };
    const handedOut = file.controlegetallen.get(aanvraag);
    if (handedOut === undefined) return { veld: H.aanvraag, melding: `aanvraag ${aanvraag} is niet aan ${assessorLabel(beoordelaar)} uitgedeeld (ze staat niet op het blad ${PERSONAL_SHEETS.controle}); deze scores tellen niet mee.` };
    if (ctx.controlegetallen) {
      const now = ctx.controlegetallen.get(aanvraag);
      if (now === undefined) return { veld: H.aanvraag, melding: `aanvraag ${aanvraag} is niet ingelezen; deze scores tellen niet mee.` };
      if (now !== handedOut) return { veld: H.aanvraag, melding: `aanvraag ${aanvraag} is gewijzigd sinds het uitdelen (het controlegetal verschilt); de scores gaan over de oude tekst en tellen niet mee. Deel het bestand opnieuw uit.` };
    }
    return null;
  };

  for (const row of file.rijen) {
    const rawScore = row.score;
    const empty = rawScore === '' || rawScore === null || rawScore === undefined;
    // The placeholder row of an empty sheet, or a row a person cleared but for its id.
    if (!row.item && empty && !row.toelichting) continue;
    if (!row.aanvraag) {
      if (!empty || row.toelichting) fout(at(row.rij), H.aanvraag, 'Geen aanvraag in deze rij; de score telt niet mee.');
      continue;
    }
    const refusal = applicationRefusal(row.aanvraag);
    if (refusal) {
      const seen = refusedApplications.get(row.aanvraag);
      if (seen) seen.rijen.push(row.rij);
      else refusedApplications.set(row.aanvraag, { ...refusal, rijen: [row.rij] });
      continue;
    }
    const item = rubric.items.find((i) => i.id.toLowerCase() === row.item.toLowerCase());
    if (!item) {
      fout(at(row.rij), H.item, `Onbekend onderdeel '${row.item}' bij aanvraag ${row.aanvraag}; de rubric kent ${rubric.items.map((i) => i.id).join(', ')}.`);
      continue;
    }
    const key = pairKey(row.aanvraag, item.id);
    const earlier = first.get(key);
    if (earlier !== undefined) {
      fout(at(row.rij), H.item, `Onderdeel ${itemLabel(rubric, item.id)} van aanvraag ${row.aanvraag} staat al op rij ${earlier}; deze tweede rij telt niet mee.`);
      continue;
    }
    first.set(key, row.rij);
    if (empty) {
      typed.set(key, { score: null, toelichting: row.toelichting });
      if (row.toelichting) waarschuwing(at(row.rij), H.score, `Toelichting zonder score bij aanvraag ${row.aanvraag}, ${itemLabel(rubric, item.id)}.`);
      continue;
    }
    const value = typeof rawScore === 'number' ? rawScore : typeof rawScore === 'string' ? (readDecimal(rawScore) ?? NaN) : NaN;
    const shown = typeof rawScore === 'number' ? String(rawScore).replace('.', ',') : String(rawScore);
    let melding: string | null = null;
    if (!Number.isFinite(value)) melding = `'${shown}' is geen score; verwacht een geheel getal van ${min} tot en met ${max}.`;
    else if (!Number.isInteger(value)) melding = `${shown} is geen geheel getal; de schaal loopt van ${min} tot en met ${max} in hele punten.`;
    else if (value < min || value > max) melding = `Score ${shown} ligt buiten de schaal ${min}–${max}.`;
    typed.set(key, { score: melding ? null : value, toelichting: row.toelichting });
    if (melding) {
      fout(at(row.rij), H.score, `${melding} (aanvraag ${row.aanvraag}, ${itemLabel(rubric, item.id)}; telt niet mee)`);
      continue;
    }
    scores.push({ aanvraag: row.aanvraag, beoordelaar: beoordelaar.beoordelaar, rol: beoordelaar.rol, item: item.id, score: value, toelichting: row.toelichting });
    let set = accepted.get(row.aanvraag);
    if (!set) accepted.set(row.aanvraag, (set = new Set()));
    set.add(item.id);
  }
  for (const r of refusedApplications.values()) fout(`${PERSONAL_SHEETS.scores}!${rowRange(r.rijen)}`, r.veld, r.melding);

  // Completeness: every application handed out and still to be scored by this assessor, every item.
  const ontbrekend: MissingScores[] = [];
  for (const aanvraag of [...file.controlegetallen.keys()].sort(compare)) {
    if (applicationRefusal(aanvraag)) continue;
    const done = accepted.get(aanvraag);
    const items = rubric.items.map((i) => i.id).filter((id) => !done?.has(id));
    if (!items.length) continue;
    ontbrekend.push({ beoordelaar, aanvraag, items });
    const what = items.length === rubric.items.length ? 'nog niets gescoord' : `geen geldige score voor ${items.map((i) => itemLabel(rubric, i)).join(', ')}`;
    // The rows to fill in, where they still exist (a deleted row has none).
    const rows = items.map((i) => first.get(pairKey(aanvraag, i))).filter((r): r is number => r !== undefined);
    const plaats = !rows.length ? PERSONAL_SHEETS.scores : rows.length === 1 ? at(rows[0]) : rows[rows.length - 1] - rows[0] === rows.length - 1 ? `${PERSONAL_SHEETS.scores}!${rowRange(rows)}` : `${PERSONAL_SHEETS.scores}!rijen ${rows.join(', ')}`;
    waarschuwing(plaats, H.score, `Aanvraag ${aanvraag}: ${what}.`);
  }
  return { file, beoordelaar, scores, problemen, ontbrekend, typed };
}

function changes(older: Evaluated, newer: Evaluated, rubric: Rubric): ScoreChange[] {
  const order = new Map(rubric.items.map((i, n) => [i.id, n]));
  const keys = [...new Set([...older.typed.keys(), ...newer.typed.keys()])].sort((a, b) => {
    const [aa, ai] = a.split('\u0000');
    const [ba, bi] = b.split('\u0000');
    return compare(aa, ba) || (order.get(ai) ?? 0) - (order.get(bi) ?? 0);
  });
  const out: ScoreChange[] = [];
  for (const key of keys) {
    const o = older.typed.get(key) ?? { score: null, toelichting: '' };
    const n = newer.typed.get(key) ?? { score: null, toelichting: '' };
    if (o.score === n.score && o.toelichting === n.toelichting) continue;
    const [aanvraag, item] = key.split('\u0000');
    out.push({ aanvraag, item, oud: o.score, nieuw: n.score, oudeToelichting: o.toelichting, nieuweToelichting: n.toelichting });
  }
  return out;
}

const typedCount = (f: PersonalFileRead) => f.rijen.filter((r) => r.score !== '').length;

/**
 * Newer last: the hand-out, then the time saved, then (a program that kept the time) the file with
 * more scores typed, then the content, so the order the files are given in never matters.
 */
function byVersion(a: Evaluated, b: Evaluated): number {
  const ia = a.file.identiteit!;
  const ib = b.file.identiteit!;
  return (
    compare(ia.uitgedeeld, ib.uitgedeeld) ||
    compare(a.file.opgeslagen ?? '', b.file.opgeslagen ?? '') ||
    typedCount(a.file) - typedCount(b.file) ||
    compare(fingerprint(a.file), fingerprint(b.file))
  );
}

export function combinePersonalFiles(files: readonly PersonalFileRead[], ctx: ReadBackContext): ReadBackResult {
  const sorted = [...files].sort((a, b) => compare(a.bestand, b.bestand) || compare(fingerprint(a), fingerprint(b)));
  const problemen: Problem[] = [];
  const outcome = new Map<PersonalFileRead, FileOutcome>();
  const groups = new Map<string, Evaluated[]>();
  for (const file of sorted) {
    const refuse = (melding: string, beoordelaar?: AssessorRef) => {
      problemen.push({ bestand: file.bestand, plaats: PERSONAL_SHEETS.bestand, veld: 'beoordelaar', melding, ernst: 'fout' });
      outcome.set(file, { bestand: file.bestand, ...(beoordelaar ? { beoordelaar } : {}), status: 'geweigerd', scores: 0, ontbrekend: 0 });
    };
    if (!file.leesbaar || !file.identiteit) {
      problemen.push(...file.problemen);
      outcome.set(file, { bestand: file.bestand, status: 'geweigerd', scores: 0, ontbrekend: 0 });
      continue;
    }
    const claimed = file.identiteit.beoordelaar;
    const beoordelaar = panelMember(claimed, ctx.panel);
    if (!beoordelaar) {
      refuse(`Dit bestand is van ${assessorLabel(claimed)}, die niet in het beoordelingsteam zit (${ctx.panel.map(assessorLabel).join(', ')}); er is niets uit ingelezen.`, claimed);
      continue;
    }
    if (file.verwacht && !samePanelMember(file.verwacht, beoordelaar)) {
      refuse(`Verwacht het bestand van ${assessorLabel(file.verwacht)}, maar dit bestand is van ${assessorLabel(claimed)}; er is niets uit ingelezen.`, claimed);
      continue;
    }
    const key = assessorKey(beoordelaar);
    const group = groups.get(key) ?? [];
    const evaluated = evaluate(file, beoordelaar, ctx);
    const { beleid, beleidsversie } = file.identiteit;
    if (ctx.beleid && (beleid !== ctx.beleid.id || beleidsversie !== ctx.beleid.versie)) {
      evaluated.problemen.unshift({ bestand: file.bestand, plaats: PERSONAL_SHEETS.bestand, veld: 'beleid', melding: `Uitgedeeld onder beleid ${beleid} versie ${beleidsversie}, ingelezen met ${ctx.beleid.id} versie ${ctx.beleid.versie}; de scores zijn gelezen met de rubric van het laatste.`, ernst: 'waarschuwing' });
    }
    group.push(evaluated);
    groups.set(key, group);
  }

  const panelOrder = new Map(ctx.panel.map((p, i) => [assessorKey(p), i]));
  const vervangingen: Replacement[] = [];
  const winners: Evaluated[] = [];
  for (const group of groups.values()) {
    group.sort(byVersion);
    for (let i = 0; i + 1 < group.length; i++) {
      vervangingen.push({ beoordelaar: group[i].beoordelaar, vervangen: group[i].file.bestand, door: group[i + 1].file.bestand, wijzigingen: changes(group[i], group[i + 1], ctx.rubric) });
      outcome.set(group[i].file, { bestand: group[i].file.bestand, beoordelaar: group[i].beoordelaar, status: 'vervangen', scores: 0, ontbrekend: 0 });
    }
    const winner = group[group.length - 1];
    winners.push(winner);
    problemen.push(...winner.problemen);
    outcome.set(winner.file, { bestand: winner.file.bestand, beoordelaar: winner.beoordelaar, status: 'gebruikt', scores: winner.scores.length, ontbrekend: winner.ontbrekend.reduce((n, m) => n + m.items.length, 0) });
  }
  const rank = (a: AssessorRef) => panelOrder.get(assessorKey(a)) ?? Number.MAX_SAFE_INTEGER;
  winners.sort((a, b) => rank(a.beoordelaar) - rank(b.beoordelaar) || compare(assessorKey(a.beoordelaar), assessorKey(b.beoordelaar)));
  vervangingen.sort((a, b) => rank(a.beoordelaar) - rank(b.beoordelaar) || compare(a.vervangen, b.vervangen));
  const itemOrder = new Map(ctx.rubric.items.map((i, n) => [i.id, n]));
  const assessorOrder = new Map(winners.map((w, i) => [assessorKey(w.beoordelaar), i]));
  const scores = winners
    .flatMap((w) => w.scores)
    .sort((a, b) => compare(a.aanvraag, b.aanvraag) || (assessorOrder.get(assessorKey(a)) ?? 0) - (assessorOrder.get(assessorKey(b)) ?? 0) || (itemOrder.get(a.item) ?? 0) - (itemOrder.get(b.item) ?? 0));
  return {
    scores,
    problemen,
    vervangingen,
    bestanden: sorted.map((f) => outcome.get(f)!),
    ontbrekend: winners.flatMap((w) => w.ontbrekend),
    momenten: winners.flatMap((w) => moments(w, ctx.tijdstip)),
  };
}

function moments(w: Evaluated, readAt: string | undefined): ScoreMoment[] {
  const tijdstip = w.file.opgeslagen ?? readAt;
  if (!tijdstip) return [];
  const apps = [...new Set(w.scores.map((s) => s.aanvraag))];
  return apps.map((aanvraag) => ({ aanvraag, beoordelaar: w.beoordelaar.beoordelaar, rol: w.beoordelaar.rol, tijdstip, bron: `beoordeling ingelezen: ${w.file.bestand}` }));
}

/** "A-2021-002 protocol: 3 → 4" lines for a replacement, for the CLI and the pane. */
export function describeChange(change: ScoreChange, rubric: Rubric): string {
  const score = (s: number | null) => (s === null ? 'leeg' : String(s));
  const note = change.oudeToelichting !== change.nieuweToelichting ? ` (toelichting gewijzigd)` : '';
  return `${change.aanvraag} ${itemLabel(rubric, change.item)}: ${score(change.oud)} → ${score(change.nieuw)}${note}`;
}
