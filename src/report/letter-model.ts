import type { Application } from '../rules/application';
import type { Policy } from '../rules/policy';
import type { ProcedureResult } from '../rules/ranking/procedure';
import { formatNumber } from '../rules/scoring/numbers';

export type LetterKind = 'geselecteerd' | 'niet geselecteerd' | 'afgewezen';

/** A decision letter as plain data; letter-docx.ts renders it. */
export interface LetterModel {
  aanvraag: string;
  soort: LetterKind;
  bestandsnaam: string;
  adres: string[];
  /** ISO date of the decision. */
  datum: string;
  onderwerp: string;
  aanhef: string;
  alineas: string[];
  /** Failed checks (afgewezen) as bullet points. */
  punten?: string[];
  tabel?: { koppen: string[]; rijen: string[][] };
  slot: string[];
}

export const SEED_RESERVATION = 'Zilveren Kruis behoudt zich het recht voor om een projectplan gemotiveerd af te wijzen.';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** `2020-12-31` → `31 december 2020`. */
export function dutchDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

export interface LetterInput {
  result: ProcedureResult;
  policy: Policy;
  aanvragen: readonly Application[];
  /** ISO date on the letters; defaults to the policy's decision date. */
  datum: string;
}

/**
 * One letter per application with a decision: selected, not selected (with its scores next to
 * the lowest selected application's), or rejected (with the checks that failed and why).
 * Applications that are eligible but not completely scored get no letter yet.
 */
export function buildLetters(input: LetterInput): LetterModel[] {
  const { result, policy, datum } = input;
  const apps = new Map(input.aanvragen.map((a) => [a.id, a]));
  const selected = result.ranglijst.filter((e) => e.geselecteerd);
  const lowest = selected[selected.length - 1];
  const items = result.rubric.items;
  const scoreOf = (id: string, item: string) => {
    const v = result.aggregaten.get(id)?.get(item)?.waarde;
    return v === undefined ? '—' : formatNumber(v);
  };
  const beleid = `${policy.naam} (versie ${policy.versie})`;
  const common = (app: Application | undefined, id: string, soort: LetterKind) => ({
    aanvraag: id,
    soort,
    bestandsnaam: `${safeName(id)}-${soort.replace(/ /g, '-')}.docx`,
    adres: address(app),
    datum,
    onderwerp: `Besluit over uw aanvraag voor de module Samenwerken in de Regio — ${app?.naamInitiatief ?? id}`,
    aanhef: signatory(app) ? `Geachte heer/mevrouw ${signatory(app)},` : 'Geachte heer/mevrouw,',
    slot: [
      `Dit besluit is genomen op ${dutchDate(datum)} op grond van het beleid ${beleid}. Uw aanvraag is bij ons bekend onder kenmerk ${id}.`,
      'Heeft u vragen over deze brief? Neem dan contact op via zorginkoop.paramedisch@zilverenkruis.nl en vermeld het kenmerk.',
      'Met vriendelijke groet,',
      'Zilveren Kruis',
      'Zorginkoop Paramedische zorg — beoordelingsteam Samenwerken in de Regio',
    ],
  });
  const intro = (app: Application | undefined, id: string) =>
    `${app?.ontvangen ? `Op ${dutchDate(app.ontvangen)} ontvingen wij` : 'Wij ontvingen'} uw aanvraag voor de module Samenwerken in de Regio voor het initiatief '${app?.naamInitiatief ?? id}'` +
    `${app?.naamSamenwerkingsverband ? ` van ${app.naamSamenwerkingsverband.replace(/\.$/, '')}` : ''}. Hartelijk dank voor de zorg en tijd die u in uw plan heeft gestoken.`;
  const panel =
    'Ons centrale beoordelingsteam, bestaande uit een analist, een beleidsontwikkelaar, een inkoper en een zorginhoudelijk adviseur, heeft alle plannen op hun eigen merites beoordeeld, op basis van de inhoudelijke kwaliteit en de impact voor onze klanten.';

  const letters: LetterModel[] = [];
  for (const e of result.ranglijst) {
    const app = apps.get(e.id);
    if (e.geselecteerd) {
      letters.push({
        ...common(app, e.id, 'geselecteerd'),
        alineas: [
          intro(app, e.id),
          panel,
          `Met genoegen laten wij u weten dat uw initiatief is geselecteerd voor de module Samenwerken in de Regio. Uw plan eindigde op plaats ${e.positie} met een totaalscore van ${formatNumber(e.totaal)}.`,
          'Wij nemen binnenkort contact met u op om een gesprek in te plannen en de afspraken concreet te maken. Alleen met deze schriftelijke bevestiging kunt u aanspraak maken op de module. Wij wijzen u erop dat onderhandeling over de business case, dan wel het op welke manier dan ook bijstellen van de business case, niet mogelijk is.',
          'Hieronder vindt u de scores van het beoordelingsteam per beoordelingsonderdeel.',
        ],
        tabel: { koppen: ['Beoordelingsonderdeel', 'Uw score'], rijen: items.map((i) => [i.tekst, scoreOf(e.id, i.id)]) },
      });
    } else {
      letters.push({
        ...common(app, e.id, 'niet geselecteerd'),
        alineas: [
          intro(app, e.id),
          panel,
          `Uw aanvraag voldeed aan de voorwaarden, maar tot onze spijt moeten wij u meedelen dat uw initiatief niet is geselecteerd. Omdat wij de plannen zorgvuldig willen begeleiden, sluiten wij met maximaal ${result.instellingen.n} initiatieven de module af. Uw plan eindigde op plaats ${e.positie} met een totaalscore van ${formatNumber(e.totaal)}. ${e.reden.replace(/^Niet geselecteerd: /, 'Toelichting: ')}` +
            (e.beslistDoor ? ` Uw plan had dezelfde totaalscore als de aanvraag op de plaats erboven; bij die gelijke stand besliste: ${e.beslistDoor.label}.` : ''),
          lowest
            ? `In de tabel hieronder ziet u per beoordelingsonderdeel uw score naast de score van de laagst geplaatste geselecteerde aanvraag (plaats ${lowest.positie}, totaalscore ${formatNumber(lowest.totaal)}).`
            : 'Er is geen aanvraag geselecteerd; in de tabel hieronder ziet u uw scores per beoordelingsonderdeel.',
          SEED_RESERVATION,
        ],
        tabel: {
          koppen: ['Beoordelingsonderdeel', 'Uw score', 'Laagst geselecteerde aanvraag'],
          rijen: items.map((i) => [i.tekst, scoreOf(e.id, i.id), lowest ? scoreOf(lowest.id, i.id) : '—']),
        },
      });
    }
  }
  for (const u of result.uitgesloten) {
    const app = apps.get(u.id);
    const unknown = u.status === 'onvolledig';
    letters.push({
      ...common(app, u.id, 'afgewezen'),
      alineas: [
        intro(app, u.id),
        unknown
          ? 'Bij de toetsing aan de kwaliteitsvoorwaarden (bijlage 1 van de module) konden wij op de volgende punten niet vaststellen dat uw aanvraag voldoet, omdat de benodigde informatie ontbrak:'
          : 'Bij de toetsing aan de kwaliteitsvoorwaarden (bijlage 1 van de module) en de overige voorwaarden bleek dat uw aanvraag op de volgende punten niet voldoet:',
        'Daarom komt uw initiatief niet in aanmerking voor de module Samenwerken in de Regio en hebben wij het niet inhoudelijk gescoord. ' + SEED_RESERVATION,
      ],
      punten: u.redenen.length ? u.redenen : ['De aanvraag voldoet niet aan de voorwaarden.'],
    });
  }
  return letters;
}

function address(app: Application | undefined): string[] {
  const first = app?.deelnemers?.[0];
  const lines = [
    app?.naamSamenwerkingsverband ?? app?.naamInitiatief ?? '',
    signatory(app) ? `t.a.v. ${signatory(app)}, voorzitter` : 't.a.v. het bestuur',
    first?.adres ?? '',
    [first?.postcode, first?.plaats].filter(Boolean).join('  '),
  ];
  return lines.filter((l) => l.trim());
}

/** The chair's name without a role written after it ("H. Smit, voorzitter" → "H. Smit"). */
function signatory(app: Application | undefined): string {
  return (app?.handtekening ?? '').replace(/,?\s*\(?voorzitter\)?\s*$/i, '').trim();
}

function safeName(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]+/g, '_');
}
