import { z } from 'zod';
import { BRON_DOCUMENTEN, type BronDocument, type Herkomst } from '../findings';
import { biRuleSchema } from '../policy';

/**
 * A module policy as data (Overeenkomst, Voortdurend Verbeteren, Verdiepen & Specialiseren):
 * every condition with the source's wording and place, whether it is a knock-out, the fields it
 * reads and the team settings it uses; plus the team settings where the source is silent.
 * A team can load its own JSON of this shape (`loadModulePolicy`).
 */

/** The part of the agreement a condition belongs to; the checklist groups its columns by it. */
export const VOORWAARDE_GROEPEN = ['overeenkomst', 'voortdurend-verbeteren', 'verdiepen-specialiseren'] as const;
export type VoorwaardeGroep = (typeof VOORWAARDE_GROEPEN)[number];

/** The patient groups of Verdiepen & Specialiseren, in the source's order. */
export const PATIENTENGROEPEN = ['Parkinson', 'PAV', 'COPD', 'bekkenbodem', 'oedeem en lymfe'] as const;
export type Patientengroep = (typeof PATIENTENGROEPEN)[number];

const bronSchema = z.object({
  document: z.enum(Object.keys(BRON_DOCUMENTEN) as [BronDocument, ...BronDocument[]]),
  /** Section and bullet in the document: "Voorwaarden Module Voortdurend Verbeteren, Praktijkkwaliteitsregister, 2". */
  plaats: z.string().min(1),
  /** The condition exactly as the document words it. */
  citaat: z.string().min(1),
});

/** A remark shown next to a condition for the assessor: the document's words with their place, never policy. */
const hulpSchema = z.object({ tekst: z.string().min(1), plaats: z.string().min(1).optional() });
export type VoorwaardeHulp = z.infer<typeof hulpSchema>;

export const voorwaardeSchema = z.object({
  /** Stable id: `OV-…`, `VV-…`, `VS-…`. */
  id: z.string().min(1),
  groep: z.enum(VOORWAARDE_GROEPEN),
  /** Short Dutch column header ("Kwaliteitsregister", "Peer review"). */
  kop: z.string().min(1),
  /** Where the condition is stated; always a quote, so a letter may state it as Zilveren Kruis policy. */
  bron: bronSchema,
  /** Further quotes that decide how the condition is read (the BI reference year), shown with it. */
  aanvullendeBronnen: z.array(bronSchema).default([]),
  /** False for a condition that informs but never decides the module on its own. */
  knockout: z.boolean().default(true),
  /** `praktijk`: read from the practice row; `therapeut`: every person it applies to must meet it. */
  niveau: z.enum(['praktijk', 'therapeut']),
  /** For `therapeut` conditions: "alle fysiotherapeuten" or "alle medewerkers". */
  geldtVoor: z.enum(['fysiotherapeuten', 'medewerkers']).optional(),
  /** Input fields the condition reads (`Praktijk` or `Therapeut` field names). */
  velden: z.array(z.string().min(1)).min(1),
  /** Team settings (keys of the module's `keuzes`) the condition reads. */
  keuzes: z.array(z.string().min(1)).default([]),
  /** True when an assessor confirms the evidence (the tool shows it, it never decides alone). */
  beoordelaarNodig: z.boolean().default(false),
  /** Context for the assessor shown next to the result (KNGF's remarks); `hulp`, never policy. */
  hulp: z.array(hulpSchema).default([]),
  /** Verdiepen & Specialiseren: the patient group this condition opens. */
  patientengroep: z.enum(PATIENTENGROEPEN).optional(),
  /** The source's N.B. for this patient group, quoted. */
  nb: bronSchema.optional(),
});
export type Voorwaarde = z.infer<typeof voorwaardeSchema>;
export type VoorwaardeBron = z.infer<typeof bronSchema>;

/**
 * The team's choices where the source leaves something open. Each default is shown with the
 * result as `keuze van het team` (KEUZE_TEKSTEN in messages.ts says why it is a choice).
 */
export const moduleKeuzesSchema = z.object({
  /** Practice quality registers counted as "door Zilveren Kruis erkend" (compared without case). */
  erkendeRegisters: z.array(z.string().min(1)).default(['SKF']),
  /** PREM bureaus counted as "door Zilveren Kruis erkend"; empty: every named bureau is `onbekend`. */
  erkendeMeetbureaus: z.array(z.string().min(1)).default([]),
  /** Kinds of evidence counted as "aantoonbaar toegepast via de Plan-Do-Act-Cyclus". */
  pdcaBewijs: z.array(z.string().min(1)).default(['verbeterplan', 'PDCA-verslag', 'visitatierapport']),
  /** "4 keer per jaar" and "maandelijks" are counted over this many whole months before the check date. */
  telperiodeMaanden: z.number().int().min(1).max(24).default(12),
  /**
   * An e-learning not (yet) followed at the check date while the agreement still runs: `onbekend`
   * (it may still follow "tijdens de looptijd van de overeenkomst") or `voldoet niet`.
   */
  eLearningNogNiet: z.enum(['onbekend', 'voldoet niet']).default('onbekend'),
  /** Visitation models counted as "volgens de kaders van het SKF Visitatiemodel". */
  visitatiemodellen: z.array(z.string().min(1)).default(['SKF Visitatiemodel']),
});
export type ModuleKeuzes = z.infer<typeof moduleKeuzesSchema>;
export type ModuleKeuze = keyof ModuleKeuzes;

export const modulePolicySchema = z.object({
  id: z.string().min(1),
  versie: z.string().min(1),
  naam: z.string().min(1),
  /** Document, section. */
  bron: z.string().min(1),
  /** The agreement's term: "loopt tot en met 31 december 2025". */
  looptijd: z.object({ van: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), tot: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  /** Contract years the module can be entered in. */
  contractjaren: z.array(z.number().int()).min(1),
  voorwaarden: z.array(voorwaardeSchema).min(1),
  keuzes: moduleKeuzesSchema.default(moduleKeuzesSchema.parse({})),
  /** The BehandelIndex rule (Voortdurend Verbeteren only); the same object as policy `voortdurend-verbeteren-2024`. */
  behandelIndex: biRuleSchema.optional(),
});
export type ModulePolicy = z.infer<typeof modulePolicySchema>;
export type ModulePolicyInput = z.input<typeof modulePolicySchema>;

/** A condition's origin in the findings model. */
export function voorwaardeHerkomst(v: Pick<Voorwaarde, 'bron'>): Herkomst {
  return { soort: 'bron', ...v.bron };
}
