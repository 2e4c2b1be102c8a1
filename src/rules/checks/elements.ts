import type { Application } from '../application';
import type { Policy } from '../policy';
import type { Finding } from '../status';

type FieldState = 'aanwezig' | 'nee' | 'leeg';

function fieldState(app: Application, field: string): FieldState {
  const value = (app as Record<string, unknown>)[field];
  if (value === false) return 'nee';
  if (value === true || typeof value === 'number') return 'aanwezig';
  if (typeof value === 'string') return value.trim() ? 'aanwezig' : 'leeg';
  if (Array.isArray(value)) return value.length ? 'aanwezig' : 'leeg';
  if (value && typeof value === 'object') return Object.keys(value).length ? 'aanwezig' : 'leeg';
  return 'leeg';
}

/** `a|b`: one of the alternatives present is enough. */
function alternativeState(app: Application, spec: string): FieldState {
  const states = spec.split('|').map((f) => fieldState(app, f.trim()));
  if (states.includes('aanwezig')) return 'aanwezig';
  return states.includes('nee') ? 'nee' : 'leeg';
}

/** Seed section 1: "Deze onderbouwing moet tenminste de volgende elementen bevatten". */
export function checkPlanElements(app: Application, policy: Policy): Finding & { velden: string[] } {
  const velden = policy.elementen.flatMap((e) => e.velden.flatMap((v) => v.split('|')));
  if (policy.elementen.length === 0) return { status: 'voldoet', reden: 'het beleid eist geen elementen', velden };
  const absent: string[] = [];
  const empty: string[] = [];
  for (const element of policy.elementen) {
    const states = element.velden.map((spec) => ({ spec, state: alternativeState(app, spec) }));
    const missing = states.filter((s) => s.state !== 'aanwezig');
    if (missing.length === 0) continue;
    const label = `'${element.tekst}' (${missing.map((m) => m.spec.replace('|', ' of ')).join(', ')})`;
    if (missing.some((m) => m.state === 'nee')) absent.push(label);
    else empty.push(label);
  }
  if (absent.length) return { status: 'voldoet niet', reden: `ontbreekt volgens de aanvraag: ${absent.join('; ')}`, velden };
  if (empty.length) return { status: 'onbekend', reden: `niet ingevuld: ${empty.join('; ')}`, velden };
  return { status: 'voldoet', reden: `alle ${policy.elementen.length} verplichte elementen zijn ingevuld`, velden };
}
