/**
 * A check value (controlegetal) per application: SHA-256 over the application's canonical JSON.
 * A personal scoring file carries the value of every application it was handed out with; reading
 * it back compares that with the application as it is now, so a score given on a text that has
 * since changed is seen. Web Crypto (`crypto.subtle`) exists in Node and in the task pane.
 */
import type { Application } from '../rules/application';

/** The same JSON for the same content: object keys sorted, empty values (undefined) left out. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The application's check value (64 hexadecimal characters). */
export function applicationCheckValue(application: Application): Promise<string> {
  return sha256Hex(canonicalJson(application));
}

/** The check value of every application, by id. */
export async function applicationCheckValues(applications: readonly Application[]): Promise<Map<string, string>> {
  const values = await Promise.all(applications.map(applicationCheckValue));
  return new Map(applications.map((a, i) => [a.id, values[i]]));
}
