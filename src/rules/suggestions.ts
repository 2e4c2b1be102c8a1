import { editDistance } from './names';

type Entry = readonly [key: string, name: string, letters: Int16Array];

/** How often each letter a–z occurs, and all other characters together. */
function letterCounts(key: string): Int16Array {
  const counts = new Int16Array(27);
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i) - 97;
    counts[c >= 0 && c < 26 ? c : 26]++;
  }
  return counts;
}

/** The bag distance: a lower bound on the edit distance. */
function letterBound(a: Int16Array, b: Int16Array): number {
  let more = 0;
  let less = 0;
  for (let i = 0; i < 27; i++) {
    const d = a[i] - b[i];
    if (d > 0) more += d;
    else less -= d;
  }
  return Math.max(more, less);
}

/**
 * "Bedoelde u …?" over a fixed set of names (by matching key). Thousands of names are compared
 * with each unknown input, so they are bucketed by length and a letter-count bound skips those
 * that cannot be close before the edit distance is computed; answers are memoised.
 */
export class NameSuggester {
  private readonly byLength = new Map<number, Entry[]>();
  private readonly cache = new Map<string, string[]>();

  constructor(
    private readonly names: ReadonlyMap<string, string>,
    private readonly maxCached: number,
  ) {
    for (const [key, name] of names) {
      const bucket = this.byLength.get(key.length);
      const entry: Entry = [key, name, letterCounts(key)];
      if (bucket) bucket.push(entry);
      else this.byLength.set(key.length, [entry]);
    }
  }

  /** Up to three names near `key`, nearest first (ties in Dutch alphabetical order). */
  nearest(key: string): string[] {
    const cached = this.cache.get(key);
    if (cached) return cached;
    const allowed = Math.max(2, Math.floor(key.length / 3));
    const letters = letterCounts(key);
    const found: Array<{ name: string; distance: number }> = [];
    // Only names whose length is within the allowed distance can be that close.
    for (let length = Math.max(0, key.length - allowed); length <= key.length + allowed; length++) {
      for (const [candidateKey, name, counts] of this.byLength.get(length) ?? []) {
        if (letterBound(letters, counts) > allowed) continue;
        const distance = editDistance(key, candidateKey, allowed);
        if (distance <= allowed) found.push({ name, distance });
      }
    }
    found.sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name, 'nl'));
    const answer = [...new Set(found.map((f) => f.name))].slice(0, 3);
    if (this.cache.size >= this.maxCached) this.cache.clear();
    this.cache.set(key, answer);
    return answer;
  }

  /**
   * The name a longer input starts with, for "Amsterdam Zuidoost" or "Utrecht-Overvecht": a
   * district is no BAG woonplaats, so it is suggested, not resolved.
   */
  leading(key: string): string | undefined {
    const words = key.split(' ');
    for (let i = words.length - 1; i >= 1; i--) {
      const name = this.names.get(words.slice(0, i).join(' '));
      if (name) return name;
    }
    return undefined;
  }
}
