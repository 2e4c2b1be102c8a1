import { z } from 'zod';

/**
 * The application (aanvraag) in its canonical JSON form. Field names follow Bijlage 3 of the
 * 2021 module text ("Format omschrijven initiatief") in Dutch camelCase, because they are what a
 * team sees as JSON keys, CSV headers and sheet columns. Every field but `id` is optional: a
 * missing value makes the checks that need it `onbekend`, it never rejects the record.
 *
 * Dates are ISO `YYYY-MM-DD` strings; amounts are euros as numbers.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'verwacht een datum als JJJJ-MM-DD');
const text = z.string();
const amount = z.number().finite();

export const LEGAL_FORMS = ['Coöperatie', 'Stichting', 'Anders'] as const;
export const CLIENT_GROUPS = ['kwetsbare ouderen', 'COPD', 'kanker'] as const;
export const JZOJP_AIMS = ['voorkomen', 'verplaatsen', 'vervangen'] as const;
/** Cost categories; the last five are the seed's exclusions. */
export const COST_CATEGORIES = [
  'personeel',
  'coördinatie',
  'scholing',
  'ict',
  'materiaal',
  'communicatie',
  'evaluatie',
  'overig',
  'overhead',
  'onderzoek',
  'productontwikkeling',
  'inrichting of bouw',
  'al vergoed door Zilveren Kruis',
] as const;

export const participantSchema = z.object({
  /** "Praktijknaam deelnemer samenwerkingsverband (n)" */
  praktijknaam: text.optional(),
  adres: text.optional(),
  postcode: text.optional(),
  plaats: text.optional(),
  /** Municipality; when absent the place name is tried as municipality. */
  gemeente: text.optional(),
  /** "AGB-code" */
  agb: text.optional(),
  /** "Naam praktijkhouder" */
  praktijkhouder: text.optional(),
  /** "Tel:" */
  telefoon: text.optional(),
  /** "Emailadres" */
  email: text.optional(),
  /** e.g. fysiotherapie, huisartsenzorg, ergotherapie, diëtetiek, wijkverpleging */
  discipline: text.optional(),
  /** Bijlage 1 K11: an agreement (overeenkomst fysiotherapie) with Zilveren Kruis for 2021 … */
  zkContract2021: z.boolean().optional(),
  /** … and for 2022. */
  zkContract2022: z.boolean().optional(),
});
export type Participant = z.infer<typeof participantSchema>;

export const costLineSchema = z.object({
  omschrijving: text.optional(),
  bedrag: amount.optional(),
  categorie: z.enum(COST_CATEGORIES).optional(),
});
export type CostLine = z.infer<typeof costLineSchema>;

export const incomeLineSchema = z.object({
  omschrijving: text.optional(),
  bedrag: amount.optional(),
});
export type IncomeLine = z.infer<typeof incomeLineSchema>;

export const budgetSchema = z.object({
  /** "Betreft begroting voor periode … tot en met …" */
  periodeVan: isoDate.optional(),
  periodeTot: isoDate.optional(),
  kosten: z.array(costLineSchema).optional(),
  /** "Gevraagd bedrag" (the contribution asked from Zilveren Kruis). */
  gevraagdBedrag: amount.optional(),
  /** "Andere bronnen (graag specificeren)" */
  andereBronnen: z.array(incomeLineSchema).optional(),
  /** "Totaal" of the cost column as written by the applicant. */
  totaalKosten: amount.optional(),
  /** "Totaal" of the income column as written by the applicant. */
  totaalInkomsten: amount.optional(),
});
export type Budget = z.infer<typeof budgetSchema>;

export const businessCaseSchema = z.object({
  /** Expected revenues (opbrengsten) of the initiative over the module period, euros. */
  opbrengsten: amount.optional(),
  /** Costs needed to make the project succeed, euros (defaults to the budget's cost total). */
  kosten: amount.optional(),
  /** Is care moved from the second line to the first line? */
  zorgUitTweedeLijn: z.boolean().optional(),
  /** Direct saving in the second line, euros ("moet dit een directe besparing opleveren"). */
  besparingTweedeLijn: amount.optional(),
});
export type BusinessCase = z.infer<typeof businessCaseSchema>;

export const applicationSchema = z.object({
  id: z.string().min(1, 'een aanvraag heeft een id nodig'),
  /** "Naam initiatief" */
  naamInitiatief: text.optional(),
  /** "Naam samenwerkingsverband" */
  naamSamenwerkingsverband: text.optional(),
  /** "Samenwerkingsvorm": o Coöperatie o Stichting o Anders, namelijk… */
  samenwerkingsvorm: z.enum(LEGAL_FORMS).optional(),
  samenwerkingsvormAnders: text.optional(),
  /** "KvK nummer" */
  kvkNummer: text.optional(),
  deelnemers: z.array(participantSchema).optional(),

  /** "Inleiding/schets achtergrond of probleemstelling" */
  achtergrond: text.optional(),
  /** "Op welke doelgroep is het project van toepassing …" */
  doelgroep: text.optional(),
  /** "… en wat is de omvang van de doelgroep" */
  omvangDoelgroep: z.number().int().nonnegative().optional(),
  /** "Inhoudelijk doel initiatief (o.a. bijdrage aan het verplaatsen, vervangen en voorkomen van zorg)" */
  doel: text.optional(),
  /** "SMART omschrijving van de doelen in dit initiatief" */
  smartDoelen: text.optional(),
  /** Baseline measurement ("Hiervoor wordt bij aanvang een nulmeting aangeleverd"). */
  nulmeting: text.optional(),
  /** "Beoogd resultaat in meetbare eenheden" */
  beoogdResultaat: text.optional(),
  /** "Wijze waarop de resultaten wordt gemeten" */
  meetmethode: text.optional(),
  /** "Wijze waarop de resultaten worden geborgd in de reguliere zorgstructuren" */
  borging: text.optional(),
  /** "Beschrijving potentiële positieve businesscase" */
  businesscaseOmschrijving: text.optional(),
  /** "Zijn er vergelijkbare initiatieven in het land. En zo ja, welke kunt u noemen" */
  vergelijkbareInitiatieven: text.optional(),
  /** "Is er samenwerking met andere instanties. En zo ja met welke?" */
  andereInstanties: text.optional(),
  /** "Omschrijf welke bijdrage het samenwerkingsverband precies van Zilveren Kruis verwacht" */
  verwachteBijdrageZk: text.optional(),
  /** "Beoogde startdatum" */
  startdatum: isoDate.optional(),
  /** "Beoogde looptijd" as written (e.g. "21 maanden"). */
  looptijd: text.optional(),
  /** End date derived from the duration, or written by the applicant. */
  einddatum: isoDate.optional(),
  /** "Begroting (in grote lijnen)" */
  begroting: budgetSchema.optional(),
  /** "Dekking projectbegroting en welke partijen hebben hiervoor toezeggingen gedaan." */
  dekking: text.optional(),
  /** "Ruimte voor overige opmerkingen" */
  opmerkingen: text.optional(),
  /** "Datum" of signature. */
  datum: isoDate.optional(),
  /** Date the application was received (for the submission deadline). */
  ontvangen: isoDate.optional(),
  /** "Handtekening voorzitter samenwerkingsverband" (name of the signatory). */
  handtekening: text.optional(),

  // Facts the Bijlage 1 criteria need, taken from the plan by the applicant or the team.
  /** K2: client groups served. */
  klantgroepen: z.array(z.enum(CLIENT_GROUPS)).optional(),
  /** K3: JZOJP aims (voorkomen, verplaatsen, vervangen). */
  jzojpDoelen: z.array(z.enum(JZOJP_AIMS)).optional(),
  /** K9: number of Zilveren Kruis clients served. */
  aantalZkKlanten: z.number().int().nonnegative().optional(),
  /** K8: multidisciplinary meetings (MDO) per year. */
  mdoPerJaar: z.number().nonnegative().optional(),
  /** K6: intercollegiate sessions such as intervisie take place. */
  intervisie: z.boolean().optional(),
  /** K5: a collaboration protocol (samenwerkingsprotocol) is present. */
  samenwerkingsprotocol: z.boolean().optional(),
  /** K6: how the collaboration is continuously improved (evidence for the assessor). */
  verbeterwijze: text.optional(),
  /** K7: the facts that bound the regional problem (evidence for the assessor). */
  probleemOnderbouwing: text.optional(),
  /** K1/K10: acts in accordance with law and regulation (declared). */
  handeltConformWetgeving: z.boolean().optional(),
  businesscase: businessCaseSchema.optional(),

  /** Columns/labels the importer did not recognise, kept verbatim. */
  extra: z.record(z.string(), z.string()).optional(),
});
export type Application = z.infer<typeof applicationSchema>;
