/**
 * Converting between the model's values and cells, per column kind. Text cells get the "@" number
 * format so Excel keeps what we write literally (never a formula, never a number); a value that
 * does not fit a typed column is written as text too, so it is never lost or interpreted.
 */
import { COLUMN_KINDS, NUMBER_FORMATS, TEXT_FORMAT } from './formats';
import type { CellInput, CellValue, ColumnKind } from './types';
import { readAmount, readDecimal } from '../rules/dutch-number';

export { COLUMN_KINDS, TEXT_FORMAT };
/** Excel's limit on the characters in one cell. */
export const MAX_CELL_CHARS = 32_767;
const FORMATS = NUMBER_FORMATS;

export function numberFormatFor(kind: ColumnKind): string {
  return FORMATS[kind];
}

/**
 * A workbook cell style per column kind that carries only the number format. Setting
 * `range.style` is one small action for a whole column, where a numberFormat matrix costs a few
 * bytes per cell in every request.
 */
export function styleFor(kind: ColumnKind): string {
  return `ZK ${kind}`;
}


export interface Cell {
  value: string | number;
  numberFormat: string;
  /** Set when text had to be shortened to Excel's cell limit. */
  truncated?: boolean;
}

const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export function isoToSerial(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(y, m - 1, d);
  const check = new Date(time);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return null;
  return Math.round((time - EXCEL_EPOCH_UTC) / DAY_MS);
}

export function serialToIso(serial: number): string {
  const date = new Date(EXCEL_EPOCH_UTC + Math.round(serial) * DAY_MS);
  return date.toISOString().slice(0, 10);
}

function asText(value: CellInput): Cell {
  const text = value === null || value === undefined ? '' : String(value);
  if (text.length > MAX_CELL_CHARS) {
    return { value: text.slice(0, MAX_CELL_CHARS - 1) + '…', numberFormat: TEXT_FORMAT, truncated: true };
  }
  return { value: text, numberFormat: TEXT_FORMAT };
}

/** The cell for a model value in a column of the given kind. */
export function toCell(kind: ColumnKind, value: CellInput): Cell {
  const format = FORMATS[kind];
  if (value === null || value === undefined || value === '') return { value: '', numberFormat: format };
  switch (kind) {
    case 'text':
      return asText(value);
    case 'boolean':
      if (typeof value === 'boolean') return { value: value ? 'ja' : 'nee', numberFormat: format };
      return asText(value);
    case 'date':
    case 'datetime': {
      const serial = typeof value === 'string' ? isoToSerial(value.slice(0, 10)) : null;
      return serial === null ? asText(value) : { value: serial, numberFormat: format };
    }
    default:
      return typeof value === 'number' && Number.isFinite(value) ? { value, numberFormat: format } : asText(value);
  }
}

/**
 * A number typed as text in a numeric column: euro columns as amounts ("€ 1.234,56", thousands
 * dots), every other numeric column as a plain decimal ("3,5"), so a BI of "102.8" stays 102,8.
 */
function parseNumber(kind: ColumnKind, text: string): number | null {
  return (kind === 'euro' ? readAmount(text) : readDecimal(text)) ?? null;
}

/** A typed value from a cell; `undefined` for an empty cell, the raw text when it does not fit the kind. */
export function fromCell(kind: ColumnKind, raw: CellValue | null | undefined): CellValue | undefined {
  if (raw === null || raw === undefined || raw === '') return undefined;
  switch (kind) {
    case 'text':
      return String(raw);
    case 'boolean': {
      if (typeof raw === 'boolean') return raw;
      const text = String(raw).trim().toLowerCase();
      if (['ja', 'waar', 'true', 'yes'].includes(text)) return true;
      if (['nee', 'onwaar', 'false', 'no'].includes(text)) return false;
      return String(raw);
    }
    case 'date':
    case 'datetime':
      if (typeof raw === 'number') return serialToIso(raw);
      return String(raw);
    default:
      if (typeof raw === 'number') return raw;
      return parseNumber(kind, String(raw)) ?? String(raw);
  }
}
