/**
 * Writes an application as a filled-in Bijlage 3 Word form (tables: label | answer), the way
 * scripts/make-sample-docx.ts writes the sample forms, for the one-verdict round trip. Not a test
 * file itself. The form has no column for a cost line's category, so none is written.
 */
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { APPLICATION_COLUMNS, PARTICIPANT_COLUMNS, type Column } from '../../src/import/columns';
import type { Application } from '../../src/rules/application';

const cell = (text: string) =>
  new TableCell({ children: [new Paragraph({ children: text.split('\n').map((line, i) => new TextRun({ text: line, break: i ? 1 : 0 })) })], width: { size: 4500, type: WidthType.DXA } });
const row = (...texts: string[]) => new TableRow({ children: texts.map(cell) });
const table = (rows: TableRow[]) => new Table({ rows, width: { size: 9000, type: WidthType.DXA } });

function valueAt(record: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), record);
}

const euro = (n: number) => `€ ${n.toFixed(2).replace('.', ',')}`;

function text(column: Column, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (Array.isArray(value)) return value.length ? value.join('; ') : 'geen';
  if (typeof value === 'number') return column.kind === 'amount' ? euro(value) : String(value).replace('.', ',');
  return String(value);
}

/** Fields with a place of their own on the form (legal form, budget) are written there. */
const OWN_PLACE = new Set(['samenwerkingsvorm', 'samenwerkingsvormAnders', 'begroting.gevraagdBedrag', 'begroting.totaalKosten', 'begroting.totaalInkomsten', 'begroting.periodeVan', 'begroting.periodeTot']);

function legalForm(app: Application): string {
  const box = (v: string) => (app.samenwerkingsvorm === v ? '☒' : '☐');
  const other = app.samenwerkingsvorm === 'Anders' && app.samenwerkingsvormAnders ? `: ${app.samenwerkingsvormAnders}` : '…';
  return `${box('Coöperatie')} Coöperatie ${box('Stichting')} Stichting ${box('Anders')} Anders, namelijk${other}`;
}

export async function bijlage3Docx(app: Application): Promise<Uint8Array> {
  const main: TableRow[] = [row('Kenmerk aanvraag', app.id)];
  if (app.samenwerkingsvorm) main.push(row('Samenwerkingsvorm', legalForm(app)));
  for (const column of APPLICATION_COLUMNS) {
    const path = column.path.join('.');
    if (OWN_PLACE.has(path) || !column.labels?.length || path === 'id') continue;
    const value = text(column, valueAt(app, column.path));
    if (value !== undefined) main.push(row(column.labels[0], value));
  }
  const participants = (app.deelnemers ?? []).map((p, i) => {
    const rows = [row(`Praktijknaam deelnemer samenwerkingsverband (${i + 1})`, p.praktijknaam ?? '')];
    for (const column of PARTICIPANT_COLUMNS) {
      if (column.path[0] === 'praktijknaam' || !column.labels?.length) continue;
      const value = text(column, valueAt(p, column.path));
      if (value !== undefined) rows.push(row(column.labels[0], value));
    }
    return table(rows);
  });
  const b = app.begroting;
  const blocks: (Paragraph | Table)[] = [new Paragraph('Bijlage 3. Format omschrijven initiatief'), table(main), new Paragraph(''), ...participants.flatMap((t) => [t, new Paragraph('')])];
  if (b) {
    const kosten = b.kosten ?? [];
    const bronnen = b.andereBronnen ?? [];
    const rows = [row('Kosten', '', 'Inkomsten', '')];
    const lines = Math.max(kosten.length, 1 + bronnen.length);
    for (let i = 0; i < lines; i++) {
      const k = kosten[i];
      const right = i === 0 ? ['Gevraagd bedrag', b.gevraagdBedrag === undefined ? '' : euro(b.gevraagdBedrag)] : [bronnen[i - 1]?.omschrijving ?? '', bronnen[i - 1]?.bedrag === undefined ? '' : euro(bronnen[i - 1]!.bedrag!)];
      rows.push(row(k?.omschrijving ?? '', k?.bedrag === undefined ? '' : euro(k.bedrag), right[0], right[1]));
    }
    rows.push(row('Totaal', b.totaalKosten === undefined ? '' : euro(b.totaalKosten), 'Totaal', b.totaalInkomsten === undefined ? '' : euro(b.totaalInkomsten)));
    blocks.push(new Paragraph('Begroting (in grote lijnen)'), table(rows));
  }
  const doc = new Document({ sections: [{ children: blocks }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
