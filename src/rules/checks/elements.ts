import type { Application } from '../application';
import { registerMessages, type Bevinding, type MessageCatalogue } from '../findings';
import type { CheckStatus } from '../outcome';
import type { Policy } from '../policy';
import { nonEmptyText, weakestOf } from '../status';

type FieldState = 'aanwezig' | 'nee' | 'leeg';

function fieldState(app: Application, field: string): FieldState {
  const value = (app as Record<string, unknown>)[field];
  if (value === false) return 'nee';
  if (value === true || typeof value === 'number') return 'aanwezig';
  if (typeof value === 'string') return nonEmptyText(value) !== undefined ? 'aanwezig' : 'leeg';
  if (Array.isArray(value)) return value.length ? 'aanwezig' : 'leeg';
  if (value && typeof value === 'object') return Object.keys(value).length ? 'aanwezig' : 'leeg';
  return 'leeg';
}

/** `a|b`: one of the alternatives present is enough. */
function alternativeState(app: Application, alternatives: readonly string[]): FieldState {
  let state: FieldState = 'leeg';
  for (const field of alternatives) {
    const one = fieldState(app, field);
    if (one === 'aanwezig') return one;
    if (one === 'nee') state = one;
  }
  return state;
}

/** A required element's fields as screening reads them, worked out once per policy. */
interface ElementSpec {
  tekst: string;
  fields: { spec: string; alternatives: string[]; shown: string; first: string }[];
}
const elementSpecs = new WeakMap<Policy['elementen'], { specs: ElementSpec[]; velden: string[] }>();

function specsOf(elementen: Policy['elementen']): { specs: ElementSpec[]; velden: string[] } {
  let found = elementSpecs.get(elementen);
  if (!found) {
    const specs = elementen.map((element) => ({
      tekst: element.tekst,
      fields: element.velden.map((spec) => ({ spec, alternatives: spec.split('|').map((f) => f.trim()), shown: spec.replace('|', ' of '), first: spec.split('|')[0] })),
    }));
    // The fields are the same for every application: one frozen list that every result shares.
    found = { specs, velden: Object.freeze(elementen.flatMap((e) => e.velden.flatMap((v) => v.split('|')))) as string[] };
    elementSpecs.set(elementen, found);
  }
  return found;
}

/** "All filled in" by number of elements: the same for every such application, frozen and shared. */
const FILLED_IN: Bevinding[][] = [];

/** Seed section 1: "Deze onderbouwing moet tenminste de volgende elementen bevatten". */
export function checkPlanElements(app: Application, policy: Policy): { status: CheckStatus; bevindingen: Bevinding[]; velden: string[] } {
  const { specs, velden } = specsOf(policy.elementen);
  if (policy.elementen.length === 0) return { status: 'voldoet', bevindingen: [{ status: 'voldoet', code: 'elementen.geen_eisen' }], velden };
  const absent: Array<{ tekst: string; velden: string; paden: string[] }> = [];
  const empty: Array<{ tekst: string; velden: string; paden: string[] }> = [];
  for (const element of specs) {
    // The fields not present, gathered only when there is one (most applications fill them all).
    let missing: Array<{ field: ElementSpec['fields'][number]; state: FieldState }> | undefined;
    for (const field of element.fields) {
      const state = alternativeState(app, field.alternatives);
      if (state !== 'aanwezig') (missing ??= []).push({ field, state });
    }
    if (!missing) continue;
    // `paden`: the field to ask for, as data (the first of alternatives such as einddatum|looptijd).
    const item = { tekst: element.tekst, velden: missing.map((m) => m.field.shown).join(', '), paden: missing.map((m) => m.field.first) };
    if (missing.some((m) => m.state === 'nee')) absent.push(item);
    else empty.push(item);
  }
  const bevindingen: Bevinding[] = [];
  if (absent.length) bevindingen.push({ status: 'voldoet niet', code: 'elementen.ontbreekt', lijst: absent.map((a) => a.tekst), extra: { velden: absent.map((a) => a.velden) } });
  if (empty.length) bevindingen.push({ status: 'onbekend', code: 'elementen.leeg', lijst: empty.map((a) => a.tekst), extra: { velden: empty.map((a) => a.velden), ontbrekendeVelden: empty.flatMap((a) => a.paden) } });
  if (!bevindingen.length) {
    const n = policy.elementen.length;
    const list = (FILLED_IN[n] ??= Object.freeze([Object.freeze<Bevinding>({ status: 'voldoet', code: 'elementen.ingevuld', extra: Object.freeze({ aantal: n }) })]) as Bevinding[]);
    return { status: 'voldoet', bevindingen: list, velden };
  }
  return { status: weakestOf(bevindingen), bevindingen, velden };
}

function items(b: Bevinding): string {
  const velden = Array.isArray(b.extra?.velden) ? (b.extra!.velden as readonly string[]) : [];
  return (b.lijst ?? []).map((t, i) => `'${t}' (${velden[i] ?? ''})`).join('; ');
}

export const ELEMENT_MESSAGES: MessageCatalogue = {
  'elementen.geen_eisen': { nl: () => 'het beleid eist geen elementen', en: () => 'the policy requires no elements' },
  'elementen.ontbreekt': { nl: (b) => `ontbreekt volgens de aanvraag: ${items(b)}`, en: (b) => `missing according to the application: ${items(b)}` },
  'elementen.leeg': { nl: (b) => `niet ingevuld: ${items(b)}`, en: (b) => `not filled in: ${items(b)}` },
  'elementen.ingevuld': { nl: (b) => `de ${String(b.extra?.aantal)} verplichte elementen zijn ingevuld`, en: (b) => `the ${String(b.extra?.aantal)} required elements are filled in` },
};
registerMessages(ELEMENT_MESSAGES);
