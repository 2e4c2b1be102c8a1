/**
 * mulberry32: a small seeded PRNG (public domain, Tommy Ettinger). Rules never call Math.random:
 * the seed is an input and is recorded with every result, so a lottery can be replayed.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, 32 bit: a stable number for a string. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The lottery ticket of one application for a seed: a number in [0, 1), lower wins. It depends
 * only on the seed and the application's id, so adding or removing other applications does not
 * change who wins a draw between two of them.
 */
export function lotteryTicket(seed: number, id: string): number {
  return firstDraw((seed ^ hashString(id)) >>> 0);
}

/** `mulberry32(seed)()`, the same arithmetic without a generator per ticket. */
function firstDraw(seed: number): number {
  const a = (seed + 0x6d2b79f5) >>> 0;
  let t = a;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/**
 * The lottery seed of resample `r` of a bootstrap run with `seed`: each resample draws its own
 * lottery, reproducibly, and never the real ranking's (resample seeds come from another stream).
 */
export function resampleSeed(seed: number, r: number): number {
  return hashString(`${seed >>> 0}/steekproef/${r}`);
}
