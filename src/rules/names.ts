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
 * `limit + 1` as soon as the distance must exceed it (most candidates are far away).
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (current[j] < rowMin) rowMin = current[j];
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}
