/**
 * Number formats per column kind, the same for both writers (Office.js and exceljs). `[$-413]`
 * tags them Dutch (nl-NL): Excel and LibreOffice show `€ 60.000,00`, `3,75` and `31-12-2020` to a
 * Dutch reader whatever the file was made on. Text cells get "@", so what is written stays literal
 * (never a formula, never a number).
 */
import type { ColumnKind } from './types';

export const TEXT_FORMAT = '@';

export const NUMBER_FORMATS: Record<ColumnKind, string> = {
  text: TEXT_FORMAT,
  number: '[$-413]0',
  decimal: '[$-413]#,##0.00',
  score: '[$-413]0.00',
  /** One decimal, as a BehandelIndex is published: 102,8. */
  decimal1: '[$-413]0.0',
  /** At least one and up to four decimals, for computed boundaries: 96,4 or 102,7625. */
  decimal4: '[$-413]0.0###',
  // The € as a quoted literal: LibreOffice keeps English separators for a `[$€-413]` currency tag.
  euro: '[$-413]"€ "#,##0.00;[$-413]"€ "-#,##0.00',
  date: '[$-413]dd-mm-yyyy',
  datetime: '[$-413]dd-mm-yyyy hh:mm',
  percentage: '[$-413]0%',
  boolean: TEXT_FORMAT,
  /** A formula column (=ZK.ELIGIBLE): General, so Excel calculates it (a text cell would keep the formula as text). */
  formula: 'General',
};

export const COLUMN_KINDS = Object.keys(NUMBER_FORMATS) as ColumnKind[];
