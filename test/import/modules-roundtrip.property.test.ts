/**
 * Properties of the module input: records written to the Praktijken/Therapeuten tables (the one
 * schema, src/workbook/module-input.ts) and read back are the same records (nothing lost), and
 * reading never throws on any cell values.
 */
import fc from 'fast-check';
import { readModuleFiles } from '../../src/import/modules';
import { sheetFromSpec } from '../../src/report/workbook-model';
import { writeWorkbook } from '../../src/report/write-xlsx';
import { DATABASES, FUNCTIES, KWALITEITSREGISTERS, REGISTER_STATUSES, type Praktijk, type Therapeut } from '../../src/rules/modules/records';
import { moduleInputFromTables, moduleInputTables } from '../../src/workbook/module-input';

const agb = fc.integer({ min: 1_000_000, max: 99_999_999 }).map((n) => String(n).padStart(8, '0'));
const text = fc.string({ minLength: 1, maxLength: 20 }).map((s) => s.replace(/[\r\n;"]/g, ' ').trim()).filter((s) => s !== '' && !/^(n\.?v\.?t\.?|niet van toepassing|n\/a)$/i.test(s));
const date = fc.date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const yes = fc.option(fc.boolean(), { nil: null });
const months = fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 35 }), { maxLength: 12 }).map((ns) => ns.sort((a, b) => a - b).map((n) => `${2023 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`)), { nil: null });
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });

const praktijk: fc.Arbitrary<Praktijk> = fc.record({
  agb,
  naam: text,
  kwaliteitsregister: opt(text),
  registerStatus: opt(fc.constantFrom(...REGISTER_STATUSES)),
  ingeschrevenSinds: opt(date),
  volledigeJaarcyclus: yes,
  laatsteVisitatie: opt(date),
  visitatieVoldaan: yes,
  visitatiemodel: opt(text),
  pdcaBewijs: opt(text),
  database: opt(fc.constantFrom(...DATABASES)),
  aanleverMaanden: months,
  premBureau: opt(text),
  toestemmingZorgkaart: yes,
  toestemmingSignificant: yes,
  kngfEisen: yes,
  vektis: yes,
  wtza: yes,
});

const therapeut = (praktijkAgb: string): fc.Arbitrary<Therapeut> =>
  fc.record({
    praktijkAgb: fc.constant(praktijkAgb),
    naam: text,
    agb: opt(agb),
    functie: opt(fc.constantFrom(...FUNCTIES)),
    big: yes,
    kwaliteitsregister: opt(fc.constantFrom(...KWALITEITSREGISTERS)),
    peerReviews: opt(fc.integer({ min: 0, max: 20 })),
    peerReviewsMetData: opt(fc.integer({ min: 0, max: 20 })),
    eLearning: yes,
    mdsLageRug: yes,
    mdsCopd: yes,
    prem: yes,
    parkinsonNet: yes,
    chronischZorgNet: yes,
    copdBasisscholing: yes,
    copdNetwerk: yes,
    bekkenfysiotherapeut: yes,
    oedeemtherapeut: yes,
  });

const input = fc.uniqueArray(praktijk, { minLength: 1, maxLength: 5, selector: (p) => p.agb }).chain((ps) =>
  fc.tuple(fc.constant(ps), fc.array(fc.constantFrom(...ps.map((p) => p.agb)).chain(therapeut), { maxLength: 8 })),
);

const strip = <T extends { bron?: unknown }>(records: readonly T[]) => records.map(({ bron: _bron, ...rest }) => rest);
const values = (spec: { columns: readonly { header: string }[]; rows: readonly (readonly unknown[])[] }) => [spec.columns.map((c) => c.header), ...spec.rows.map((r) => [...r])];

describe('module input: written and read back loses nothing', () => {
  it('through the table values (what the add-in reads)', () => {
    fc.assert(
      fc.property(input, ([praktijken, therapeuten]) => {
        const [p, t] = moduleInputTables(praktijken, therapeuten);
        const back = moduleInputFromTables('werkblad', { praktijken: values(p!), therapeuten: values(t!) });
        expect(back.problemen).toEqual([]);
        expect(strip(back.praktijken)).toEqual(praktijken);
        expect(strip(back.therapeuten)).toEqual(therapeuten);
      }),
      { numRuns: 200 },
    );
  });

  it('through the .xlsx the exceljs writer makes of the same tables', async () => {
    await fc.assert(
      fc.asyncProperty(input, async ([praktijken, therapeuten]) => {
        const bladen = moduleInputTables(praktijken, therapeuten).map((spec) => sheetFromSpec(spec, { leegTekst: '' }));
        const bytes = await writeWorkbook({ titel: 't', maker: 'test', gemaakt: '2025-03-01T00:00:00Z', bladen });
        const back = await readModuleFiles([{ bestand: 'modules.xlsx', bytes: new Uint8Array(bytes) }]);
        expect(back.problemen).toEqual([]);
        expect(strip(back.praktijken)).toEqual(praktijken);
        expect(strip(back.therapeuten)).toEqual(therapeuten);
      }),
      { numRuns: 25 },
    );
  });

  it('any cell values: reading never throws, and every row with a valid AGB code is kept', () => {
    const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.date({ noInvalidDate: true }));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 18 }), { maxLength: 6 }), (rows) => {
        const [p] = moduleInputTables();
        const withAgb = rows.map((r, i) => [`0${String(1000000 + i)}`, ...r]);
        const back = moduleInputFromTables('w', { praktijken: [p!.columns.map((c) => c.header), ...withAgb] });
        expect(back.praktijken.map((x) => x.agb)).toEqual(withAgb.map((r) => r[0]));
      }),
      { numRuns: 200 },
    );
  });
});
