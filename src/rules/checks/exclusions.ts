import type { Application } from '../application';
import { formatEuro } from '../format';
import type { Exclusion, Policy } from '../policy';
import { finiteNumber, nonEmptyText, type Finding } from '../status';

function quote(line: { omschrijving?: unknown; bedrag?: unknown }, index: number): string {
  const text = nonEmptyText(line.omschrijving) ?? '(geen omschrijving)';
  const amount = finiteNumber(line.bedrag);
  return `kostenregel ${index + 1} '${text}'${amount === undefined ? '' : ` (${formatEuro(amount)})`}`;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A signal word matches at the start of a word ("bouw" in "bouwkosten", not in "opbouw");
 * short words (≤ 4 letters, like "SAG" or "huur") must also end there.
 */
function signalPattern(word: string): RegExp {
  const end = word.length <= 4 ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(word)}${end}`, 'iu');
}

const patterns = new WeakMap<Exclusion, RegExp[]>();
function signalPatterns(exclusion: Exclusion): RegExp[] {
  let list = patterns.get(exclusion);
  if (!list) {
    list = exclusion.signaalwoorden.map(signalPattern);
    patterns.set(exclusion, list);
  }
  return list;
}

/**
 * Seed: "Voorstellen waarbij onderstaande onderwerpen (gedeeltelijk) deel uit maken van het
 * initiatief, komen niet in aanmerking". A cost line in an excluded category rejects; a line
 * whose description only looks like one is flagged for an assessor.
 */
export function checkExclusions(app: Application, policy: Policy): Finding {
  const lines = app.begroting?.kosten;
  if (!Array.isArray(lines) || lines.length === 0) return { status: 'onbekend', reden: 'geen kostenregels in de begroting om op uitsluitingen te toetsen' };
  const rejected: string[] = [];
  const flagged: string[] = [];
  lines.forEach((line, i) => {
    if (!line || typeof line !== 'object') return;
    const byCategory = policy.uitsluitingen.find((u) => u.categorie === line.categorie);
    if (byCategory) {
      rejected.push(`${quote(line, i)} valt onder '${byCategory.tekst}'`);
      return;
    }
    const text = nonEmptyText(line.omschrijving);
    if (!text) return;
    const lookalike = policy.uitsluitingen.find((u) => signalPatterns(u).some((p) => p.test(text)));
    if (lookalike) flagged.push(`${quote(line, i)} lijkt op '${lookalike.tekst}'`);
  });
  if (rejected.length) return { status: 'voldoet niet', reden: rejected.join('; ') };
  if (flagged.length) return { status: 'onbekend', reden: `een beoordelaar beoordeelt: ${flagged.join('; ')}` };
  return { status: 'voldoet', reden: `geen van de ${lines.length} kostenregels valt onder een uitsluiting` };
}
