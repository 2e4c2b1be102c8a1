/**
 * Size limits, checked before any parsing so a file is refused whole, never half-imported.
 * Archive sizes are the sizes the zip's central directory declares for its entries.
 */
import type JSZip from 'jszip';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
export const MAX_ROWS = 20_000;

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;

/** A Dutch refusal when a file of this many bytes is too large, else undefined. */
export function fileSizeRefusal(byteLength: number): string | undefined {
  if (byteLength > MAX_FILE_BYTES) return `het bestand is ${mb(byteLength)}, groter dan de grens van ${mb(MAX_FILE_BYTES)}; er is niets ingelezen`;
  return undefined;
}

export const checkFileSize = (bytes: Uint8Array): string | undefined => fileSizeRefusal(bytes.byteLength);

/** Internal field of JSZip entries: the uncompressed size from the central directory. */
interface SizedEntry {
  _data?: { uncompressedSize?: number };
}

/**
 * Opens the archive's directory (JSZip reads the central directory without inflating) and adds
 * up the declared sizes. Returns the opened zip, or a Dutch refusal.
 */
export async function checkArchive(bytes: Uint8Array, what: string): Promise<{ zip: JSZip } | { melding: string }> {
  let zip: JSZip;
  try {
    // Loaded here, not at the top: CSV and JSON imports use this module's other limits only.
    const { default: JSZipLib } = await import('jszip');
    zip = await JSZipLib.loadAsync(bytes);
  } catch {
    return { melding: `het bestand is geen leesbaar ${what}-bestand (geen geldig zip-archief)` };
  }
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    const size = (entry as unknown as SizedEntry)._data?.uncompressedSize;
    total += typeof size === 'number' && size > 0 ? size : 0;
  }
  if (total > MAX_UNPACKED_BYTES) {
    return { melding: `het archief pakt uit tot ${mb(total)}, meer dan de grens van ${mb(MAX_UNPACKED_BYTES)}; er is niets ingelezen` };
  }
  return { zip };
}
