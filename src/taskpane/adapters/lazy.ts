import type { PaneServices } from '../services';

/**
 * The add-in's services, with their code loaded after the pane's first paint: the rules, the
 * policies (with zod and the municipality and place tables), the workbook schema and the Excel
 * writer are one chunk (`./start`) that the import step does not need to appear. Each service is
 * a stand-in that forwards to the real one: an asynchronous method waits for the chunk, a
 * synchronous one may be called once `ready()` has resolved (App waits for it before it shows
 * any other step). A method added to a service interface needs nothing here.
 */
export function lazyServices(load: () => Promise<PaneServices>): PaneServices {
  let real: PaneServices | undefined;
  let loading: Promise<PaneServices> | undefined;
  const get = (): Promise<PaneServices> =>
    (loading ??= load().then(
      (services) => (real = services),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const stand = <K extends keyof PaneServices>(key: K): PaneServices[K] =>
    new Proxy({} as object, {
      get(_, method: string | symbol) {
        return (...args: unknown[]) => {
          if (real) return call(real[key], method, args);
          const later = get().then((services) => call(services[key], method, args));
          // Only an asynchronous method may be called this early; its caller gets the promise.
          return later;
        };
      },
    }) as PaneServices[K];
  return {
    importer: stand('importer'),
    screening: stand('screening'),
    ranking: stand('ranking'),
    letters: stand('letters'),
    bi: stand('bi'),
    workbook: stand('workbook'),
    now: () => new Date().toISOString(),
    ready: () => get().then(() => undefined),
  };
}

function call(service: unknown, method: string | symbol, args: unknown[]): unknown {
  const fn = (service as Record<string | symbol, unknown>)[method];
  if (typeof fn !== 'function') throw new Error(`geen dienst '${String(method)}'`);
  return (fn as (...a: unknown[]) => unknown).apply(service, args);
}
