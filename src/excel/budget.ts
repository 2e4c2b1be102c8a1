/**
 * Keeps every request to Excel below Excel on the web's 5 MB limit. Writers tell the budget how
 * many bytes they are about to queue; when the request would grow past the budget, the queued
 * work is sent first (one extra `context.sync()`). Small workbooks therefore need no extra syncs;
 * large ones need one extra sync per ~4 MB of data, whatever the number of rows.
 */
import type { XlContext } from './office-api';
export const EXCEL_WEB_REQUEST_LIMIT = 5 * 1024 * 1024;
/** Room left under the limit for Office.js' own envelope around each action. */
export const DEFAULT_REQUEST_BUDGET = 4 * 1024 * 1024;
/** Our estimate of the envelope per queued action (generous on purpose). */
export const ACTION_OVERHEAD_BYTES = 200;

const encoder = new TextEncoder();

/** JSON size of a value, without envelope. */
export function jsonBytes(payload: unknown): number {
  return encoder.encode(JSON.stringify(payload)).length;
}

/** Size of one queued action carrying `payload`. */
export function payloadBytes(payload: unknown): number {
  return jsonBytes(payload) + ACTION_OVERHEAD_BYTES;
}

export class RequestBudget {
  private used = 0;
  /** Syncs made because the budget was full (not counting the action's planned syncs). */
  flushes = 0;

  constructor(
    private readonly context: XlContext,
    readonly limit = DEFAULT_REQUEST_BUDGET,
    /** Re-applied after every flush, e.g. suspending calculation until the next sync. */
    private readonly startRequest: () => void = () => undefined,
  ) {}

  /** Call before queuing `bytes`; syncs first when they would not fit in the current request. */
  async reserve(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.limit) {
      await this.context.sync();
      this.flushes += 1;
      this.used = 0;
    }
    if (this.used === 0) this.startRequest();
    this.used += bytes;
  }

  /** The planned sync at the end of a phase; the next request starts empty. */
  async sync(): Promise<void> {
    await this.context.sync();
    this.used = 0;
  }
}
