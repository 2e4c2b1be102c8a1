/**
 * Matching keys for municipality names as people type them. Two spellings that a person would
 * call "the same name" get the same key: case, surrounding and double spaces, a "Gemeente "
 * prefix, accents, apostrophe variants (’ ' ` ´ and none at all), hyphen vs space,
 * "a/d" vs "aan den"/"aan de", and CBS suffix punctuation ("Bergen (NH.)" ~ "Bergen NH").
 */
export function nameKey(raw: string): string {
  return (
    raw
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[’‘`´'"]/g, '')
      .replace(/[-‐‑–—_/]/g, (dash) => (dash === '/' ? '/' : ' '))
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^(gemeente\s+|gem\.\s*)/, '')
      // "a/d", "a.d.", "aan den", "aan de" → "ad"
      .replace(/(^|\s)(a\/d|a\.d\.?|aan den|aan de)(?=\s|$)/g, '$1ad')
      .replace(/[().,]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Key without a CBS disambiguation suffix: "Bergen (NH.)" → "bergen". */
export function plainNameKey(raw: string): string {
  return nameKey(raw.replace(/\s*\([^)]*\)\s*$/, ''));
}

/**
 * Levenshtein distance, for "bedoelde u …?" suggestions. With `limit`, stops early and returns
 * `limit + 1` as soon as the distance must exceed it (most candidates are far away). Two reused
 * rows keep it allocation-free: a suggestion compares one name with thousands.
 */
let previousRow = new Uint32Array(64);
let currentRow = new Uint32Array(64);

export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = b.length;
  if (previousRow.length <= n) {
    previousRow = new Uint32Array(n + 1);
    currentRow = new Uint32Array(n + 1);
  }
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[n];
}
