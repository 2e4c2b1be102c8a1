/**
 * How the benches time a stage: one warm-up run, then RUNS measured runs, each after a full
 * garbage collection when node runs with --expose-gc (`npm run bench` does), and the median.
 * Collecting first means a stage is not charged for the previous stage's garbage (or its own
 * warm-up's); the median keeps one unlucky run on a shared machine out of the figure.
 */
import { performance } from 'node:perf_hooks';

export const RUNS = 5;

const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** The stage's value (from its last run) and its median time in ms. */
export async function timeStage<T>(fn: () => T | Promise<T>, runs = RUNS): Promise<[T, number]> {
  let value: T | undefined = await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    // The previous run's value is garbage from here on; without this it is collected mid-run.
    value = undefined;
    collect();
    const start = performance.now();
    value = await fn();
    times.push(performance.now() - start);
  }
  return [value as T, median(times)];
}

/** Whether the heap can be collected between runs (node --expose-gc). */
export const collectsBetweenRuns = (globalThis as { gc?: unknown }).gc !== undefined;
