import type { Application } from '../rules/application';
import { formatDateLong } from '../rules/format';
import type { Policy } from '../rules/policy';
import { checkName, deadlinePassed, plainReason } from '../rules/ranking/decisions';
import type { BlockingCheck } from '../rules/ranking/eligibility-split';
import type { ProcedureResult } from '../rules/ranking/procedure';
import { formatFixed2 } from '../rules/scoring/numbers';

export type LetterKind = 'geselecteerd' | 'niet geselecteerd' | 'afgewezen';

/** A piece of the letter's body, in order. */
export type LetterBlock =
  | { soort: 'alinea'; tekst: string }
  /** Bullet points with a bold head: the conditions that were not met. */
  | { soort: 'punten'; punten: { kop: string; tekst: string }[] }
  /** Scores per rubric item; `totaal` is the bold last row. */
  | { soort: 'tabel'; koppen: string[]; rijen: string[][]; totaal?: string[] };

/** A decision letter as plain data; letter-docx.ts renders it. */
export interface LetterModel {
  aanvraag: string;
  soort: LetterKind;
  bestandsnaam: string;
  /** The sender as on letter paper. */
  afzender: string[];
  adres: string[];
  /** ISO date of the decision. */
  datum: string;
  /** "Betreft" */
  onderwerp: string;
  aanhef: string;
  inhoud: LetterBlock[];
  groet: string;
  ondertekening: string[];
}

export const SEED_RESERVATION = 'Zilveren Kruis behoudt zich het recht voor om een projectplan gemotiveerd af te wijzen.';
export const SENDER = ['Zilveren Kruis', 'Zorginkoop Paramedisch', 'zorginkoop.paramedisch@zilverenkruis.nl'];

/** `2020-12-31` → `31 december 2020` (kept for callers of the letter model). */
export const dutchDate = (iso: string): string => formatDateLong(iso.slice(0, 10));

export interface LetterInput {
  result: ProcedureResult;
  policy: Policy;
  aanvragen: readonly Application[];
  /** ISO date on the letters; defaults to the policy's decision date. */
  datum: string;
}

const alinea = (tekst: string): LetterBlock => ({ soort: 'alinea', tekst });

/**
 * One letter per application with a decision: selected, not selected (with its scores next to
 * the lowest selected application's), or rejected (with the conditions that were not met, or the
 * information that was missing). An application that is not completely scored yet gets no letter:
 * there is no decision to write.
 */
export function buildLetters(input: LetterInput): LetterModel[] {
  const { result, policy, datum } = input;
  const apps = new Map(input.aanvragen.map((a) => [a.id, a]));
  const ranked = new Map(result.ranglijst.map((e) => [e.id, e]));
  const excluded = new Map(result.uitgesloten.map((u) => [u.id, u]));
  const selected = result.ranglijst.filter((e) => e.geselecteerd);
  const lowest = selected[selected.length - 1];
  const { items, schaal } = result.rubric;
  const score = (id: string, item: string) => {
    const v = result.aggregaten.get(id)?.get(item)?.waarde;
    return v === undefined ? '—' : formatFixed2(v);
  };
  const scale = `Elk onderdeel is gescoord op een schaal van ${schaal.min} (${levelName(schaal.niveaus[String(schaal.min)], 'laagst')}) tot en met ${schaal.max} (${levelName(schaal.niveaus[String(schaal.max)], 'hoogst')}); de scores zijn het gemiddelde van de beoordelaars.`;
  const common = (app: Application | undefined, id: string, soort: LetterKind) => {
    const name = chairName(app);
    return {
      aanvraag: id,
      soort,
      bestandsnaam: `${safeName(id)}-${soort.replace(/ /g, '-')}.docx`,
      afzender: SENDER,
      adres: address(app),
      datum,
      onderwerp: `Uw aanvraag voor de module Samenwerken in de Regio: ${app?.naamInitiatief?.trim() || id}`,
      aanhef: name ? `Geachte heer/mevrouw ${surname(name)},` : 'Geachte heer/mevrouw,',
      groet: 'Met vriendelijke groet,',
      ondertekening: ['Zilveren Kruis Zorginkoop Paramedisch', 'namens het beoordelingsteam Samenwerken in de Regio'],
    };
  };
  const intro = (app: Application | undefined, id: string) =>
    alinea(
      `${app?.ontvangen ? `Op ${dutchDate(app.ontvangen)} ontvingen wij` : 'Wij ontvingen'} uw aanvraag voor de module Samenwerken in de Regio voor het initiatief ‘${app?.naamInitiatief?.trim() || id}’` +
        `${app?.naamSamenwerkingsverband ? ` van ${app.naamSamenwerkingsverband.trim().replace(/\.$/, '')}` : ''}. Hartelijk dank voor de zorg en tijd die u in uw plan heeft gestoken. In deze brief leest u ons besluit.`,
    );
  const panel = alinea(
    'Ons centrale beoordelingsteam, bestaande uit een analist, een beleidsontwikkelaar, een inkoper en een zorginhoudelijk adviseur, heeft alle plannen op hun eigen merites beoordeeld, op basis van de inhoudelijke kwaliteit en de impact voor onze klanten.',
  );
  const basis = alinea(`Dit besluit is genomen op ${dutchDate(datum)} op grond van de voorwaarden van de module ${policy.naam} (versie ${policy.versie}).`);
  const ask = (id: string) => alinea(`Heeft u vragen over deze brief? Mail dan naar zorginkoop.paramedisch@zilverenkruis.nl en vermeld ons kenmerk ${id}.`);

  const letters: LetterModel[] = [];
  for (const b of result.besluiten.filter((x) => x.brief)) {
    const app = apps.get(b.id);
    const e = ranked.get(b.id);
    if (e?.geselecteerd) {
      letters.push({
        ...common(app, b.id, 'geselecteerd'),
        inhoud: [
          intro(app, b.id),
          panel,
          alinea(`Met genoegen laten wij u weten dat uw initiatief is geselecteerd voor de module Samenwerken in de Regio. Uw plan eindigde op plaats ${e.positie} van ${result.ranglijst.length} met een totaalscore van ${formatFixed2(e.totaal)}.`),
          alinea(
            'Wij nemen binnenkort contact met u op om een gesprek in te plannen en de afspraken concreet te maken. Alleen met deze schriftelijke bevestiging kunt u aanspraak maken op de module.' +
              (policy.looptijd ? ` De module loopt van ${dutchDate(policy.looptijd.van)} tot en met ${dutchDate(policy.looptijd.tot)}; de doelstellingen van uw initiatief moeten binnen dit tijdspad te behalen zijn.` : '') +
              ' Onderhandeling over de business case, dan wel het op welke manier dan ook bijstellen van de business case, is niet mogelijk.',
          ),
          alinea(`Hieronder staan de scores van het beoordelingsteam per beoordelingsonderdeel. ${scale}`),
          { soort: 'tabel', koppen: ['Beoordelingsonderdeel', 'Uw score'], rijen: items.map((i) => [i.tekst, score(b.id, i.id)]), totaal: ['Totaalscore', formatFixed2(e.totaal)] },
          basis,
          ask(b.id),
        ],
      });
    } else if (e) {
      // A tie is worth explaining only where it decided this letter: the place just below the cut.
      const above = e.beslistDoor ? ranked.get(e.beslistDoor.boven) : undefined;
      const tie =
        e.beslistDoor && e.overgeslagenDoor === 'maxSelecties' && above?.geselecteerd
          ? ` Uw plan had dezelfde totaalscore als de aanvraag op plaats ${e.positie - 1}. Bij een gelijke totaalscore bepaalt ${
              e.beslistDoor.criterium === 'loting' ? 'na de andere beslisregels een loting' : `de beslisregel ‘${e.beslistDoor.label}’`
            } de volgorde; daarbij ging de andere aanvraag voor.`
          : '';
      const place = `Uw plan eindigde op plaats ${e.positie} van ${result.ranglijst.length} met een totaalscore van ${formatFixed2(e.totaal)}`;
      const why =
        e.overgeslagenDoor === 'maxSelecties' || e.overgeslagenDoor === undefined
          ? `Omdat wij de plannen zorgvuldig willen begeleiden, sluiten wij met maximaal ${initiatives(result.instellingen.n)} de module af. ${place}.${tie}`
          : `${place}, maar kon niet worden geselecteerd: ${e.reden.replace(/^Niet geselecteerd: /, '')}`;
      letters.push({
        ...common(app, b.id, 'niet geselecteerd'),
        inhoud: [
          intro(app, b.id),
          panel,
          alinea(`Uw aanvraag voldeed aan de voorwaarden, maar tot onze spijt moeten wij u meedelen dat uw initiatief niet is geselecteerd. ${why}`),
          alinea(
            lowest
              ? `In de tabel hieronder staat per beoordelingsonderdeel uw score naast de score van de laagst geplaatste geselecteerde aanvraag (plaats ${lowest.positie}, totaalscore ${formatFixed2(lowest.totaal)}). ${scale}`
              : `Er is geen aanvraag geselecteerd; in de tabel hieronder staan uw scores per beoordelingsonderdeel. ${scale}`,
          ),
          {
            soort: 'tabel',
            koppen: ['Beoordelingsonderdeel', 'Uw score', 'Laagst geselecteerde aanvraag'],
            rijen: items.map((i) => [i.tekst, score(b.id, i.id), lowest ? score(lowest.id, i.id) : '—']),
            totaal: ['Totaalscore', formatFixed2(e.totaal), lowest ? formatFixed2(lowest.totaal) : '—'],
          },
          alinea(SEED_RESERVATION),
          basis,
          ask(b.id),
        ],
      });
    } else {
      const u = excluded.get(b.id);
      const points = (u?.punten ?? []).map(conditionPoint);
      const incomplete = b.soort === 'afgewezenOnvolledig';
      const passed = deadlinePassed({ datum, indienDeadline: policy.indienDeadline });
      letters.push({
        ...common(app, b.id, 'afgewezen'),
        inhoud: [
          intro(app, b.id),
          alinea(
            incomplete
              ? 'Wij hebben uw aanvraag getoetst aan de kwaliteitsvoorwaarden van de module (bijlage 1) en de overige voorwaarden. Uw aanvraag is onvolledig: op de volgende punten konden wij niet vaststellen dat uw aanvraag voldoet, omdat de benodigde informatie ontbrak.'
              : 'Wij hebben uw aanvraag getoetst aan de kwaliteitsvoorwaarden van de module (bijlage 1) en de overige voorwaarden. Op de volgende punten voldoet uw aanvraag niet.',
          ),
          { soort: 'punten', punten: points.length ? points : [{ kop: 'Voorwaarden', tekst: 'De aanvraag voldoet niet aan de voorwaarden.' }] },
          alinea(
            (incomplete
              ? `Daarom wijzen wij uw aanvraag af: de aanvraag is onvolledig.${passed ? ` De uiterste datum om een initiatief in te dienen was ${passed}; wij beoordelen de aanvragen zoals zij op die datum waren ingediend.` : ''}`
              : 'Daarom komt uw initiatief niet in aanmerking voor de module Samenwerken in de Regio.') +
              ' Wij hebben uw plan daardoor niet inhoudelijk gescoord. ' +
              SEED_RESERVATION,
          ),
          basis,
          ask(b.id),
        ],
      });
    }
  }
  return letters;
}

/** "Voorwaarde 9 (bijlage 1)" with the seed's wording, and what we found, for an applicant. */
function conditionPoint(p: BlockingCheck): { kop: string; tekst: string } {
  const k = /^K(\d+)$/.exec(p.id);
  const repeats = p.alsoIds.map((a) => a.replace(/^K/, '')).join(' en ');
  const kop = k ? `Voorwaarde ${k[1]}${repeats ? ` (en ${repeats})` : ''} van bijlage 1` : capitalise(checkName(p));
  const label = p.label.trim().replace(/[.:]$/, '');
  return { kop, tekst: `‘${label}.’ Wat wij vonden: ${forApplicant(plainReason(p))}.`.replace(/\.\.$/, '.') };
}

const NUMBER_WORDS = ['nul', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'];

/** "zes initiatieven", "één initiatief" — in words, as the seed writes "maximaal zes initiatieven". */
function initiatives(n: number): string {
  return `${NUMBER_WORDS[n] ?? String(n)} ${n === 1 ? 'initiatief' : 'initiatieven'}`;
}

/** Without the application's field names in brackets ("(smartDoelen, nulmeting)"): an applicant knows the form, not our keys. */
export function forApplicant(reason: string): string {
  return reason.replace(/ \((?:[a-z][A-Za-z]*(?:\[\])?(?:\.[a-z][A-Za-z]*)*)(?:(?:, | of )[a-z][A-Za-z]*(?:\[\])?(?:\.[a-z][A-Za-z]*)*)*\)/g, '');
}

function levelName(text: string | undefined, fallback: string): string {
  return (text?.split(':')[0] ?? fallback).toLowerCase();
}

function capitalise(text: string): string {
  return text ? text[0].toUpperCase() + text.slice(1) : text;
}

function address(app: Application | undefined): string[] {
  const first = app?.deelnemers?.[0];
  const name = chairName(app);
  const lines = [
    app?.naamSamenwerkingsverband?.trim() || app?.naamInitiatief?.trim() || '',
    name ? `T.a.v. ${name}, voorzitter` : 'T.a.v. het bestuur',
    first?.adres ?? '',
    [first?.postcode, first?.plaats].filter(Boolean).join('  '),
  ];
  return lines.filter((l) => l.trim());
}

/** The chair's name as signed, without the role ("H. Smit, voorzitter" → "H. Smit"); '' when it is no name. */
export function chairName(app: Application | undefined): string {
  const name = (app?.handtekening ?? '').replace(/,?\s*\(?voorzitter\)?\s*$/i, '').trim();
  return /\p{L}{2}/u.test(name) ? name : '';
}

const TITLES = /^(dr|drs|mr|ir|ing|prof|ds|mevr|mw|dhr)\.?$/i;

/**
 * The surname for "Geachte heer/mevrouw …": titles, initials and a first name dropped, a
 * tussenvoegsel capitalised ("A. de Wit" → "De Wit", "dr. P. Jansen" → "Jansen").
 */
export function surname(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  let i = 0;
  while (i < words.length - 1 && (TITLES.test(words[i]) || /^(\p{L}\.)+$/u.test(words[i]))) i++;
  const rest = words.slice(i);
  // No initials: "Jan van der Berg" — the first word is a first name when more follows.
  const last = i === 0 && rest.length > 1 ? rest.slice(1) : rest;
  return capitalise(last.join(' '));
}

function safeName(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]+/g, '_');
}
