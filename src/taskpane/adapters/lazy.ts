import type { PaneServices } from '../services';

/**
 * The add-in's services, with their code loaded after the pane's first paint: the rules, the
 * policies (with zod and the municipality and place tables), the workbook schema and the Excel
 * writer are one chunk (`./start`) that the import step does not need to appear. Each service is
 * a stand-in that forwards to the real one: an asynchronous method waits for the chunk, a
 * synchronous one may be called once `ready()` has resolved (App waits for it before it shows
 * any other step). A service or method added to PaneServices needs nothing here.
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
  const stand = (key: string | symbol): object =>
    new Proxy({}, {
      get(_, method: string | symbol) {
        return (...args: unknown[]) => {
          const own = (services: PaneServices) => (services as unknown as Record<string | symbol, unknown>)[key];
          if (real) return call(own(real), method, args);
          // Only an asynchronous method may be called this early; its caller gets the promise.
          return get().then((services) => call(own(services), method, args));
        };
      },
    });
  const stands = new Map<string | symbol, object>();
  const own: Partial<PaneServices> = {
    now: () => new Date().toISOString(),
    ready: () => get().then(() => undefined),
  };
  // Every other member is a service: a new one in PaneServices needs nothing here.
  return new Proxy(own as PaneServices, {
    get(target, key) {
      if (key in target) return (target as unknown as Record<string | symbol, unknown>)[key];
      if (!stands.has(key)) stands.set(key, stand(key));
      return stands.get(key);
    },
  });
}

function call(service: unknown, method: string | symbol, args: unknown[]): unknown {
  const fn = (service as Record<string | symbol, unknown>)[method];
  if (typeof fn !== 'function') throw new Error(`geen dienst '${String(method)}'`);
  return (fn as (...a: unknown[]) => unknown).apply(service, args);
}
