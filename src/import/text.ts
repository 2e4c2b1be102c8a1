/**
 * Bytes → text for CSV and JSON files: UTF-8 (with or without BOM) or, when the bytes are not
 * valid UTF-8, Windows-1252 — what Dutch Excel writes when it saves "CSV (gescheiden door lijstscheidingsteken)".
 */
import iconv from 'iconv-lite';

export function decodeText(bytes: Uint8Array): { text: string; encoding: 'UTF-8' | 'Windows-1252' } {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'UTF-8' };
  } catch {
    // iconv-lite needs Node's Buffer; a browser without it has TextDecoder for windows-1252.
    const text = typeof Buffer !== 'undefined' ? iconv.decode(Buffer.from(body), 'win1252') : new TextDecoder('windows-1252').decode(body);
    return { text, encoding: 'Windows-1252' };
  }
}

