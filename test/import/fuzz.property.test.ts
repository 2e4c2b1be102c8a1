/**
 * Property: no input makes a parser throw. 10,000 random inputs per parser; each returns
 * applications and problems (arrays), and every application passes the schema.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applicationSchema } from '../../src/rules/application';
import { importCsv } from '../../src/import/csv';
import { importJsonText } from '../../src/import/json';
import { importXlsx } from '../../src/import/xlsx';
import { importDocx } from '../../src/import/docx';
import { htmlToBlocks } from '../../src/import/docx-html';
import { readForm } from '../../src/import/docx-form';
import { applicationFromRecord } from '../../src/import/flat';
import type { ImportResult } from '../../src/import/result';

const RUNS = 10_000;
const samples = join(__dirname, '..', '..', 'samples', 'import');

/** Plain checks (not expect) keep 10,000 runs fast; fast-check reports the failing input. */
function wellFormed(result: ImportResult): boolean {
  return (
    Array.isArray(result.problems) &&
    result.records.length === result.applications.length &&
    result.applications.every((app) => applicationSchema.safeParse(app).success) &&
    result.problems.every((p) => typeof p.melding === 'string' && typeof p.bestand === 'string')
  );
}

const csvText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.array(fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('"', '""', ';', ',', '\n', '€ 1.000,00', 'ja', '1-4-2021', 'kvkNummer', 'deelnemer1_agb', 'kosten2_bedrag')), { maxLength: 8 }), { maxLength: 6 }).map((rows) => rows.map((r) => r.join(';')).join('\n')),
);

describe(`parsers never throw (${RUNS} random inputs each)`, () => {
  it('CSV: random text, CSV-like rows and random bytes', () => {
    const input = fc.oneof(csvText.map((text) => new TextEncoder().encode(text)), fc.uint8Array({ maxLength: 300 }));
    fc.assert(fc.property(input, (bytes) => wellFormed(importCsv('f.csv', bytes))), { numRuns: RUNS });
  });

  it('JSON: random values, random text, and objects shaped like applications with wrong types in every field', () => {
    const anyValue = fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }));
    const keys = ['id', 'naamInitiatief', 'samenwerkingsvorm', 'kvkNummer', 'deelnemers', 'begroting', 'klantgroepen', 'aantalZkKlanten', 'startdatum', 'intervisie', 'businesscase', 'extra', 'onbekend'];
    const record = fc.dictionary(fc.constantFrom(...keys), anyValue, { maxKeys: 8 });
    const nested = fc.record({ id: fc.string({ maxLength: 4 }), deelnemers: fc.array(fc.dictionary(fc.constantFrom('agb', 'email', 'zkContract2021', 'x'), anyValue), { maxLength: 3 }), begroting: fc.dictionary(fc.constantFrom('kosten', 'gevraagdBedrag', 'andereBronnen'), anyValue) });
    const input = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value) ?? 'null'),
      fc.string({ maxLength: 200 }),
      fc.array(fc.oneof(record, nested), { maxLength: 3 }).map((list) => JSON.stringify(list)),
    );
    fc.assert(fc.property(input, (text) => wellFormed(importJsonText('f.json', text))), { numRuns: RUNS });
  });

  it('random bytes as .xlsx and .docx', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => wellFormed(await importXlsx('f.xlsx', bytes))), { numRuns: RUNS });
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => wellFormed(await importDocx('f.docx', bytes))), { numRuns: RUNS });
  });

  it('real workbooks and Word forms with corrupted bytes', async () => {
    const xlsx = new Uint8Array(readFileSync(join(samples, 'importwerkmap.xlsx')));
    const docx = new Uint8Array(readFileSync(join(samples, 'bijlage3-zeist-samen-sterk.docx')));
    const corrupt = (file: Uint8Array) =>
      fc.array(fc.tuple(fc.nat(file.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((edits) => {
        const copy = file.slice();
        for (const [at, byte] of edits) copy[at] = byte;
        return copy;
      });
    // Full parses are slower (a real zip opens), so fewer runs here than for random bytes.
    await fc.assert(fc.asyncProperty(corrupt(xlsx), async (bytes) => wellFormed(await importXlsx('f.xlsx', bytes))), { numRuns: 50 });
    await fc.assert(fc.asyncProperty(corrupt(docx), async (bytes) => wellFormed(await importDocx('f.docx', bytes))), { numRuns: 50 });
  });

  it('the Word form reader on random HTML built from form labels, boxes and strikes', () => {
    const piece = fc.oneof(
      fc.constantFrom('<p>', '</p>', '<table>', '</table>', '<tr>', '</tr>', '<td>', '</td>', '<s>', '</s>', '<br />', '<strong>', '</strong>', '&amp;', '&#x263;', '&#99999999;'),
      fc.constantFrom('Naam initiatief', 'KvK nummer:', 'Samenwerkingsvorm', '☒', '☐', 'o Coöperatie', 'Stichting', 'Anders, namelijk', 'Praktijknaam deelnemer samenwerkingsverband (…)', '(2)', 'Tel:', 'tot en met', 'Kosten', 'Inkomsten', 'Gevraagd bedrag', 'Totaal', '€ 1.000,-', 'n.v.t.', 'Lievelingskleur: blauw'),
      fc.string({ maxLength: 10 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => Array.isArray(readForm(htmlToBlocks(pieces.join(''))).fields)),
      { numRuns: RUNS },
    );
  });

  it('one flat row with random headers and values (the =ZK.ELIGIBLE path)', () => {
    const header = fc.oneof(fc.constantFrom('id', 'kvkNummer', 'deelnemer1_agb', 'kosten1_bedrag', 'Beoogde startdatum', 'klantgroepen', 'intervisie', 'deelnemer0_agb', 'kosten999_bedrag'), fc.string({ maxLength: 12 }));
    const value = fc.oneof(fc.string({ maxLength: 12 }), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.date());
    fc.assert(
      fc.property(fc.array(header, { maxLength: 10 }), fc.array(value, { maxLength: 12 }), (headers, values) =>
        applicationSchema.safeParse(applicationFromRecord(headers, values, { bestand: 'blad', rij: 2 }).application).success,
      ),
      { numRuns: RUNS },
    );
  });
});
