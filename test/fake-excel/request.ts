/**
 * Request bookkeeping of the fake Excel: operations are queued like Office.js queues them and run
 * at `context.sync()`. Every sync is counted, and the JSON size of each request is measured; a
 * request above 5 MB fails as in Excel on the web (RequestPayloadSizeLimitExceeded).
 */

/** Excel on the web refuses requests (and responses) larger than 5 MB. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
/** A rough size of the envelope Office.js adds per queued action (ids, method name, object path). */
export const OPERATION_OVERHEAD_BYTES = 64;

export interface RequestRecord {
  bytes: number;
  /** JSON size of the loaded properties sent back. */
  responseBytes: number;
  operations: number;
  /** True when the request was refused for its size. */
  refused: boolean;
}

export interface HostStats {
  runs: number;
  syncs: number;
  requests: RequestRecord[];
  suspendCalls: number;
}

export function emptyStats(): HostStats {
  return { runs: 0, syncs: 0, requests: [], suspendCalls: 0 };
}

/** Shaped like OfficeExtension.Error: `code`, `message`, `debugInfo`. */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message, errorLocation };
  }
}

const encoder = new TextEncoder();

export function jsonBytes(payload: unknown): number {
  return encoder.encode(JSON.stringify(payload ?? null)).length;
}

interface Operation {
  bytes: number;
  run: () => void;
}

export class RequestQueue {
  private operations: Operation[] = [];
  private bytes = 0;
  private afterSync: Array<() => void> = [];
  private responseBytes = 0;

  constructor(
    private readonly stats: HostStats,
    private readonly limit: number,
  ) {}

  get pending(): number {
    return this.operations.length;
  }

  enqueue(payload: unknown, run: () => void): void {
    const bytes = OPERATION_OVERHEAD_BYTES + jsonBytes(payload);
    this.operations.push({ bytes, run });
    this.bytes += bytes;
  }

  /** Counts loaded data towards the response of the running sync. */
  respond(payload: unknown): void {
    this.responseBytes += jsonBytes(payload);
  }

  /** Runs after the next successful sync (e.g. to set `isNullObject`). */
  onSynced(callback: () => void): void {
    this.afterSync.push(callback);
  }

  sync(): void {
    const operations = this.operations;
    const bytes = this.bytes;
    const afterSync = this.afterSync;
    this.operations = [];
    this.bytes = 0;
    this.afterSync = [];
    this.stats.syncs += 1;
    const refused = bytes > this.limit;
    const record: RequestRecord = { bytes, responseBytes: 0, operations: operations.length, refused };
    this.stats.requests.push(record);
    if (refused) {
      throw new FakeOfficeError(
        'RequestPayloadSizeLimitExceeded',
        `The request payload size has exceeded the limit (${bytes} bytes > ${this.limit} bytes).`,
      );
    }
    this.responseBytes = 0;
    for (const operation of operations) operation.run();
    record.responseBytes = this.responseBytes;
    if (this.responseBytes > this.limit) {
      record.refused = true;
      throw new FakeOfficeError(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size has exceeded the limit (${this.responseBytes} bytes > ${this.limit} bytes).`,
      );
    }
    for (const callback of afterSync) callback();
  }
}
