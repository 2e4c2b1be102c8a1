import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { type LetterBlock, type LetterModel, dutchDate } from './letter-model';

const FONT = 'Calibri';
const SIZE = 22; // half-points: 11 pt
const SMALL = 18;
const GREY = '595959';
/** A4 text width with 2.5 cm margins, in twentieths of a point. */
const TEXT_WIDTH = 9026;

const run = (text: string, opts: { bold?: boolean; size?: number; color?: string } = {}) => new TextRun({ text, font: FONT, size: opts.size ?? SIZE, bold: opts.bold, color: opts.color });
const para = (text: string, opts: { bold?: boolean; after?: number; size?: number; color?: string; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}) =>
  new Paragraph({ spacing: { after: opts.after ?? 200, line: 276 }, alignment: opts.align, children: [run(text, opts)] });
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

/** A decision letter refers to the application; a module letter to the practice by its AGB code. */
const referenceLabel = (letter: LetterModel): string => (letter.soort === 'modulevoorwaarden' ? 'AGB-code' : 'Ons kenmerk');

/** "Datum / Ons kenmerk / Betreft" as a two-column block without lines, as on Dutch letter paper. */
function referenceBlock(letter: LetterModel): Table {
  const rows: [string, string][] = [
    ['Datum', dutchDate(letter.datum)],
    [referenceLabel(letter), letter.aanvraag],
    ['Betreft', letter.onderwerp],
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [1800, TEXT_WIDTH - 1800],
    borders: NO_BORDERS,
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          children: [
            new TableCell({ width: { size: 1800, type: WidthType.DXA }, margins: { left: 0 }, children: [para(label, { after: 60, color: GREY })] }),
            new TableCell({ width: { size: TEXT_WIDTH - 1800, type: WidthType.DXA }, margins: { left: 0 }, children: [para(value, { after: 60, bold: label === 'Betreft' })] }),
          ],
        }),
    ),
  });
}

function scoreTable(block: Extract<LetterBlock, { soort: 'tabel' }>): Table {
  const numberColumns = block.koppen.length - 1;
  const numberWidth = numberColumns > 1 ? 2100 : 1500;
  const widths = [TEXT_WIDTH - numberWidth * numberColumns, ...Array(numberColumns).fill(numberWidth)];
  const cell = (text: string, c: number, opts: { bold?: boolean; shade?: boolean } = {}) =>
    new TableCell({
      width: { size: widths[c], type: WidthType.DXA },
      shading: opts.shade ? { type: ShadingType.CLEAR, color: 'auto', fill: 'DCE6F1' } : undefined,
      margins: { top: 40, bottom: 40, left: 100, right: 100 },
      children: [new Paragraph({ alignment: c === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT, children: [run(text, { bold: opts.bold, size: 20 })] })],
    });
  const row = (cells: string[], opts: { bold?: boolean; shade?: boolean; header?: boolean } = {}) =>
    new TableRow({ tableHeader: opts.header, cantSplit: true, children: cells.map((t, c) => cell(t, c, opts)) });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: GRID,
    rows: [
      row(block.koppen, { bold: true, shade: true, header: true }),
      ...block.rijen.map((r) => row(r)),
      ...(block.totaal ? [row(block.totaal, { bold: true, shade: true })] : []),
    ],
  });
}

function renderBlock(block: LetterBlock): (Paragraph | Table)[] {
  if (block.soort === 'alinea') return [para(block.tekst)];
  if (block.soort === 'tabel') return [scoreTable(block), para('', { after: 120 })];
  return [
    ...block.punten.map(
      (p, i) =>
        new Paragraph({
          bullet: { level: 0 },
          spacing: { after: i === block.punten.length - 1 ? 200 : 100, line: 276 },
          children: [run(`${p.kop}: `, { bold: true }), run(p.tekst)],
        }),
    ),
  ];
}

/** One letter as a section of its own: letterhead, address, reference block, body, signature, footer. */
function letterSection(letter: LetterModel) {
  const children: (Paragraph | Table)[] = [
    ...letter.afzender.map((line, i) => para(line, { after: 0, bold: i === 0, size: i === 0 ? 24 : SMALL, color: i === 0 ? undefined : GREY })),
    para('', { after: 480 }),
    ...letter.adres.map((line) => para(line, { after: 0 })),
    para('', { after: 480 }),
    referenceBlock(letter),
    para('', { after: 240 }),
    para(letter.aanhef),
    ...letter.inhoud.flatMap(renderBlock),
    para(letter.groet, { after: 720 }),
    ...letter.ondertekening.map((line, i) => para(line, { after: 0, color: i === 0 ? undefined : GREY })),
  ];
  return {
    properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1418, bottom: 1418, left: 1418, right: 1418 } } },
    headers: { default: new Header({ children: [] }) },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [
              run(`${referenceLabel(letter)} ${letter.aanvraag} · pagina `, { size: 16, color: GREY }),
              new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 16, color: GREY }),
              run(' van ', { size: 16, color: GREY }),
              new TextRun({ children: [PageNumber.TOTAL_PAGES], font: FONT, size: 16, color: GREY }),
            ],
          }),
        ],
      }),
    },
    children,
  };
}

const description = (letter: LetterModel): string =>
  letter.soort === 'modulevoorwaarden' ? `Modulevoorwaarden, AGB-code ${letter.aanvraag}` : `Besluitbrief (${letter.soort}), kenmerk ${letter.aanvraag}`;

/** The decision letter as a docx Document: letterhead, address, reference block, body, signature. */
export function letterDocument(letter: LetterModel): Document {
  return new Document({
    creator: 'Zilveren Kruis Zorginkoop Paramedisch',
    title: letter.onderwerp,
    description: description(letter),
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [letterSection(letter)],
  });
}

/**
 * Several letters in one document, each its own section (so each starts on a new page with its own
 * footer); without letters, one paragraph that says so.
 */
export function lettersDocument(letters: readonly LetterModel[], title: string, empty: string): Document {
  return new Document({
    creator: 'Zilveren Kruis Zorginkoop Paramedisch',
    title,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: letters.length ? letters.map(letterSection) : [{ children: [para(empty)] }],
  });
}

/** Several letters as one .docx (Node). */
export async function renderLettersDocx(letters: readonly LetterModel[], title: string, empty: string): Promise<Buffer> {
  return Packer.toBuffer(lettersDocument(letters, title, empty));
}

/** Renders a decision letter as .docx bytes (Node). */
export async function renderLetterDocx(letter: LetterModel): Promise<Buffer> {
  return Packer.toBuffer(letterDocument(letter));
}

/** Renders a decision letter as a .docx Blob (browser: the task pane's download links). */
export async function renderLetterBlob(letter: LetterModel): Promise<Blob> {
  return Packer.toBlob(letterDocument(letter));
}
