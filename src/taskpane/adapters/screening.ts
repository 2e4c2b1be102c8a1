import { evaluateEligibility, OverrideRefusedError } from '../../rules/eligibility';
import { samenwerken2021 } from '../../rules/policies/samenwerken-2021';
import { rubricFor } from '../../rules/scoring/rubric-2021';
import type { ScreeningService } from '../services';

/** Screening with the rules core (src/rules): Bijlage 1, regions, business case. */
export const screeningService: ScreeningService = {
  defaultPolicy: () => samenwerken2021,
  async loadPolicy(fileName, text) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      return { problems: [{ bestand: fileName, plaats: 'heel bestand', veld: '-', melding: `Geen geldige JSON: ${(e as Error).message}`, ernst: 'fout' }] };
    }
    // The policy loader brings zod's Dutch messages; it is only needed when a team loads a file.
    const { loadPolicy } = await import('../../rules/policies/load');
    return loadPolicy(json, fileName);
  },
  screen(applications, policy, overrides) {
    return applications.map((app) => {
      try {
        return evaluateEligibility(app, policy, { overrides: [...(overrides[app.id] ?? [])] });
      } catch (e) {
        // An override without a written reason (e.g. typed in the Toetsing sheet) is refused: say where.
        if (e instanceof OverrideRefusedError) throw new Error(`Aanvraag ${app.id}: ${e.message}`);
        throw e;
      }
    });
  },
  rubric: rubricFor,
};
