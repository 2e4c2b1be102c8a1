import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { type Application, applicationSchema } from '../rules/application';
import type { Problem } from '../rules/outcome';
import { formatPath } from '../rules/policies/load';
import { CliError } from './command';

export interface ReadApplications {
  aanvragen: Application[];
  problemen: Problem[];
  bestanden: string[];
}

/**
 * Reads applications from files and folders: every `.json` holds one application or an array.
 * The single place where applications are loaded; other formats (CSV, Excel, Word) plug in here.
 * A record with errors is reported and skipped; the rest are still read.
 */
export async function readApplications(inputs: readonly string[], cwd: string): Promise<ReadApplications> {
  const files: string[] = [];
  for (const input of inputs) {
    const full = path.resolve(cwd, input);
    const stat = await fs.stat(full).catch(() => null);
    if (!stat) throw new CliError(`kan '${input}' niet vinden.`);
    if (stat.isDirectory()) {
      const names = (await fs.readdir(full)).filter((n) => n.toLowerCase().endsWith('.json')).sort();
      files.push(...names.map((n) => path.join(full, n)));
    } else files.push(full);
  }
  const aanvragen: Application[] = [];
  const problemen: Problem[] = [];
  for (const file of files) {
    const bestand = path.relative(cwd, file) || file;
    let json: unknown;
    try {
      json = JSON.parse(await fs.readFile(file, 'utf8'));
    } catch (error) {
      problemen.push({ bestand, plaats: 'bestand', veld: '', melding: `Geen leesbare JSON: ${(error as Error).message}`, ernst: 'fout' });
      continue;
    }
    const records = Array.isArray(json) ? json : [json];
    records.forEach((record, i) => {
      const parsed = applicationSchema.safeParse(record, { error: z.locales.nl().localeError });
      const plaats = Array.isArray(json) ? `aanvraag ${i + 1}` : 'aanvraag';
      if (parsed.success) aanvragen.push(parsed.data);
      else {
        for (const issue of parsed.error.issues) {
          const veld = formatPath(issue.path);
          problemen.push({ bestand, plaats, veld, melding: `${veld}: ${issue.message}; deze aanvraag is overgeslagen.`, ernst: 'fout' });
        }
      }
    });
  }
  const seen = new Set<string>();
  const unique = aanvragen.filter((a) => {
    if (seen.has(a.id)) {
      problemen.push({ bestand: '', plaats: `aanvraag ${a.id}`, veld: 'id', melding: `Aanvraag ${a.id} komt meer dan één keer voor; alleen de eerste telt.`, ernst: 'fout' });
      return false;
    }
    seen.add(a.id);
    return true;
  });
  return { aanvragen: unique, problemen, bestanden: files };
}
