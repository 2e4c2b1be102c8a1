import { applicationSchema, type Application } from '../../rules/application';
import type { Problem } from '../../rules/outcome';
import type { ImportService } from '../services';

/**
 * Until src/import lands on this branch: JSON (one application or an array) through the
 * Application schema; other formats are reported, never dropped silently.
 */
export const importService: ImportService = {
  async importFile(name, bytes) {
    const problems: Problem[] = [];
    if (!name.toLowerCase().endsWith('.json')) {
      return { applications: [], problems: [{ bestand: name, plaats: 'heel bestand', veld: '-', melding: 'Dit formaat kan deze versie nog niet lezen.', ernst: 'fout' }] };
    }
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8').decode(bytes));
    } catch (e) {
      return { applications: [], problems: [{ bestand: name, plaats: 'heel bestand', veld: '-', melding: `Geen geldige JSON: ${(e as Error).message}`, ernst: 'fout' }] };
    }
    const records = Array.isArray(json) ? json : [json];
    const applications: Application[] = [];
    records.forEach((record, index) => {
      const parsed = applicationSchema.safeParse(record);
      if (parsed.success) applications.push(parsed.data);
      else
        for (const issue of parsed.error.issues)
          problems.push({ bestand: name, plaats: `aanvraag ${index + 1}`, veld: issue.path.join('.'), melding: issue.message, ernst: 'fout' });
    });
    return { applications, problems };
  },
};
