import type { Policy } from './policy';
import { resolveMunicipality, resolvePlace, resolvePostcode, type Kandidaat, type LocationKind, type RegionResolution, type RegionStatus } from './regions';
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
  /** How the field was read; a gemeente field holding a place name is read as a place. */
  resolution: RegionResolution;
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
  if (veld === 'postcode') return { veld, invoer, resolution: resolvePostcode(invoer, policy) };
  // Applicants put a place in the gemeente field and a municipality in the plaats field; both are read.
  const [first, second] = veld === 'gemeente' ? [resolveMunicipality, resolvePlace] : [resolvePlace, resolveMunicipality];
  const resolution = first(invoer, policy);
  if (resolution.soort !== null) return { veld, invoer, resolution };
  const other = second(invoer, policy);
  return { veld, invoer, resolution: other.soort !== null ? other : resolution };
}

/** Two readings match when they name the same municipality today and the same outcome. */
function matches(a: Kandidaat, b: Kandidaat): boolean {
  return (a.code === b.code || !a.code || !b.code) && a.status === b.status && a.regio === b.regio;
}

function outcomeKey(k: Kandidaat): string {
  return `${k.status}|${k.regio}`;
}

export function resolveParticipantLocation(p: { gemeente?: unknown; plaats?: unknown; postcode?: unknown }, policy: Policy): ParticipantLocation {
  const given: Array<[LocationKind, string | undefined]> = [
    ['gemeente', nonEmptyText(p.gemeente)],
    ['plaats', nonEmptyText(p.plaats)],
    ['postcode', typeof p.postcode === 'number' ? String(p.postcode) : nonEmptyText(p.postcode)],
  ];
  const velden = given.filter((g): g is [LocationKind, string] => g[1] !== undefined).map(([veld, invoer]) => readField(veld, invoer, policy));
  const none = { status: 'onbekend' as const, regio: null, gemeente: null, kandidaten: [], velden };
  if (velden.length === 0) return { ...none, uitkomst: 'geen', op: [] };
  const known = velden.filter((v) => v.resolution.kandidaten.length > 0);
  if (known.length === 0) return { ...none, uitkomst: 'onbekend', op: [] };
  const [primary, ...others] = known;
  const remaining = primary.resolution.kandidaten.filter((k) => others.every((o) => o.resolution.kandidaten.some((c) => matches(k, c))));
  const op = known.map((v) => v.veld);
  if (remaining.length === 0) return { ...none, uitkomst: 'tegenstrijdig', op };
  const outcomes = new Set(remaining.map(outcomeKey));
  if (outcomes.size > 1) return { ...none, kandidaten: remaining, uitkomst: 'dubbelzinnig', op };
  const names = [...new Set(remaining.map((k) => k.gemeente))];
  return { status: remaining[0].status, regio: remaining[0].regio, gemeente: names.length === 1 ? names[0] : null, uitkomst: 'gevonden', op, kandidaten: remaining, velden };
}
