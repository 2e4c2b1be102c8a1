import { lazy, type ComponentType } from 'react';
import type { StepProps } from './types';

/** Each lazy part's loader, once started kept: opening a step and preloading share one request. */
const loaders: Array<() => Promise<unknown>> = [];

/**
 * A component that is its own chunk: `lazyPart(() => import('./X'), (m) => m.X)`. Its code, and
 * the libraries only it uses, load when it is first shown (inside a Suspense) or when
 * `preloadSteps` runs; once loaded it renders at once (also in a server render).
 */
export function lazyPart<M, P>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>): ComponentType<P> {
  let loading: Promise<M> | undefined;
  let loaded: M | undefined;
  const once = () =>
    (loading ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        // A failed request (the network hiccuped) is tried again next time.
        loading = undefined;
        throw error;
      },
    ));
  loaders.push(once);
  return lazy((): Promise<{ default: ComponentType<P> }> => {
    // Already loaded: an answer React reads at once, without showing the fallback.
    if (loaded !== undefined) {
      const module = loaded;
      return { then: (resolve: (m: { default: ComponentType<P> }) => void) => resolve({ default: pick(module) }) } as unknown as Promise<{ default: ComponentType<P> }>;
    }
    return once().then((module) => ({ default: pick(module) }));
  }) as unknown as ComponentType<P>;
}

/** A step that is its own chunk: `lazyStep(() => import('./ScreenStep'), 'ScreenStep')`. */
export function lazyStep<K extends string>(load: () => Promise<Record<K, ComponentType<StepProps>>>, name: K): ComponentType<StepProps> {
  return lazyPart(load, (module) => module[name]);
}

/** Loads every lazy part in the background, so switching to a step later shows it at once. */
export function preloadSteps(): Promise<unknown> {
  // A chunk that fails to load here is asked for again (and its error shown) when its step opens.
  return Promise.all(loaders.map((load) => load().catch(() => undefined)));
}
