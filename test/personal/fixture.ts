import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { readPersonalFile, type PersonalFileRead } from '../../src/import/personal-file';
import { PERSONAL_SCORE_HEADERS, PERSONAL_SHEETS } from '../../src/import/personal-layout';
import type { Application } from '../../src/rules/application';
import { type Policy, policySchema } from '../../src/rules/policy';
import type { Belangverklaring } from '../../src/rules/scoring/conflicts';
import type { AssessorRef } from '../../src/rules/scoring/panel';
import { handOut, type PersonalFile } from '../../src/report/personal-workbook';
import { fillPersonalFile, type TypedScore } from '../../src/report/personal-fill';
import { application, PANEL, TEST_POLICY } from '../ranking/fixtures';

export { application, PANEL, TEST_POLICY };

/** A policy with three rubric items on a 1–5 scale: small files for the property tests. */
export const SMALL_POLICY: Policy = policySchema.parse({
  ...TEST_POLICY,
  beoordeling: {
    schaal: { min: 1, max: 5, niveaus: { '1': 'onvoldoende', '5': 'uitstekend' } },
    items: [
      { id: 'protocol', groep: 'inhoud', tekst: 'Samenwerkingsprotocol', gewicht: 1 },
      { id: 'bereik', groep: 'impact', tekst: 'Bereik onder klanten van Zilveren Kruis', gewicht: 1 },
      { id: 'businesscase', groep: 'businesscase', tekst: 'Sterkte van de businesscase', gewicht: 1 },
    ],
  },
});

export const HANDED_OUT = '2020-12-01T09:00:00.000Z';

export function conflict(aanvraag: string, who: AssessorRef, reden: string, tijdstip = '2020-11-30T10:00:00.000Z'): Belangverklaring {
  return { aanvraag, beoordelaar: who.beoordelaar, rol: who.rol, belang: 'conflict', reden, tijdstip };
}

export function handOutTo(aanvragen: Application[], panel: AssessorRef[] = PANEL, belangen: Belangverklaring[] = [], policy: Policy = TEST_POLICY): Promise<PersonalFile[]> {
  return handOut({ policy, aanvragen, panel, belangen, tijdstip: HANDED_OUT });
}

/** Fills a file as its assessor does and reads it back as the coordinator does. */
export async function fillAndRead(file: PersonalFile, typed: readonly TypedScore[], opgeslagen = '2020-12-05T12:00:00.000Z', name = file.bestandsnaam): Promise<PersonalFileRead> {
  const filled = await fillPersonalFile(file.bytes, typed, { opgeslagen });
  return readPersonalFile(filled.bytes, name);
}

/** Every part of the .xlsx package as text, entities decoded: what any program could read out of it. */
export function packageText(bytes: Uint8Array): Record<string, string> {
  const parts = unzipSync(bytes);
  const decode = (t: string) => t.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e as 'lt'] ?? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)));
  return Object.fromEntries(Object.entries(parts).map(([name, data]) => [name, decode(strFromU8(data))]));
}

/** Edits a cell of the Scores sheet directly (what fillPersonalFile never does: ids, items, extra rows). */
export async function editScoresSheet(bytes: Uint8Array, edit: (ws: ExcelJS.Worksheet, col: (header: string) => number) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(PERSONAL_SHEETS.scores)!;
  const header = ws.getRow(1);
  const col = (name: string) => {
    for (let c = 1; c <= ws.columnCount; c++) if (String(header.getCell(c).value) === name) return c;
    throw new Error(name);
  };
  edit(ws, col);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export { PERSONAL_SCORE_HEADERS };
