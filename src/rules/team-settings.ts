import { z } from 'zod';

/**
 * Team settings (`keuze van het team`): where the source documents are silent or ambiguous, the
 * program does not decide; the team does, through these settings. Each has a visible default,
 * is changeable in the policy JSON (`teamkeuzes`) and is shown in Instellingen, and every result
 * it decides names it as the team's choice, never as Zilveren Kruis policy.
 *
 * `TEAM_SETTING_TEXTS` gives each setting its Dutch label and why it is a choice, for the
 * Instellingen sheet, docs/regels.md and the herkomst of the findings it decides.
 */
export const teamSettingsSchema = z.object({
  /**
   * A collaboration whose participants lie in several regions, or partly outside the core
   * regions. The source names core regions, not a rule for mixed ones. `meerderheid`: the region
   * with most participants, passing when it holds at least half; `alle`: every participant in one
   * core region; `beoordelaar`: a mixed collaboration is `onbekend` until an assessor decides.
   */
  gemengdeRegio: z.enum(['meerderheid', 'alle', 'beoordelaar']).default('meerderheid'),
  /**
   * A start date before the module's start. The source invites "uw (lopende) initiatief" and
   * demands that the goals be reached within the module's period, so an earlier start is allowed
   * by default; `niet-toegestaan` makes it fail.
   */
  startVoorModule: z.enum(['toegestaan', 'niet-toegestaan']).default('toegestaan'),
  /**
   * Budget income below budget costs ("Dekking projectbegroting"). The source's business case is
   * about the initiative's revenues against its costs; the budget's coverage is another question.
   * `signaal`: shown to the assessor (hulp); `knock-out`: an uncovered budget fails.
   */
  begrotingsdekking: z.enum(['signaal', 'knock-out']).default('signaal'),
  /**
   * An incomplete (`onvolledig`) application. The source only says Zilveren Kruis may reject a
   * plan with a motivation; asking for the missing items or rejecting is the team's decision, so
   * the default decides nothing: "besluit van het team nodig".
   */
  onvolledig: z.literal('besluit-team').default('besluit-team'),
  /** Days between a request for the missing items (verzoek om aanvulling) and its reply date, as proposed in the pane. */
  aanvullingTermijnDagen: z.number().int().positive().default(14),
  /**
   * Minimum quality for selection. The source says "maximaal 6 initiatieven", chosen on quality
   * and impact: with this on, an application below the minimum is not selected even when a place
   * is free. Off by default.
   */
  minimumKwaliteit: z
    .object({
      aan: z.boolean().default(false),
      /** No rubric item's aggregate score below this (on the rubric's scale). */
      minItemScore: z.number().optional(),
      /** A weighted total of at least this. */
      minTotaal: z.number().optional(),
    })
    .default({ aan: false }),
  /**
   * How many assessors an application needs when one or more declared a conflict of interest
   * (src/rules/scoring/conflicts.ts). The source names the four roles of the team only through the
   * design of the procedure and sets no quorum; the policy's `minBeoordelaars` (4) counts a full
   * panel. With a conflict the remaining assessors count, as many as the policy asks or as remain,
   * but never fewer than this number: `3` lets one conflicted assessor of four drop out without a
   * replacement, while two conflicts leave the application incomplete until the team adds one.
   */
  beoordelaarsBijBelang: z.number().int().positive().default(3),
});
export type TeamSettings = z.infer<typeof teamSettingsSchema>;
export type TeamSettingId = keyof TeamSettings;

export const TEAM_SETTING_TEXTS: Readonly<Record<TeamSettingId, { label: string; waarom: string }>> = {
  gemengdeRegio: {
    label: 'Deelnemers in meerdere of buiten de kernregio’s',
    waarom: 'De module noemt de kernregio’s, maar geen regel voor een samenwerkingsverband met deelnemers in meerdere regio’s of erbuiten.',
  },
  startVoorModule: {
    label: 'Startdatum vóór 1 april 2021',
    waarom: 'De module nodigt “uw (lopende) initiatief” uit en eist dat de doelen binnen de looptijd worden bereikt; een eerdere start sluit zij niet uit.',
  },
  begrotingsdekking: {
    label: 'Dekking van de projectbegroting',
    waarom: 'De businesscase gaat over de opbrengsten van het initiatief tegenover de kosten; of de begroting gedekt is, is een andere vraag.',
  },
  onvolledig: {
    label: 'Onvolledige aanvraag',
    waarom: 'De module zegt alleen dat Zilveren Kruis een plan gemotiveerd kan afwijzen; om aanvulling vragen of afwijzen is een besluit van het team.',
  },
  aanvullingTermijnDagen: {
    label: 'Termijn voor aanvulling (dagen)',
    waarom: 'De module noemt geen termijn voor het aanvullen van een aanvraag.',
  },
  minimumKwaliteit: {
    label: 'Minimumkwaliteit voor selectie',
    waarom: 'De module selecteert “maximaal 6 initiatieven” op kwaliteit en impact; of er altijd zes worden gekozen, zegt zij niet.',
  },
  beoordelaarsBijBelang: {
    label: 'Beoordelaars nodig bij een belang',
    waarom:
      'Een beoordelaar met een belang bij een aanvraag scoort die aanvraag niet. De module noemt geen minimum aantal beoordelaars; hoeveel er overblijven moeten, en of een vervanger nodig is, kiest het team.',
  },
};
