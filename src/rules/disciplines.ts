import type { Participant } from './application';
import { validateAgb } from './validators';

/**
 * First-line (eerstelijns) disciplines for Bijlage 1 K4, with the spellings people write.
 * Medical specialists and hospitals (AGB 03, 22) are second line and do not count.
 */
const FIRST_LINE: ReadonlyArray<{ discipline: string; spellings: string[]; agb?: string[] }> = [
  { discipline: 'fysiotherapie', spellings: ['fysiotherapie', 'fysiotherapeut', 'fysio', 'kinderfysiotherapie', 'bekkenfysiotherapie', 'oncologische fysiotherapie'], agb: ['04'] },
  { discipline: 'oefentherapie', spellings: ['oefentherapie', 'oefentherapeut', 'cesar', 'mensendieck'], agb: ['08'] },
  { discipline: 'huisartsenzorg', spellings: ['huisartsenzorg', 'huisarts', 'huisartsen', 'huisartsenpraktijk', 'poh', 'praktijkondersteuner'], agb: ['01'] },
  { discipline: 'ergotherapie', spellings: ['ergotherapie', 'ergotherapeut'], agb: ['26'] },
  { discipline: 'diëtetiek', spellings: ['diëtetiek', 'dietetiek', 'diëtist', 'dietist'], agb: ['24'] },
  { discipline: 'logopedie', spellings: ['logopedie', 'logopedist'], agb: ['05'] },
  { discipline: 'podotherapie', spellings: ['podotherapie', 'podotherapeut'], agb: ['53'] },
  { discipline: 'huidtherapie', spellings: ['huidtherapie', 'huidtherapeut'], agb: ['30'] },
  { discipline: 'verloskunde', spellings: ['verloskunde', 'verloskundige'], agb: ['06'] },
  { discipline: 'farmacie', spellings: ['farmacie', 'apotheek', 'apotheker'], agb: ['02'] },
  { discipline: 'mondzorg', spellings: ['mondzorg', 'tandarts', 'tandheelkunde', 'mondhygiënist', 'mondhygienist'], agb: ['12'] },
  { discipline: 'eerstelijnspsychologie', spellings: ['eerstelijnspsychologie', 'psycholoog', 'gz-psycholoog', 'psychologie', 'generalistische basis ggz', 'poh-ggz'], agb: ['41'] },
  { discipline: 'wijkverpleging', spellings: ['wijkverpleging', 'wijkverpleegkundige', 'thuiszorg', 'verpleging'] },
  { discipline: 'maatschappelijk werk', spellings: ['maatschappelijk werk', 'maatschappelijk werker', 'sociaal werk'] },
];

/** Second-line care written as a discipline: known not to count for K4. */
const SECOND_LINE = new Set(['medisch specialist', 'medisch specialistische zorg', 'specialist', 'ziekenhuis', 'revalidatiecentrum', 'revalidatiearts', 'geriater', 'longarts', 'oncoloog', 'ggz-instelling', 'verpleeghuis', 'specialist ouderengeneeskunde']);
const SECOND_LINE_AGB = new Set(['03', '22']);

const BY_SPELLING = new Map<string, string>();
const BY_AGB_KIND = new Map<string, string>();
for (const entry of FIRST_LINE) {
  for (const spelling of entry.spellings) BY_SPELLING.set(spelling, entry.discipline);
  for (const kind of entry.agb ?? []) BY_AGB_KIND.set(kind, entry.discipline);
}

export type DisciplineFinding =
  | { kind: 'eerstelijns'; discipline: string; bron: 'discipline' | 'agb' }
  | { kind: 'tweedelijns'; discipline: string }
  /** Written, but not a spelling we know: an assessor decides. */
  | { kind: 'anders'; discipline: string }
  | { kind: 'onbekend' };

/** Which first-line discipline a participant practises: from `discipline`, else from the AGB kind. */
export function participantDiscipline(participant: Participant): DisciplineFinding {
  const written = typeof participant.discipline === 'string' ? participant.discipline.trim().toLowerCase() : '';
  if (written) {
    const known = BY_SPELLING.get(written);
    if (known) return { kind: 'eerstelijns', discipline: known, bron: 'discipline' };
    return { kind: SECOND_LINE.has(written) ? 'tweedelijns' : 'anders', discipline: participant.discipline!.trim() };
  }
  const agb = typeof participant.agb === 'string' ? validateAgb(participant.agb) : undefined;
  if (agb?.ok) {
    const kind = agb.value.slice(0, 2);
    const known = BY_AGB_KIND.get(kind);
    if (known) return { kind: 'eerstelijns', discipline: known, bron: 'agb' };
    if (SECOND_LINE_AGB.has(kind)) return { kind: 'tweedelijns', discipline: `AGB-zorgsoort ${kind}` };
  }
  return { kind: 'onbekend' };
}

export function isPhysiotherapy(participant: Participant): boolean | undefined {
  const finding = participantDiscipline(participant);
  if (finding.kind === 'onbekend') return undefined;
  return finding.kind === 'eerstelijns' && finding.discipline === 'fysiotherapie';
}
