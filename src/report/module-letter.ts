import type { Herkomst } from '../rules/findings';
import type { ModuleCell, ModuleChecklist, ModuleCondition, ModulePractice } from '../workbook/module-checklist';
import { type LetterBlock, type LetterModel, SENDER, dutchDate, forApplicant } from './letter-model';

/**
 * A short letter per practice on the conditions of a module it does not meet (Voortdurend
 * Verbeteren, Verdiepen & Specialiseren), in the style of the decision letters. Only a condition
 * whose deciding rule comes from the source (`bron`) is quoted as a condition of the module; one a
 * team setting decided reads as the team's choice; an aid for the analyst (`hulp`) and the
 * signals are not in the letter. A practice that meets every condition gets no letter.
 */
export interface ModuleLetterInput {
  list: ModuleChecklist;
  /** ISO date on the letters; passed in. */
  datum: string;
}

interface Point {
  kop: string;
  tekst: string;
}

const alinea = (tekst: string): LetterBlock => ({ soort: 'alinea', tekst });
const punten = (list: Point[]): LetterBlock => ({ soort: 'punten', punten: list });

const sentence = (text: string): string => {
  const t = text.trim();
  return t === '' ? t : /[.!?]$/.test(t) ? t : `${t}.`;
};

const quote = (text: string): string => `‘${text.trim().replace(/[.:;]$/, '')}.’`;

/** The practice's points: what the source requires, what the team chose, and what we could not establish. */
function pointsOf(list: ModuleChecklist, practice: ModulePractice) {
  const bron: Point[] = [];
  const keuze: Point[] = [];
  const onbekend: Point[] = [];
  let voldoet = 0;
  for (const condition of list.voorwaarden) {
    const cell = practice.cellen[condition.id];
    // A signal for the analyst is never a condition towards the practice.
    if (!cell || cell.herkomst.soort === 'hulp' || condition.herkomst.soort === 'hulp') continue;
    if (cell.status === 'voldoet') {
      voldoet++;
      continue;
    }
    const point = pointFor(condition, cell);
    if (cell.status === 'onbekend') onbekend.push(point);
    else if (!sourceOf(condition, cell) && keuzeOf(condition, cell)) keuze.push(point);
    else bron.push(point);
  }
  return { bron, keuze, onbekend, voldoet };
}

function found(cell: ModuleCell): string {
  const reden = forApplicant(cell.reden).trim();
  return reden ? `Wat wij vonden: ${sentence(reden)}` : '';
}

/** The team setting that decided the outcome (or that the condition itself is), if any. */
function keuzeOf(condition: ModuleCondition, cell: ModuleCell): Extract<Herkomst, { soort: 'keuze' }> | undefined {
  if (cell.keuze?.soort === 'keuze') return cell.keuze;
  if (cell.herkomst.soort === 'keuze') return cell.herkomst;
  return condition.herkomst.soort === 'keuze' ? condition.herkomst : undefined;
}

/**
 * A condition from the source is quoted as the module's condition; where a team setting decided how
 * it is read (which registers count as "erkend", over which months "4 keer per jaar" is counted),
 * that setting is named as the team's choice next to it. A rule with no source at all is the team's.
 */
function pointFor(condition: ModuleCondition, cell: ModuleCell): Point {
  const source = sourceOf(condition, cell);
  const keuze = keuzeOf(condition, cell);
  const value = keuze && keuze.standaard !== null && keuze.standaard !== '' ? ` het beoordelingsteam hanteert: ${keuze.standaard}.` : '';
  const why = keuze?.uitleg.trim() ? ` (${sentence(keuze.uitleg)})` : '';
  if (source) {
    const note = keuze ? ` Hoe dit punt wordt beoordeeld, laten de voorwaarden van de module deels open;${value || ' het beoordelingsteam heeft hier een keuze gemaakt.'}${why}` : '';
    return { kop: `${condition.kop} (${source.plaats})`, tekst: `${quote(source.citaat)}${note} ${found(cell)}`.trim() };
  }
  if (keuze) {
    return {
      kop: `${condition.kop} (keuze van het beoordelingsteam)`,
      tekst: `Dit is een keuze van het beoordelingsteam; de voorwaarden van de module schrijven dit niet voor.${value.replace(' het ', ' Het ')}${why} ${found(cell)}`.trim(),
    };
  }
  return { kop: condition.kop, tekst: found(cell) };
}

function sourceOf(condition: ModuleCondition, cell: ModuleCell): Extract<Herkomst, { soort: 'bron' }> | undefined {
  if (cell.herkomst.soort === 'bron') return cell.herkomst;
  return condition.herkomst.soort === 'bron' ? condition.herkomst : undefined;
}

/** One letter per practice with a condition that is not met or could not be established. */
export function buildModuleLetters({ list, datum }: ModuleLetterInput): LetterModel[] {
  const letters: LetterModel[] = [];
  for (const practice of list.praktijken) {
    const { bron, keuze, onbekend, voldoet } = pointsOf(list, practice);
    if (bron.length + keuze.length + onbekend.length === 0) continue;
    const peildatum = practice.peildatum ?? list.peildatum;
    const naam = practice.naam.trim() || `de praktijk met AGB-code ${practice.agb}`;
    const jaar = list.contractjaar ? ` voor contractjaar ${list.contractjaar}` : '';
    const inhoud: LetterBlock[] = [
      alinea(
        `Wij hebben nagegaan of uw praktijk ${naam} (AGB-code ${practice.agb})${peildatum ? ` op ${dutchDate(peildatum)}` : ''} voldoet aan de voorwaarden van de module ${list.naam}${jaar}. In deze brief leest u aan welke voorwaarden uw praktijk nog niet voldoet.`,
      ),
    ];
    if (bron.length) inhoud.push(alinea(bron.length === 1 ? 'Uw praktijk voldoet niet aan deze voorwaarde van de module:' : 'Uw praktijk voldoet niet aan deze voorwaarden van de module:'), punten(bron));
    if (keuze.length) inhoud.push(alinea('Daarnaast voldoet uw praktijk niet aan wat het beoordelingsteam heeft besloten op punten die de voorwaarden van de module niet regelen:'), punten(keuze));
    if (onbekend.length) inhoud.push(alinea('Op de volgende punten konden wij niet vaststellen of uw praktijk voldoet, omdat de gegevens ontbreken of niet te lezen zijn:'), punten(onbekend));
    if (voldoet > 0) inhoud.push(alinea(`Aan ${voldoet === 1 ? 'de andere voorwaarde' : `de andere ${voldoet} voorwaarden`} voldoet uw praktijk.`));
    inhoud.push(alinea(conclusion(list, bron.length + keuze.length > 0, onbekend.length > 0)));
    if (list.opmerking) inhoud.push(alinea(list.opmerking));
    inhoud.push(
      alinea(`Deze toets is gedaan op ${dutchDate(datum)} op grond van ${list.beleid.naam ?? `de module ${list.naam}`} (versie ${list.beleid.versie}).`),
      alinea(`Heeft u vragen over deze brief? Mail dan naar zorginkoop.paramedisch@zilverenkruis.nl en vermeld uw AGB-code ${practice.agb}.`),
    );
    letters.push({
      aanvraag: practice.agb,
      // The letter is no decision on an application: its kind says which module it is about.
      soort: 'modulevoorwaarden',
      bestandsnaam: `${safeName(practice.agb)}-${list.module}-voorwaarden.docx`,
      afzender: SENDER,
      adres: practice.adres?.filter((l) => l.trim()).length ? [...practice.adres] : [naam],
      datum,
      onderwerp: `Voorwaarden module ${list.naam}: ${naam}`,
      aanhef: 'Geachte heer/mevrouw,',
      inhoud,
      groet: 'Met vriendelijke groet,',
      ondertekening: ['Zilveren Kruis Zorginkoop Paramedisch', `namens het team dat de module ${list.naam} beoordeelt`],
    });
  }
  return letters;
}

function conclusion(list: ModuleChecklist, fails: boolean, unknown: boolean): string {
  if (list.module === 'vs') {
    return fails
      ? 'Voor de patiëntengroepen hierboven komt uw praktijk daarom niet in aanmerking voor de module; zodra een fysiotherapeut van uw praktijk aan de voorwaarde voldoet, kunt u dat aan ons doorgeven.'
      : 'Zodra wij deze gegevens hebben, beoordelen wij of uw praktijk voor deze patiëntengroepen in aanmerking komt.';
  }
  const monthly = 'De module kan maandelijks worden afgesloten: voldoet uw praktijk later aan alle voorwaarden, dan kunt u vanaf die maand instromen.';
  if (fails) return `Daarom komt uw praktijk op dit moment niet in aanmerking voor de module ${list.naam}. ${monthly}`;
  return `${unknown ? 'Zodra wij deze gegevens hebben, beoordelen wij uw praktijk opnieuw. ' : ''}${monthly}`;
}

function safeName(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]+/g, '_');
}
