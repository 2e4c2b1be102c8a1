import type { Application } from '../rules/application';
import type { Herkomst } from '../rules/findings';
import { formatDateLong, formatEuro } from '../rules/format';
import type { Policy } from '../rules/policy';
import { type Decision, checkName, plainReason } from '../rules/ranking/decisions';
import type { BlockingCheck } from '../rules/ranking/eligibility-split';
import type { ProcedureResult } from '../rules/ranking/procedure';
import type { SkipDetail } from '../rules/ranking/select';
import { itemLabel } from '../rules/scoring/rubric-2021';
import { formatFixed2 } from '../rules/scoring/numbers';
import type { MissingItem } from '../rules/team-decision';
import { TEAM_SETTING_TEXTS, type TeamSettingId } from '../rules/team-settings';
import { fieldLabel } from './field-labels';

/** The decision letters' kinds, and the summary of a module's conditions for a practice (module-letter.ts). */
export type LetterKind = 'geselecteerd' | 'niet geselecteerd' | 'afgewezen' | 'verzoek om aanvulling' | 'modulevoorwaarden';

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
 * the lowest selected application's), rejected (with the conditions that were not met), and for
 * an incomplete application only what the team decided: a verzoek om aanvulling listing exactly
 * what is missing, or a rejection quoting the team's motivation. An application that is not
 * completely scored yet, or incomplete without a team decision, gets no letter: there is no
 * decision to write.
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
  const intro = (app: Application | undefined, id: string, last = 'In deze brief leest u ons besluit.') =>
    alinea(
      `${app?.ontvangen ? `Op ${dutchDate(app.ontvangen)} ontvingen wij` : 'Wij ontvingen'} uw aanvraag voor de module Samenwerken in de Regio voor het initiatief ‘${app?.naamInitiatief?.trim() || id}’` +
        `${app?.naamSamenwerkingsverband ? ` van ${app.naamSamenwerkingsverband.trim().replace(/\.$/, '')}` : ''}. Hartelijk dank voor de zorg en tijd die u in uw plan heeft gestoken. ${last}`,
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
        e.overslag === undefined || e.overslag.soort === 'maxSelecties'
          ? `Omdat wij de plannen zorgvuldig willen begeleiden, sluiten wij met maximaal ${initiatives(result.instellingen.n)} de module af. ${place}.${tie}`
          : `${place}. ${teamSkipSentence(e.overslag, (item) => itemLabel(result.rubric, item))}`;
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
    } else if (b.soort === 'aanvullingGevraagd' && b.teamBesluit?.antwoordVoor) {
      letters.push({ ...common(app, b.id, 'verzoek om aanvulling'), onderwerp: `Verzoek om aanvulling van uw aanvraag voor de module Samenwerken in de Regio: ${app?.naamInitiatief?.trim() || b.id}`, inhoud: requestBody(b, app, intro, ask) });
    } else if (b.soort === 'afgewezenOnvolledig') {
      // Only the team rejects an incomplete application, and only with its written motivation.
      const motivering = b.teamBesluit?.motivering.trim();
      if (!motivering) continue;
      const points = (b.ontbreekt ?? []).map(missingPoint);
      letters.push({
        ...common(app, b.id, 'afgewezen'),
        inhoud: [
          intro(app, b.id),
          alinea(
            'Wij hebben uw aanvraag getoetst aan de kwaliteitsvoorwaarden van de module (bijlage 1) en de overige voorwaarden. Uw aanvraag is onvolledig: op de volgende punten konden wij niet vaststellen dat uw aanvraag voldoet, omdat de benodigde informatie ontbrak.',
          ),
          { soort: 'punten', punten: points },
          alinea(`Het beoordelingsteam heeft besloten uw aanvraag af te wijzen, met deze motivering: ‘${motivering}’`),
          alinea(`Wij hebben uw plan daardoor niet inhoudelijk gescoord. ${SEED_RESERVATION}`),
          basis,
          ask(b.id),
        ],
      });
    } else if (b.soort === 'afgewezen') {
      const u = excluded.get(b.id);
      const points = (u?.punten ?? []).map(conditionPoint);
      letters.push({
        ...common(app, b.id, 'afgewezen'),
        inhoud: [
          intro(app, b.id),
          alinea('Wij hebben uw aanvraag getoetst aan de kwaliteitsvoorwaarden van de module (bijlage 1) en de overige voorwaarden. Op de volgende punten voldoet uw aanvraag niet.'),
          { soort: 'punten', punten: points.length ? points : [{ kop: 'Voorwaarden', tekst: 'De aanvraag voldoet niet aan de voorwaarden.' }] },
          alinea(`Daarom komt uw initiatief niet in aanmerking voor de module Samenwerken in de Regio. Wij hebben uw plan daardoor niet inhoudelijk gescoord. ${SEED_RESERVATION}`),
          basis,
          ask(b.id),
        ],
      });
    }
  }
  return letters;
}

/** The body of a verzoek om aanvulling: every missing item, the reply date the team set, and its note. */
function requestBody(
  b: Decision,
  app: Application | undefined,
  intro: (app: Application | undefined, id: string, last?: string) => LetterBlock,
  ask: (id: string) => LetterBlock,
): LetterBlock[] {
  const besluit = b.teamBesluit!;
  const points = (b.ontbreekt ?? []).map(missingPoint);
  return [
    intro(app, b.id, 'In deze brief vragen wij u uw aanvraag aan te vullen.'),
    alinea(
      'Wij hebben uw aanvraag getoetst aan de kwaliteitsvoorwaarden van de module (bijlage 1) en de overige voorwaarden. Op de volgende punten konden wij niet vaststellen of uw aanvraag voldoet, omdat de benodigde informatie ontbreekt of niet te lezen is. Het beoordelingsteam heeft besloten u te vragen deze gegevens aan te vullen.',
    ),
    { soort: 'punten', punten: points },
    ...(besluit.motivering.trim() ? [alinea(`Toelichting van het beoordelingsteam: ${besluit.motivering.trim()}`)] : []),
    alinea(
      `Wilt u de ontbrekende gegevens uiterlijk ${dutchDate(besluit.antwoordVoor!)} sturen naar zorginkoop.paramedisch@zilverenkruis.nl, met vermelding van ons kenmerk ${b.id}? Het beoordelingsteam beoordeelt uw aanvraag daarna verder.`,
    ),
    ask(b.id),
  ];
}

/** One missing item for the applicant: the condition, and the questions of the form to answer. */
export function missingPoint(m: MissingItem): { kop: string; tekst: string } {
  const k = /^K(\d+)$/.exec(m.id);
  const repeats = m.alsoIds.map((a) => a.replace(/^K/, '')).join(' en ');
  const kop = k ? `Voorwaarde ${k[1]}${repeats ? ` (en ${repeats})` : ''} van bijlage 1` : capitalise(checkName(m));
  const fields = [...new Set(m.velden.map(fieldLabel))];
  const label = m.label.trim().replace(/[.:]$/, '');
  return { kop, tekst: `‘${label}.’ Wij missen: ${fields.length ? fields.join('; ') : 'de gegevens waarmee wij dit kunnen vaststellen'}.` };
}

/**
 * A skip that follows from a choice of the team (per region, budget, minimum quality), worded as
 * the team's decision: none of these rests on the module's text.
 */
function teamSkipSentence(d: Exclude<SkipDetail, { soort: 'maxSelecties' }>, label: (item: string) => string): string {
  switch (d.soort) {
    case 'maxPerRegio':
      return `Het beoordelingsteam heeft besloten ten hoogste ${d.maxPerRegio} ${d.maxPerRegio === 1 ? 'initiatief' : 'initiatieven'} per kernregio te selecteren; voor ${d.regio} is dat aantal al bereikt.`;
    case 'bedragOnbekend':
      return 'Het beoordelingsteam heeft besloten binnen een budgetplafond te selecteren; omdat het gevraagd bedrag van uw aanvraag niet bekend is, konden wij niet vaststellen dat het daarbinnen past.';
    case 'budget':
      return `Het beoordelingsteam heeft besloten binnen een budgetplafond van ${formatEuro(d.budget)} te selecteren; met het gevraagd bedrag van ${formatEuro(d.bedrag)} zou het totaal op ${formatEuro(d.totaal)} komen.`;
    case 'minimumKwaliteit': {
      const rule = [
        d.minItemScore !== undefined ? `geen beoordelingsonderdeel lager dan ${formatFixed2(d.minItemScore)}` : '',
        d.minTotaal !== undefined ? `een totaalscore van ten minste ${formatFixed2(d.minTotaal)}` : '',
      ].filter(Boolean);
      const found = [
        ...d.onderMinimum.map((x) => `${label(x.item)} ${formatFixed2(x.score)}`),
        ...(d.totaal !== undefined ? [`totaalscore ${formatFixed2(d.totaal)}`] : []),
      ];
      return `Het beoordelingsteam heeft besloten alleen initiatieven te selecteren die een minimumkwaliteit halen (${rule.join(' en ')}). Uw plan haalt die niet: ${found.join(', ')}.`;
    }
  }
}

/** Where the deciding rule of a point comes from: a team setting wins over the check's own origin. */
function pointOrigin(p: BlockingCheck): { soort: 'bron'; plaats?: string; citaat?: string } | { soort: 'keuze'; instelling: string } | { soort: 'anders' } {
  const deciding = p.bevindingen.filter((b) => b.status === p.status);
  const keuze = deciding.map((b) => b.herkomst).find((h): h is Extract<Herkomst, { soort: 'keuze' }> => h?.soort === 'keuze') ?? (p.herkomst.soort === 'keuze' ? p.herkomst : undefined);
  if (keuze) return { soort: 'keuze', instelling: keuze.instelling };
  if (p.herkomst.soort === 'bron') return { soort: 'bron', plaats: p.herkomst.plaats, citaat: p.herkomst.citaat };
  return { soort: 'anders' };
}

/**
 * "Voorwaarde 9 van bijlage 1" with the source's wording, and what we found, for an applicant.
 * Only a rule with a `bron` is quoted as the module's condition; a rule the team set is worded as
 * the team's decision, and any other finding is stated as what we found.
 */
function conditionPoint(p: BlockingCheck): { kop: string; tekst: string } {
  const found = `Wat wij vonden: ${forApplicant(plainReason(p))}.`.replace(/\.\.$/, '.');
  const origin = pointOrigin(p);
  if (origin.soort === 'keuze') {
    const setting = TEAM_SETTING_TEXTS[origin.instelling as TeamSettingId]?.label ?? origin.instelling;
    return {
      kop: `${capitalise(checkName(p))} (besluit van het beoordelingsteam)`,
      tekst: `Het beoordelingsteam heeft besloten hoe het hiermee omgaat (${setting.toLowerCase()}); de voorwaarden van de module schrijven dit niet voor. ${found}`,
    };
  }
  if (origin.soort === 'anders') return { kop: capitalise(checkName(p)), tekst: found };
  const k = /^K(\d+)$/.exec(p.id);
  const repeats = p.alsoIds.map((a) => a.replace(/^K/, '')).join(' en ');
  const kop = k ? `Voorwaarde ${k[1]}${repeats ? ` (en ${repeats})` : ''} van bijlage 1` : `${capitalise(checkName(p))}${origin.plaats ? ` (${origin.plaats})` : ''}`;
  const label = (origin.citaat ?? p.label).trim().replace(/[.:]$/, '');
  return { kop, tekst: `‘${label}.’ ${found}` };
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
