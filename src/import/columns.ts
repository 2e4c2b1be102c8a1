/**
 * The one table of import columns: which field of the Application each column fills, what kind
 * of value it holds, its Dutch description (for the template's Toelichting sheet) and the label
 * of Bijlage 3 it answers (for Word forms). CSV, XLSX, the add-in's import table, the Word form
 * reader and `=ZK.ELIGIBLE` all use this table through flat.ts.
 */
import { CLIENT_GROUPS, COST_CATEGORIES, JZOJP_AIMS, LEGAL_FORMS } from '../rules/application';

export type ValueKind =
  | 'text'
  | 'amount'
  | 'count'
  | 'number'
  | 'yesNo'
  | 'date'
  | 'legalForm'
  | 'category'
  | 'clientGroups'
  | 'jzojpAims'
  | 'kvk'
  | 'agb'
  | 'postcode'
  | 'email'
  | 'phone';

export interface Column {
  /** Path inside the record (Application, Participant or line); the header is the path joined by `_`. */
  path: readonly string[];
  kind: ValueKind;
  /** Dutch description for the explanation sheet and the docs. */
  beschrijving: string;
  /** Labels as written in Bijlage 3 (or a Word form), first = the seed's wording. */
  labels?: readonly string[];
  /** Other header spellings teams use. */
  synonyms?: readonly string[];
  /** Example value for the explanation sheet. */
  voorbeeld?: string;
}

export const headerOf = (column: Column): string => column.path.join('_');

const c = (path: string, kind: ValueKind, beschrijving: string, extra: Partial<Column> = {}): Column => ({
  path: path.split('.'),
  kind,
  beschrijving,
  ...extra,
});

export const APPLICATION_COLUMNS: readonly Column[] = [
  c('id', 'text', 'Eigen kenmerk van de aanvraag; koppelt de bladen Deelnemers en Begroting aan de aanvraag.', { synonyms: ['aanvraagId', 'aanvraagnummer', 'kenmerk', 'nummer'], labels: ['Kenmerk aanvraag'], voorbeeld: 'SR-2021-01' }),
  c('naamInitiatief', 'text', 'Naam initiatief', { labels: ['Naam initiatief'], synonyms: ['initiatief', 'projectnaam'], voorbeeld: 'Samen sterk in Zeist' }),
  c('naamSamenwerkingsverband', 'text', 'Naam samenwerkingsverband', { labels: ['Naam samenwerkingsverband'], synonyms: ['samenwerkingsverband'] }),
  c('samenwerkingsvorm', 'legalForm', 'Samenwerkingsvorm: Coöperatie, Stichting of Anders', { labels: ['Samenwerkingsvorm'], synonyms: ['rechtsvorm'], voorbeeld: 'Coöperatie' }),
  c('samenwerkingsvormAnders', 'text', 'Bij "Anders, namelijk…": welke vorm', { labels: ['Anders, namelijk'], synonyms: ['andersNamelijk'] }),
  c('kvkNummer', 'kvk', 'KvK nummer (8 cijfers)', { labels: ['KvK nummer', 'KvK-nummer'], synonyms: ['kvk', 'kvknr', 'kamerVanKoophandel'], voorbeeld: '12345678' }),
  c('achtergrond', 'text', 'Inleiding/schets achtergrond of probleemstelling', { labels: ['Inleiding/schets achtergrond of probleemstelling'], synonyms: ['probleemstelling', 'inleiding'] }),
  c('doelgroep', 'text', 'Op welke doelgroep is het project van toepassing', { labels: ['Op welke doelgroep is het project van toepassing en wat is de omvang van de doelgroep', 'Op welke doelgroep is het project van toepassing', 'Doelgroep'] }),
  c('omvangDoelgroep', 'count', 'Omvang van de doelgroep (aantal personen)', { labels: ['Omvang van de doelgroep', 'Omvang doelgroep'] }),
  c('doel', 'text', 'Inhoudelijk doel initiatief (o.a. bijdrage aan het verplaatsen, vervangen en voorkomen van zorg)', { labels: ['Inhoudelijk doel initiatief (o.a. bijdrage aan het verplaatsen, vervangen en voorkomen van zorg)', 'Inhoudelijk doel initiatief'] }),
  c('smartDoelen', 'text', 'SMART omschrijving van de doelen in dit initiatief', { labels: ['SMART omschrijving van de doelen in dit initiatief', 'SMART omschrijving van de doelen'] }),
  c('nulmeting', 'text', 'Nulmeting bij aanvang (wat en wanneer)', { labels: ['Nulmeting'] }),
  c('beoogdResultaat', 'text', 'Beoogd resultaat in meetbare eenheden', { labels: ['Beoogd resultaat in meetbare eenheden (o.a. bijdrage aan het verplaatsen, vervangen en voorkomen van zorg)', 'Beoogd resultaat in meetbare eenheden'] }),
  c('meetmethode', 'text', 'Wijze waarop de resultaten wordt gemeten', { labels: ['Wijze waarop de resultaten wordt gemeten', 'Wijze waarop de resultaten worden gemeten'] }),
  c('borging', 'text', 'Wijze waarop de resultaten worden geborgd in de reguliere zorgstructuren', { labels: ['Wijze waarop de resultaten worden geborgd in de reguliere zorgstructuren', 'Wijze waarop de resultaten worden geborgd'] }),
  c('businesscaseOmschrijving', 'text', 'Beschrijving potentiële positieve businesscase', { labels: ['Beschrijving potentiële positieve businesscase', 'Beschrijving potentiele positieve business case'] }),
  c('vergelijkbareInitiatieven', 'text', 'Zijn er vergelijkbare initiatieven in het land. En zo ja, welke kunt u noemen', { labels: ['Zijn er vergelijkbare initiatieven in het land. En zo ja, welke kunt u noemen', 'Zijn er vergelijkbare initiatieven in het land'] }),
  c('andereInstanties', 'text', 'Is er samenwerking met andere instanties. En zo ja met welke?', { labels: ['Is er samenwerking met andere instanties. En zo ja met welke?', 'Is er samenwerking met andere instanties'] }),
  c('verwachteBijdrageZk', 'text', 'Omschrijf welke bijdrage het samenwerkingsverband precies van Zilveren Kruis verwacht', { labels: ['Omschrijf welke bijdrage het samenwerkingsverband precies van Zilveren Kruis verwacht'] }),
  c('startdatum', 'date', 'Beoogde startdatum', { labels: ['Beoogde startdatum'], voorbeeld: '1-4-2021' }),
  c('looptijd', 'text', 'Beoogde looptijd, zoals geschreven (bijv. "21 maanden")', { labels: ['Beoogde looptijd'], voorbeeld: '21 maanden' }),
  c('einddatum', 'date', 'Einddatum van het initiatief', { labels: ['Beoogde einddatum', 'Einddatum'], voorbeeld: '31-12-2022' }),
  c('begroting.periodeVan', 'date', 'Betreft begroting voor periode (van)', { labels: ['Betreft begroting voor periode'] }),
  c('begroting.periodeTot', 'date', 'Betreft begroting voor periode … tot en met', { labels: ['tot en met'] }),
  c('begroting.gevraagdBedrag', 'amount', 'Gevraagd bedrag (bijdrage van Zilveren Kruis), euro', { labels: ['Gevraagd bedrag'], synonyms: ['gevraagdBedrag', 'gevraagd'], voorbeeld: '€ 45.000,00' }),
  c('begroting.totaalKosten', 'amount', 'Totaal van de kosten zoals de aanvrager het opgaf, euro', { synonyms: ['totaalKosten'] }),
  c('begroting.totaalInkomsten', 'amount', 'Totaal van de inkomsten zoals de aanvrager het opgaf, euro', { synonyms: ['totaalInkomsten'] }),
  c('dekking', 'text', 'Dekking projectbegroting en welke partijen hebben hiervoor toezeggingen gedaan', { labels: ['Dekking projectbegroting en welke partijen hebben hiervoor toezeggingen gedaan', 'Dekking projectbegroting'] }),
  c('opmerkingen', 'text', 'Ruimte voor overige opmerkingen', { labels: ['Ruimte voor overige opmerkingen'] }),
  c('datum', 'date', 'Datum van ondertekening', { labels: ['Datum'] }),
  c('ontvangen', 'date', 'Datum waarop de aanvraag is ontvangen (voor de indiendatum)', { labels: ['Datum ontvangen', 'Ontvangen op'], synonyms: ['ontvangstdatum', 'datumOntvangst'] }),
  c('handtekening', 'text', 'Handtekening voorzitter samenwerkingsverband (naam)', { labels: ['Handtekening voorzitter samenwerkingsverband'] }),
  c('klantgroepen', 'clientGroups', `Klantgroepen (K2), gescheiden door ;: ${CLIENT_GROUPS.join(', ')}`, { labels: ['Klantgroepen'], voorbeeld: 'kwetsbare ouderen; COPD' }),
  c('jzojpDoelen', 'jzojpAims', `Doelen Juiste Zorg Op de Juiste Plek (K3), gescheiden door ;: ${JZOJP_AIMS.join(', ')}`, { labels: ['JZOJP-doelen', 'Doelen JZOJP'], synonyms: ['jzojp'], voorbeeld: 'voorkomen; verplaatsen' }),
  c('aantalZkKlanten', 'count', 'Aantal klanten van Zilveren Kruis aan wie zorg wordt geleverd (K9)', { labels: ['Aantal klanten Zilveren Kruis'], synonyms: ['zkKlanten', 'aantalKlantenZk'], voorbeeld: '1200' }),
  c('mdoPerJaar', 'number', 'Aantal keer multidisciplinair overleg (MDO) per jaar (K8)', { labels: ['MDO per jaar', 'Aantal MDO per jaar'], synonyms: ['mdo'], voorbeeld: '6' }),
  c('intervisie', 'yesNo', 'Intercollegiale sessies, bijvoorbeeld intervisie (K6): ja/nee', { labels: ['Intervisie', 'Intercollegiale sessies'] }),
  c('samenwerkingsprotocol', 'yesNo', 'Samenwerkingsprotocol aanwezig (K5): ja/nee', { labels: ['Samenwerkingsprotocol'] }),
  c('verbeterwijze', 'text', 'Hoe de samenwerking gestructureerd wordt verbeterd (K6)', { labels: ['Voortdurend verbeteren'] }),
  c('probleemOnderbouwing', 'text', 'Feiten die het regionale probleem onderbouwen en afbakenen (K7)', { labels: ['Onderbouwing probleem'] }),
  c('handeltConformWetgeving', 'yesNo', 'Handelt in overeenstemming met de geldende wet- en regelgeving (K1): ja/nee', { labels: ['Handelt conform wet- en regelgeving'] }),
  c('businesscase.opbrengsten', 'amount', 'Businesscase: verwachte opbrengsten, euro', { labels: ['Opbrengsten businesscase'], synonyms: ['opbrengsten'] }),
  c('businesscase.kosten', 'amount', 'Businesscase: kosten om het project te laten slagen, euro', { labels: ['Kosten businesscase'] }),
  c('businesscase.zorgUitTweedeLijn', 'yesNo', 'Businesscase: wordt zorg uit de tweede lijn verplaatst? ja/nee', { labels: ['Zorg uit de tweede lijn verplaatst'] }),
  c('businesscase.besparingTweedeLijn', 'amount', 'Businesscase: directe besparing in de tweede lijn, euro', { labels: ['Besparing tweede lijn'] }),
];

export const PARTICIPANT_COLUMNS: readonly Column[] = [
  c('praktijknaam', 'text', 'Praktijknaam deelnemer samenwerkingsverband', { labels: ['Praktijknaam deelnemer samenwerkingsverband', 'Naam deelnemer samenwerkingsverband', 'Praktijknaam'], synonyms: ['naam', 'praktijk', 'naamPraktijk'], voorbeeld: 'Fysiotherapie Het Slot' }),
  c('adres', 'text', 'Adres', { labels: ['Adres'], voorbeeld: 'Slotlaan 12' }),
  c('postcode', 'postcode', 'Postcode', { labels: ['Postcode'], voorbeeld: '3701 GB' }),
  c('plaats', 'text', 'Plaats', { labels: ['Plaats', 'Woonplaats'], voorbeeld: 'Zeist' }),
  c('gemeente', 'text', 'Gemeente (leeg: de plaats wordt als gemeente gebruikt)', { labels: ['Gemeente'] }),
  c('agb', 'agb', 'AGB-code (8 cijfers)', { labels: ['AGB-code', 'AGB code'], synonyms: ['agbCode'], voorbeeld: '04012345' }),
  c('praktijkhouder', 'text', 'Naam praktijkhouder', { labels: ['Naam praktijkhouder', 'Praktijkhouder'], synonyms: ['naamPraktijkhouder'] }),
  c('telefoon', 'phone', 'Telefoonnummer', { labels: ['Tel', 'Telefoon', 'Telefoonnummer'], synonyms: ['tel', 'telefoonnummer'], voorbeeld: '030-1234567' }),
  c('email', 'email', 'Emailadres', { labels: ['Emailadres', 'E-mailadres', 'E-mail'], synonyms: ['emailadres', 'mail'] }),
  c('discipline', 'text', 'Discipline (fysiotherapie, huisartsenzorg, ergotherapie, …)', { labels: ['Discipline'], voorbeeld: 'fysiotherapie' }),
  c('zkContract2021', 'yesNo', 'Overeenkomst fysiotherapie met Zilveren Kruis voor 2021 (K11): ja/nee', { labels: ['Overeenkomst Zilveren Kruis 2021'], synonyms: ['contract2021', 'overeenkomst2021'] }),
  c('zkContract2022', 'yesNo', 'Overeenkomst fysiotherapie met Zilveren Kruis voor 2022 (K11): ja/nee', { labels: ['Overeenkomst Zilveren Kruis 2022'], synonyms: ['contract2022', 'overeenkomst2022'] }),
];

export const COST_COLUMNS: readonly Column[] = [
  c('omschrijving', 'text', 'Omschrijving van de kostenpost', { voorbeeld: 'Coördinatie projectleider' }),
  c('bedrag', 'amount', 'Bedrag in euro', { voorbeeld: '€ 12.500,00' }),
  c('categorie', 'category', `Categorie: ${COST_CATEGORIES.join(', ')}`, { voorbeeld: 'coördinatie' }),
];

export const INCOME_COLUMNS: readonly Column[] = [
  c('omschrijving', 'text', 'Andere bron (graag specificeren)', { voorbeeld: 'Gemeente Zeist' }),
  c('bedrag', 'amount', 'Bedrag in euro', { voorbeeld: '€ 5.000,00' }),
];

/**
 * Columns a workbook computes with a formula (=ZK.ELIGIBLE in the Aanvragen table): every reader
 * skips them, so a verdict never becomes data of the application.
 */
export const COMPUTED_HEADERS = ['ZK.ELIGIBLE'] as const;

/** Repeated column groups: `deelnemer1_agb`, `kosten2_bedrag`, `inkomsten1_omschrijving`. */
export interface ColumnGroup {
  /** Prefix in headers, followed by the number. */
  prefix: string;
  /** Folded prefixes accepted when reading. */
  aliases: readonly string[];
  /** Array inside the Application the lines go to. */
  path: readonly string[];
  columns: readonly Column[];
  beschrijving: string;
}

export const COLUMN_GROUPS: readonly ColumnGroup[] = [
  { prefix: 'deelnemer', aliases: ['deelnemer', 'praktijk'], path: ['deelnemers'], columns: PARTICIPANT_COLUMNS, beschrijving: 'deelnemer' },
  { prefix: 'kosten', aliases: ['kosten', 'kostenpost', 'kost'], path: ['begroting', 'kosten'], columns: COST_COLUMNS, beschrijving: 'kostenpost' },
  { prefix: 'inkomsten', aliases: ['inkomsten', 'anderebron', 'bron'], path: ['begroting', 'andereBronnen'], columns: INCOME_COLUMNS, beschrijving: 'andere bron van inkomsten' },
];

/** Choices for the tolerant readers in values.ts. */
export const LEGAL_FORM_CHOICES = [
  { value: 'Coöperatie', aliases: ['cooperatie ua', 'cooperatie u.a.', 'coop', 'cooperatieve vereniging'] },
  { value: 'Stichting', aliases: [] },
  { value: 'Anders', aliases: ['anders namelijk', 'overig', 'anders, namelijk…'] },
] as const satisfies readonly { value: (typeof LEGAL_FORMS)[number]; aliases: readonly string[] }[];

export const CATEGORY_CHOICES = COST_CATEGORIES.map((value) => ({
  value,
  aliases: CATEGORY_ALIASES()[value] ?? [],
}));

function CATEGORY_ALIASES(): Partial<Record<(typeof COST_CATEGORIES)[number], string[]>> {
  return {
    personeel: ['personeelskosten', 'uren', 'loonkosten'],
    coördinatie: ['projectleiding', 'coordinator', 'projectcoordinatie'],
    scholing: ['opleiding', 'training'],
    ict: ['it', 'software', 'e-health', 'ehealth'],
    communicatie: ['pr', 'voorlichting'],
    overhead: ['overheadkosten', 'algemene kosten'],
    onderzoek: ['wetenschappelijk onderzoek'],
    productontwikkeling: ['commerciele productontwikkeling'],
    'inrichting of bouw': ['inrichting', 'bouw', 'verbouwing', 'bouwproject'],
    'al vergoed door Zilveren Kruis': ['al vergoed', 'modulegelden', 'sag', 'beleidsregel innovatie'],
  };
}

export const CLIENT_GROUP_CHOICES = [
  { value: 'kwetsbare ouderen', aliases: ['ouderen', 'kwetsbare oudere'] },
  { value: 'COPD', aliases: ['mensen met copd', 'longziekten'] },
  { value: 'kanker', aliases: ['mensen met kanker', 'oncologie'] },
] as const satisfies readonly { value: (typeof CLIENT_GROUPS)[number]; aliases: readonly string[] }[];

export const JZOJP_CHOICES = JZOJP_AIMS.map((value) => ({ value, aliases: [`${value} van zorg`] }));
