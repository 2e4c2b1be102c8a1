import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { type LetterModel, dutchDate } from './letter-model';

const FONT = 'Calibri';

/** The decision letter as a docx Document (rendered to bytes in Node, to a Blob in the browser). */
export function letterDocument(letter: LetterModel): Document {
  const p = (text: string, opts: { bold?: boolean; after?: number } = {}) =>
    new Paragraph({ spacing: { after: opts.after ?? 200 }, children: [new TextRun({ text, bold: opts.bold, font: FONT, size: 22 })] });
  const children: (Paragraph | Table)[] = [
    ...letter.adres.map((line) => p(line, { after: 0 })),
    p(''),
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: dutchDate(letter.datum), font: FONT, size: 22 })] }),
    p(`Onderwerp: ${letter.onderwerp}`, { bold: true }),
    p(`Kenmerk: ${letter.aanvraag}`),
    p(letter.aanhef),
    ...letter.alineas.slice(0, letter.punten ? 2 : undefined).map((a) => p(a)),
    ...(letter.punten ?? []).map((t) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: t, font: FONT, size: 22 })] })),
    ...(letter.punten ? letter.alineas.slice(2).map((a) => p(a)) : []),
  ];
  if (letter.tabel) {
    const cell = (text: string, bold = false) =>
      new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, font: FONT, size: 20 })] })] });
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({ tableHeader: true, children: letter.tabel.koppen.map((k) => cell(k, true)) }),
          ...letter.tabel.rijen.map((r) => new TableRow({ children: r.map((v) => cell(v)) })),
        ],
      }),
      p(''),
    );
  }
  children.push(...letter.slot.map((s, i) => p(s, { after: i >= 2 ? 0 : 200 })));
  return new Document({
    creator: 'Zilveren Kruis',
    title: letter.onderwerp,
    description: `Besluitbrief ${letter.soort}`,
    sections: [{ children }],
  });
}

/** Renders a decision letter as .docx bytes (Node). */
export async function renderLetterDocx(letter: LetterModel): Promise<Buffer> {
  return Packer.toBuffer(letterDocument(letter));
}

/** Renders a decision letter as a .docx Blob (browser: the task pane's download links). */
export async function renderLetterBlob(letter: LetterModel): Promise<Blob> {
  return Packer.toBlob(letterDocument(letter));
}
