/**
 * Which column holds which BI field, guessed from header text. Exported for the BI tab's column
 * pickers and used by every BI reader (CSV, XLSX, the add-in's own table).
 */
export type BiField = 'agb' | 'naam' | 'jaar' | 'bi' | 'patienten' | 'ondergrens';

/** Column index (0-based) per field; a field without a column is absent. */
export type BiColumnMap = Partial<Record<BiField, number>>;

interface FieldSpec {
  field: BiField;
  /** Dutch label for pickers and messages. */
  label: string;
  required: boolean;
  /** Tried on normalised header text (lowercase, no accents, letters and digits only), strongest first. */
  patterns: RegExp[];
}

/** Assignment order matters: `BI-ondergrens` must go to ondergrens before BI looks at it. */
export const BI_FIELDS: readonly FieldSpec[] = [
  { field: 'ondergrens', label: 'BI-ondergrens', required: false, patterns: [/^(bi)?ondergrens/, /ondergrens|lowerbound|cilaag|ondergr/] },
  { field: 'agb', label: 'AGB-code', required: true, patterns: [/^agb(code)?$/, /agb/] },
  { field: 'jaar', label: 'jaar', required: true, patterns: [/^(jaar|year|peiljaar|bijaar|referentiejaar)$/, /jaar|year/] },
  { field: 'patienten', label: 'aantal patiënten', required: false, patterns: [/^(aantal)?patienten$|^n$|^aantal$/, /patient|aantal/] },
  { field: 'bi', label: 'BehandelIndex', required: true, patterns: [/^(bi|behandelindex|behandelindexbi)(\d{4})?$/, /behandelindex|^bi/] },
  { field: 'naam', label: 'praktijknaam', required: false, patterns: [/^(praktijknaam|naam|praktijk|naampraktijk|zorgaanbieder|name)$/, /naam|praktijk|zorgaanbieder/] },
];

export function normaliseHeader(header: unknown): string {
  return String(header ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Guess the column of every field from a header row; each column serves at most one field. */
export function guessBiColumns(headers: readonly unknown[]): BiColumnMap {
  const normalised = headers.map(normaliseHeader);
  const taken = new Set<number>();
  const map: BiColumnMap = {};
  for (const spec of BI_FIELDS) {
    for (const pattern of spec.patterns) {
      const index = normalised.findIndex((h, i) => h !== '' && !taken.has(i) && pattern.test(h));
      if (index >= 0) {
        map[spec.field] = index;
        taken.add(index);
        break;
      }
    }
  }
  return map;
}

export function missingRequiredFields(map: BiColumnMap): FieldSpec[] {
  return BI_FIELDS.filter((spec) => spec.required && map[spec.field] === undefined);
}
