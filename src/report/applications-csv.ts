/**
 * Applications as one CSV table (participants and cost lines as numbered column groups), the way
 * Dutch Excel writes it: `;` and a decimal comma. `zk import` reads it back to the same applications.
 */
import Papa from 'papaparse';
import type { Application } from '../rules/application';
import { applicationToRecord, tableHeaders, type FlatValue } from '../import/flat';

export interface CsvOptions {
  delimiter?: ';' | ',';
  /** Write 12,5 instead of 12.5 (default with `;`). */
  decimalComma?: boolean;
}

function numberText(n: number, decimalComma: boolean): string {
  let text = Number.isInteger(n) && Math.abs(n) < 1e21 ? n.toFixed(0) : String(n);
  if (/e/i.test(text)) text = n.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
  return decimalComma ? text.replace('.', ',') : text;
}

function csvValue(value: FlatValue, decimalComma: boolean): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'number') return numberText(value, decimalComma);
  return value;
}

export function applicationsToCsv(applications: readonly Application[], options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ';';
  const decimalComma = options.decimalComma ?? delimiter === ';';
  const headers = tableHeaders(applications);
  const rows = applications.map((app) => applicationToRecord(app, headers).values.map((v) => csvValue(v, decimalComma)));
  return Papa.unparse({ fields: headers, data: rows }, { delimiter, newline: '\r\n' }) + '\r\n';
}
