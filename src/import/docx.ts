/**
 * A filled-in Bijlage 3 form (.docx) → one application. mammoth turns the document into HTML;
 * our own label matcher (docx-form.ts) reads the labels of the seed from it.
 */
import mammoth from 'mammoth';
import { LEGAL_FORMS } from '../rules/application';
import type { Problem } from '../rules/outcome';
import { chosenOptions, looksLikeBoxes, type BoxOption } from './checkboxes';
import { CLIENT_GROUP_CHOICES, JZOJP_CHOICES, type ValueKind } from './columns';
import { htmlToBlocks } from './docx-html';
import { readForm, runsText, type FormField } from './docx-form';
import { applicationFromCells, resolveHeader, type Cell } from './flat';
import { checkedArchive } from './archive';
import { checkFileSize } from './limits';
import { fileStem, refused as refuse, type ImportResult } from './result';


const LEGAL_FORM_BOXES: BoxOption<(typeof LEGAL_FORMS)[number]>[] = [
  { value: 'Coöperatie', words: ['Coöperatie', 'Cooperatie'] },
  { value: 'Stichting', words: ['Stichting'] },
  { value: 'Anders', words: ['Anders'] },
];
const YES_NO_BOXES: BoxOption<'ja' | 'nee'>[] = [
  { value: 'ja', words: ['ja'] },
  { value: 'nee', words: ['nee'] },
];
const toBoxes = (choices: readonly { value: string; aliases?: readonly string[] }[]): BoxOption<string>[] =>
  choices.map((c) => ({ value: c.value, words: [c.value, ...(c.aliases ?? [])].sort((a, b) => b.length - a.length) }));
const LIST_BOXES: Partial<Record<ValueKind, BoxOption<string>[]>> = {
  clientGroups: toBoxes(CLIENT_GROUP_CHOICES),
  jzojpAims: toBoxes(JZOJP_CHOICES),
};

/** The core labels of Bijlage 3 that every form should answer. */
const REQUIRED: { header: string; label: string }[] = [
  { header: 'naamInitiatief', label: 'Naam initiatief' },
  { header: 'naamSamenwerkingsverband', label: 'Naam samenwerkingsverband' },
  { header: 'samenwerkingsvorm', label: 'Samenwerkingsvorm' },
  { header: 'kvkNummer', label: 'KvK nummer' },
  { header: 'startdatum', label: 'Beoogde startdatum' },
  { header: 'looptijd', label: 'Beoogde looptijd' },
];

const labelPlace = (label: string) => `label "${label}"`;

/** Check boxes → the chosen value as text for the flat reader, or a problem. */
function fieldCells(field: FormField, bestand: string, problems: Problem[]): Cell[] {
  const plaats = labelPlace(field.label);
  const text = runsText(field.runs);
  const kind = resolveHeader(field.header)?.column.kind;
  if (kind === 'legalForm' && looksLikeBoxes(field.runs, LEGAL_FORM_BOXES)) {
    const chosen = chosenOptions(field.runs, LEGAL_FORM_BOXES);
    if (chosen.length !== 1) {
      problems.push({ bestand, plaats, veld: 'samenwerkingsvorm', melding: chosen.length ? `meer dan één vorm aangekruist (${chosen.join(', ')}) in '${text}'` : `geen vorm aangekruist in '${text}'`, ernst: 'fout' });
      return [{ header: field.header, value: '', plaats }];
    }
    const cells: Cell[] = [{ header: field.header, value: chosen[0], plaats }];
    const anders = /namelijk\s*[:.…]*\s*([^\n]*)/i.exec(text);
    const other = anders?.[1].replace(/[☐☒□■…]|\.{2,}/g, '').trim();
    if (chosen[0] === 'Anders' && other) cells.push({ header: 'samenwerkingsvormAnders', value: other, plaats });
    return cells;
  }
  const boxes = kind === 'yesNo' ? YES_NO_BOXES : kind ? LIST_BOXES[kind] : undefined;
  if (boxes && looksLikeBoxes(field.runs, boxes)) {
    const chosen = chosenOptions(field.runs, boxes);
    if (kind !== 'yesNo') {
      // Every box left empty is an answer for a list ("none of these"), not a missing value.
      if (!chosen.length) problems.push({ bestand, plaats, veld: field.header, melding: `niets aangekruist in '${text}': gelezen als geen enkele`, ernst: 'waarschuwing' });
      return [{ header: field.header, value: chosen, plaats }];
    }
    if (chosen.length !== 1) {
      problems.push({ bestand, plaats, veld: field.header, melding: chosen.length ? `zowel ja als nee aangekruist in '${text}'` : `niets aangekruist in '${text}'`, ernst: 'fout' });
      return [];
    }
    return [{ header: field.header, value: chosen[0], plaats }];
  }
  return [{ header: field.header, value: text, plaats }];
}

export async function importDocx(bestand: string, bytes: Uint8Array): Promise<ImportResult> {
  const tooLarge = checkFileSize(bytes);
  if (tooLarge) return refuse(bestand, tooLarge);
  const archive = checkedArchive(bytes, 'docx');
  if ('melding' in archive) return refuse(bestand, archive.melding);
  let html: string;
  try {
    const checked = archive.bytes;
    const arrayBuffer = checked.buffer.slice(checked.byteOffset, checked.byteOffset + checked.byteLength) as ArrayBuffer;
    // Node's mammoth reads `buffer`, the browser build `arrayBuffer`; JSZip accepts a Uint8Array for both.
    const input = { arrayBuffer, buffer: checked } as unknown as { arrayBuffer: ArrayBuffer };
    html = (await mammoth.convertToHtml(input)).value;
  } catch (error) {
    return refuse(bestand, `het bestand is geen leesbaar Word-document (${error instanceof Error ? error.message.slice(0, 120) : 'onbekende fout'})`);
  }

  const form = readForm(htmlToBlocks(html));
  const problems: Problem[] = [];
  const cells: Cell[] = [];
  const unknownLabels = new Set<string>();
  for (const field of form.fields) {
    if (!field.known) {
      if (!unknownLabels.has(field.label)) {
        unknownLabels.add(field.label);
        problems.push({ bestand, plaats: labelPlace(field.label), veld: field.label, melding: `onbekend label '${field.label}': de waarde staat bij 'extra'`, ernst: 'waarschuwing' });
      }
      cells.push({ header: field.label, value: runsText(field.runs), plaats: labelPlace(field.label) });
      continue;
    }
    cells.push(...fieldCells(field, bestand, problems));
  }
  for (const line of form.budget) cells.push({ header: line.header, value: line.value, plaats: line.plaats });

  const seen = new Map<string, boolean>();
  for (const cell of cells) seen.set(cell.header, (seen.get(cell.header) ?? false) || String(cell.value ?? '').trim() !== '');
  for (const { header, label } of REQUIRED) {
    if (problems.some((p) => p.veld === header)) continue;
    if (!seen.has(header)) problems.push({ bestand, plaats: 'formulier', veld: header, melding: `het label '${label}' staat niet in het formulier`, ernst: 'fout' });
    else if (!seen.get(header)) problems.push({ bestand, plaats: labelPlace(label), veld: header, melding: `'${label}' is niet ingevuld`, ernst: 'fout' });
  }
  if (![...seen.keys()].some((h) => h.startsWith('deelnemer'))) problems.push({ bestand, plaats: 'formulier', veld: 'deelnemers', melding: 'geen deelnemers gevonden (label "Praktijknaam deelnemer samenwerkingsverband (1)")', ernst: 'fout' });
  if (!form.budgetFound) problems.push({ bestand, plaats: 'formulier', veld: 'begroting', melding: 'geen begrotingstabel (Kosten / Inkomsten) gevonden', ernst: 'waarschuwing' });

  const built = applicationFromCells(cells, { bestand, fallbackId: fileStem(bestand), warnMissingId: false, plaats: 'formulier' });
  const allProblems = [...problems, ...built.problems];
  return {
    // No category is guessed from a cost line's description: a guessed category would reject
    // ("Overheadkosten" → overhead) where the same line from JSON or CSV is a signal for an
    // assessor. The exclusions check reads the descriptions itself (src/rules/checks/exclusions.ts).
    applications: [built.application],
    records: [{ id: built.application.id, bestand, plaats: 'formulier', onvolledig: allProblems.some((p) => p.ernst !== 'waarschuwing'), raw: built.raw() }],
    problems: allProblems,
  };
}
