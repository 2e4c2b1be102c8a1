import type { Policy } from './policy';
import { readMunicipality, readPlace, readPostcode, type Kandidaat, type LocationKind, type RegionResolution, type RegionStatus } from './regions';
import { nonEmptyText } from './status';

/**
 * Where a participant lies: by its gemeente, else its plaats, else its postcode (Bijlage 3 asks
 * for Plaats and Postcode). Every field that is given is read, and the readings must agree: a
 * place in several municipalities is narrowed by the postcode; a place and postcode that point
 * at different municipalities are `tegenstrijdig`, and the assessor decides.
 */

export interface FieldReading {
  veld: LocationKind;
  invoer: string;
  /** How the field was read; a gemeente field holding a place name is read as a place. Shared: never changed. */
  resolution: Readonly<RegionResolution>;
}

/**
 * - `gevonden`: the fields agree on one outcome;
 * - `geen`: no gemeente, plaats or postcode;
 * - `onbekend`: no field could be read;
 * - `dubbelzinnig`: the readings allow several outcomes (a place in several municipalities);
 * - `tegenstrijdig`: two fields point at different municipalities or regions.
 */
export type LocationOutcome = 'gevonden' | 'geen' | 'onbekend' | 'dubbelzinnig' | 'tegenstrijdig';

export interface ParticipantLocation {
  status: RegionStatus;
  regio: string | null;
  gemeente: string | null;
  uitkomst: LocationOutcome;
  /** The fields that were read and decided, in the order gemeente, plaats, postcode. */
  op: LocationKind[];
  /** The readings that remain (one outcome when `gevonden`). */
  kandidaten: Kandidaat[];
  /** Every given field with its reading, for the evidence. */
  velden: FieldReading[];
}

function readField(veld: LocationKind, invoer: string, policy: Policy): FieldReading {
  if (veld === 'postcode') return { veld, invoer, resolution: readPostcode(invoer, policy) };
  // Applicants put a place in the gemeente field and a municipality in the plaats field; both are read.
  const [first, second] = veld === 'gemeente' ? [readMunicipality, readPlace] : [readPlace, readMunicipality];
  const resolution = first(invoer, policy);
  if (resolution.soort !== null) return { veld, invoer, resolution };
  const other = second(invoer, policy);
  return { veld, invoer, resolution: other.soort !== null ? other : resolution };
}

/** Two readings match when they name the same municipality today and the same outcome. */
function matches(a: Kandidaat, b: Kandidaat): boolean {
  return (a.code === b.code || !a.code || !b.code) && a.status === b.status && a.regio === b.regio;
}

export function resolveParticipantLocation(p: { gemeente?: unknown; plaats?: unknown; postcode?: unknown }, policy: Policy): ParticipantLocation {
  const gemeente = nonEmptyText(p.gemeente);
  const plaats = nonEmptyText(p.plaats);
  const postcode = typeof p.postcode === 'number' ? String(p.postcode) : nonEmptyText(p.postcode);
  return locate(gemeente, plaats, postcode, policy);
}

type Inputs = Map<string | undefined, Map<string | undefined, Map<string | undefined, Readonly<ParticipantLocation>>>>;

/** Locations by policy and by gemeente, plaats and postcode as given: a file names the same few places on every row. */
const sharedLocations = new WeakMap<Policy, { inputs: Inputs; size: number }>();
const MAX_SHARED_LOCATIONS = 10_000;
let lastPolicy: Policy | undefined;
let lastMemo: { inputs: Inputs; size: number } | undefined;

/**
 * `resolveParticipantLocation`'s shared answer, frozen: read it, never change it. Screening
 * reads every participant's location; the readings of the same three fields are the same.
 */
export function readParticipantLocation(p: { gemeente?: unknown; plaats?: unknown; postcode?: unknown }, policy: Policy): Readonly<ParticipantLocation> {
  const gemeente = nonEmptyText(p.gemeente);
  const plaats = nonEmptyText(p.plaats);
  const postcode = typeof p.postcode === 'number' ? String(p.postcode) : nonEmptyText(p.postcode);
  // The policy asked last, and its memo: screening asks for every participant, all under one policy.
  let memo = policy === lastPolicy ? lastMemo : sharedLocations.get(policy);
  if (!memo) sharedLocations.set(policy, (memo = { inputs: new Map(), size: 0 }));
  lastPolicy = policy;
  lastMemo = memo;
  let byPlace = memo.inputs.get(gemeente);
  let byPostcode = byPlace?.get(plaats);
  const known = byPostcode?.get(postcode);
  if (known) return known;
  const loc = locate(gemeente, plaats, postcode, policy);
  for (const v of loc.velden) Object.freeze(v);
  Object.freeze(loc.velden);
  Object.freeze(loc.op);
  Object.freeze(loc.kandidaten);
  Object.freeze(loc);
  if (memo.size >= MAX_SHARED_LOCATIONS) {
    memo.inputs.clear();
    memo.size = 0;
    byPlace = undefined;
    byPostcode = undefined;
  }
  if (!byPlace) memo.inputs.set(gemeente, (byPlace = new Map()));
  if (!byPostcode) byPlace.set(plaats, (byPostcode = new Map()));
  byPostcode.set(postcode, loc);
  memo.size++;
  return loc;
}

function locate(gemeente: string | undefined, plaats: string | undefined, postcode: string | undefined, policy: Policy): ParticipantLocation {
  const velden: FieldReading[] = [];
  if (gemeente !== undefined) velden.push(readField('gemeente', gemeente, policy));
  if (plaats !== undefined) velden.push(readField('plaats', plaats, policy));
  if (postcode !== undefined) velden.push(readField('postcode', postcode, policy));
  const none = (uitkomst: LocationOutcome, op: LocationKind[], kandidaten: Kandidaat[] = []): ParticipantLocation => ({ status: 'onbekend', regio: null, gemeente: null, kandidaten, velden, uitkomst, op });
  if (velden.length === 0) return none('geen', []);
  const known = velden.filter((v) => v.resolution.kandidaten.length > 0);
  if (known.length === 0) return none('onbekend', []);
  const [primary, ...others] = known;
  const remaining = primary.resolution.kandidaten.filter((k) => others.every((o) => o.resolution.kandidaten.some((c) => matches(k, c))));
  const op = known.map((v) => v.veld);
  if (remaining.length === 0) return none('tegenstrijdig', op);
  const first = remaining[0];
  let oneName = true;
  for (const k of remaining) {
    if (k.status !== first.status || k.regio !== first.regio) return none('dubbelzinnig', op, remaining);
    if (k.gemeente !== first.gemeente) oneName = false;
  }
  return { status: first.status, regio: first.regio, gemeente: oneName ? first.gemeente : null, uitkomst: 'gevonden', op, kandidaten: remaining, velden };
}
