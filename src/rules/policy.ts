import { z } from 'zod';
import { BRON_DOCUMENTEN, type BronDocument, type Herkomst } from './findings';
import { teamSettingsSchema } from './team-settings';

/**
 * A policy (beleid) as data: what the module demands, where, when, and how the team scores.
 * One zod schema; a team can load its own JSON of this shape (docs/ontwerp.md, "Waar elke regel staat").
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'verwacht een datum als JJJJ-MM-DD');

const waarde = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** Where a rule comes from (src/rules/findings.ts `Herkomst`), as policy data. */
export const herkomstSchema = z.discriminatedUnion('soort', [
  z.object({
    soort: z.literal('bron'),
    document: z.enum(Object.keys(BRON_DOCUMENTEN) as [BronDocument, ...BronDocument[]]),
    /** Place in the document: "Bijlage 1, 9", "paragraaf 1, element 4". */
    plaats: z.string().min(1),
    /** The rule as the document words it. */
    citaat: z.string().min(1),
  }),
  z.object({ soort: z.literal('keuze'), instelling: z.string().min(1), standaard: waarde, uitleg: z.string().min(1) }),
  z.object({ soort: z.literal('hulp'), uitleg: z.string().min(1) }),
]);
// The schema's output is the findings model's type, in both directions.
const _sameShape: [Herkomst, z.infer<typeof herkomstSchema>] = [{} as z.infer<typeof herkomstSchema>, {} as Herkomst];
void _sameShape;

export const criterionSchema = z.object({
  /** `K1` … `K11` for Bijlage 1. */
  id: z.string().min(1),
  /** The seed's wording. */
  tekst: z.string().min(1),
  /** `automatisch`: decided from fields; `beoordelaar`: an assessor confirms, the tool shows evidence. */
  wijze: z.enum(['automatisch', 'beoordelaar']),
  knockout: z.boolean().default(true),
  /** Set when this criterion repeats another one (Bijlage 1 K10 repeats K1). */
  herhaaltVan: z.string().optional(),
  /** Application fields used as evidence. */
  velden: z.array(z.string()).default([]),
  /** Numeric threshold where the criterion has one (K4: 3 disciplines, K8: 4 MDOs a year, K9: 750 clients). */
  minimum: z.number().optional(),
  /** Where the criterion comes from; a team's own criterion without it is shown as the team's policy. */
  herkomst: herkomstSchema.optional(),
});
export type Criterion = z.infer<typeof criterionSchema>;

export const regionSchema = z.object({
  /** Exact region name, e.g. `’t Gooi` (U+2019). */
  naam: z.string().min(1),
  /** Municipalities as the policy lists them (split into real municipality names). */
  gemeenten: z.array(z.string().min(1)).min(1),
  /** The seed's line as printed, for labels and audit. */
  bronTekst: z.string().optional(),
});
export type Region = z.infer<typeof regionSchema>;

export const planElementSchema = z.object({
  id: z.string().min(1),
  tekst: z.string().min(1),
  velden: z.array(z.string()).min(1),
  herkomst: herkomstSchema.optional(),
});
export type PlanElement = z.infer<typeof planElementSchema>;

export const exclusionSchema = z.object({
  id: z.string().min(1),
  tekst: z.string().min(1),
  /** The cost category that falls under this exclusion. */
  categorie: z.string().min(1),
  /** Words that make a cost line description look like this exclusion (flagged for an assessor). */
  signaalwoorden: z.array(z.string()).default([]),
  /**
   * Words that make a plan text (aim, background …) look like this exclusion; stricter than for a
   * cost line, because a plan quotes research ("uit onderzoek blijkt") without doing it.
   * When absent, `signaalwoorden` is used.
   */
  tekstSignaalwoorden: z.array(z.string()).optional(),
  herkomst: herkomstSchema.optional(),
});
export type Exclusion = z.infer<typeof exclusionSchema>;

export const rubricItemSchema = z.object({
  id: z.string().min(1),
  /** Group for tie-breaks and summaries, e.g. `inhoud`, `impact`, `businesscase`, `haalbaarheid`. */
  groep: z.string().min(1),
  tekst: z.string().min(1),
  /** Short Dutch name for column headers and lists ("Protocol", "Bereik ZK-klanten"); the id when absent. */
  kop: z.string().min(1).optional(),
  gewicht: z.number().nonnegative(),
});
export type RubricItem = z.infer<typeof rubricItemSchema>;

export const rubricSchema = z.object({
  schaal: z.object({
    min: z.number().int(),
    max: z.number().int(),
    /** Description per level, keyed by the level as a string. */
    niveaus: z.record(z.string(), z.string()).default({}),
  }),
  items: z.array(rubricItemSchema).min(1),
  /** An application is ranked once this many assessors scored every item. */
  minBeoordelaars: z.number().int().positive().default(4),
  /** Disagreement flag where max − min on an item is at least this. */
  spreidingsDrempel: z.number().nonnegative().default(2),
  aggregatie: z.enum(['gemiddelde', 'mediaan']).default('gemiddelde'),
  /** Tie-break chain; a seeded lottery always ends it. */
  tiebreaks: z.array(z.string()).default(['impact', 'inhoud', 'zkKlanten', 'gevraagdBedrag']),
});
export type Rubric = z.infer<typeof rubricSchema>;

export const biRuleSchema = z.object({
  /** "De Behandelindex is kleiner dan of gelijk aan de waarde van het 6e deciel." */
  deciel: z.number().int().min(1).max(9).default(6),
  /** "Voor het jaar 2024 wordt gekeken naar de B.I. in 2022 en voor 2025 is dat 2023." */
  referentiejaarVerschil: z.number().int().default(2),
  methode: z.enum(['inc', 'exc', 'nearest']).default('inc'),
  minPatienten: z.number().int().nonnegative().default(10),
  contractjaren: z.array(z.number().int()).default([]),
});
export type BiRule = z.infer<typeof biRuleSchema>;

export const policySchema = z.object({
  id: z.string().min(1),
  versie: z.string().min(1),
  naam: z.string().min(1),
  /** Where the rules come from (document, version, date). */
  bron: z.string().min(1),
  criteria: z.array(criterionSchema).default([]),
  regios: z.array(regionSchema).default([]),
  elementen: z.array(planElementSchema).default([]),
  uitsluitingen: z.array(exclusionSchema).default([]),
  /** Module period: the initiative's goals must be reached within it. */
  looptijd: z.object({ van: isoDate, tot: isoDate }).optional(),
  indienDeadline: isoDate.optional(),
  besluitDatum: isoDate.optional(),
  maxSelecties: z.number().int().positive().default(6),
  rollen: z.array(z.string().min(1)).default([]),
  beoordeling: rubricSchema.optional(),
  behandelIndex: biRuleSchema.optional(),
  /**
   * Where each general check (regio, looptijd, uitsluitingen, elementen, businesscase, dekking,
   * indiening) comes from, keyed by check id; the criteria carry their own.
   */
  herkomst: z.record(z.string(), herkomstSchema).default({}),
  /** Text fields of the plan searched for the excluded subjects (a hit is a signal for an assessor). */
  uitsluitingTekstvelden: z.array(z.string()).default([]),
  /** The team's choices where the source is silent (src/rules/team-settings.ts). */
  teamkeuzes: teamSettingsSchema.default(teamSettingsSchema.parse({})),
});
export type Policy = z.infer<typeof policySchema>;
/** The JSON a team writes (defaults may be left out). */
export type PolicyInput = z.input<typeof policySchema>;
