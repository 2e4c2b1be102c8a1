import fc from 'fast-check';
import { applicationCheckValues } from '../../src/import/application-hash';
import type { PersonalFileRead } from '../../src/import/personal-file';
import { combinePersonalFiles } from '../../src/import/personal-scores';
import type { Score } from '../../src/rules/scoring/score';
import type { AssessorRef } from '../../src/rules/scoring/panel';
import { rubricFor } from '../../src/rules/scoring/rubric-2021';
import { readPersonalFile } from '../../src/import/personal-file';
import { fillPersonalFile } from '../../src/report/personal-fill';
import { application, conflict, handOutTo, packageText, PANEL, SMALL_POLICY } from './fixture';

const rubric = rubricFor(SMALL_POLICY);
const ITEMS = rubric.items.map((i) => i.id);
const key = (s: Pick<Score, 'aanvraag' | 'beoordelaar' | 'rol' | 'item'>) => `${s.aanvraag}|${s.rol}|${s.beoordelaar}|${s.item}`;
const sorted = (scores: readonly Score[]) => [...scores].sort((a, b) => (key(a) < key(b) ? -1 : 1));

/** A panel (1–4 of the four roles), 1–3 applications, some conflicts, and what each assessor types (a score or nothing) per row. */
const scenario = fc
  .record({
    roles: fc.subarray([0, 1, 2, 3], { minLength: 1 }),
    apps: fc.integer({ min: 1, max: 3 }),
    seed: fc.integer(),
  })
  .chain(({ roles, apps, seed }) => {
    const panel = roles.map((i) => PANEL[i]);
    const ids = Array.from({ length: apps }, (_, i) => `P${i + 1}`);
    const pairs = panel.flatMap((p) => ids.map((id) => ({ p, id })));
    return fc.record({
      panel: fc.constant(panel),
      ids: fc.constant(ids),
      conflicts: fc.subarray(pairs, { maxLength: Math.min(2, pairs.length) }),
      typed: fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }), { minLength: pairs.length * ITEMS.length, maxLength: pairs.length * ITEMS.length }),
      order: fc.shuffledSubarray(panel.map((_, i) => i), { minLength: panel.length, maxLength: panel.length }),
      seed: fc.constant(seed),
    });
  });

describe('hand out, fill, read back (properties)', () => {
  it('no score is lost or doubled; the files in any order give the same scores; a conflicted assessor never scores; no file holds another assessor\'s typing', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ panel, ids, conflicts, typed, order, seed }) => {
        const apps = ids.map((id) => application(id));
        const belangen = conflicts.map(({ p, id }) => conflict(id, p, `belang ${p.rol} ${id}`));
        const conflicted = (p: AssessorRef, id: string) => conflicts.some((c) => c.p === p && c.id === id);
        const files = await handOutTo(apps, panel, belangen, SMALL_POLICY);
        const expected: Score[] = [];
        const reads: PersonalFileRead[] = [];
        const filledBytes: Uint8Array[] = [];
        const notes = new Map<AssessorRef, string[]>();
        let n = 0;
        for (const file of files) {
          const p = file.beoordelaar;
          const cells = ids.flatMap((id) => ITEMS.map((item) => ({ aanvraag: id, item, score: typed[n++], toelichting: `notitie-${seed}-${p.rol}-${id}-${item}` })));
          // The assessor can only type in the rows handed out: none for a conflicted application.
          const own = cells.filter((c) => !conflicted(p, c.aanvraag));
          notes.set(p, own.filter((c) => c.score !== null).map((c) => c.toelichting));
          for (const c of own) if (c.score !== null) expected.push({ aanvraag: c.aanvraag, beoordelaar: p.beoordelaar, rol: p.rol, item: c.item, score: c.score, toelichting: c.toelichting });
          const filled = await fillPersonalFile(file.bytes, own.filter((c) => c.score !== null), { opgeslagen: '2020-12-05T12:00:00.000Z' });
          filledBytes.push(filled.bytes);
          reads.push(await readPersonalFile(filled.bytes, file.bestandsnaam));
          expect(file.rijen).toBe(own.length);
        }
        // Every file's package holds its own typing and nobody else's.
        for (const [i, file] of files.entries()) {
          const text = Object.values(packageText(filledBytes[i])).join('\n');
          for (const note of notes.get(file.beoordelaar)!) expect(text).toContain(note);
          for (const [other, theirs] of notes) if (other !== file.beoordelaar) for (const note of theirs) expect(text).not.toContain(note);
        }
        const ctx = { rubric, panel, belangen, controlegetallen: await applicationCheckValues(apps) };
        const result = combinePersonalFiles(reads, ctx);
        expect(sorted(result.scores)).toEqual(sorted(expected));
        expect(new Set(result.scores.map(key)).size).toBe(result.scores.length);
        expect(result.scores.some((s) => conflicts.some((c) => c.p.rol === s.rol && c.id === s.aanvraag))).toBe(false);
        expect(result.problemen.filter((p) => p.ernst !== 'waarschuwing')).toEqual([]);
        expect(combinePersonalFiles(order.map((i) => reads[i]), ctx)).toEqual(result);
      }),
      { numRuns: 6, seed: 1515 },
    );
  });
});

/** Versions of files as read, built directly: many runs without writing workbooks. */
const versions = fc.array(
  fc.record({
    who: fc.integer({ min: 0, max: 2 }),
    uitgedeeld: fc.constantFrom('2020-12-01T09:00:00.000Z', '2020-12-08T09:00:00.000Z'),
    opgeslagen: fc.option(fc.constantFrom('2020-12-04T10:00:00.000Z', '2020-12-05T10:00:00.000Z', '2020-12-09T10:00:00.000Z'), { nil: undefined }),
    rows: fc.array(fc.record({ app: fc.constantFrom('A1', 'A2'), item: fc.constantFrom(...ITEMS), score: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom('', 'drie', '2,5')) }), { maxLength: 8 }),
    name: fc.constantFrom('a.xlsx', 'b.xlsx', 'c.xlsx'),
  }),
  { maxLength: 6 },
);

function fileOf(v: { who: number; uitgedeeld: string; opgeslagen?: string; rows: { app: string; item: string; score: number | string }[]; name: string }): PersonalFileRead {
  const p = PANEL[v.who];
  return {
    bestand: v.name,
    leesbaar: true,
    problemen: [],
    identiteit: { bestandId: `id-${v.who}-${v.uitgedeeld}`, formaat: 1, beoordelaar: p, beleid: 'samenwerken-2021', beleidsversie: 'test', uitgedeeld: v.uitgedeeld },
    controlegetallen: new Map([['A1', 'x1'], ['A2', 'x2']]),
    rijen: v.rows.map((r, i) => ({ rij: i + 2, aanvraag: r.app, item: r.item, score: r.score, toelichting: '' })),
    ...(v.opgeslagen ? { opgeslagen: v.opgeslagen } : {}),
  };
}

describe('combining versions (properties)', () => {
  it('the same files in any order give the same result; one version per assessor counts; no score doubled', () => {
    fc.assert(
      fc.property(versions, fc.integer(), (vs, shuffleSeed) => {
        const files = vs.map(fileOf);
        const ctx = { rubric, panel: PANEL, controlegetallen: new Map([['A1', 'x1'], ['A2', 'x2']]) };
        const result = combinePersonalFiles(files, ctx);
        const shuffled = [...files].sort((a, b) => ((files.indexOf(a) * 7919 + shuffleSeed) % 13) - ((files.indexOf(b) * 7919 + shuffleSeed) % 13));
        expect(combinePersonalFiles(shuffled, ctx)).toEqual(result);
        expect(combinePersonalFiles([...files].reverse(), ctx)).toEqual(result);
        expect(new Set(result.scores.map(key)).size).toBe(result.scores.length);
        const used = result.bestanden.filter((b) => b.status === 'gebruikt');
        expect(new Set(used.map((b) => b.beoordelaar!.rol)).size).toBe(used.length);
        // Each assessor with files: every file but one is replaced, and the replacements chain them.
        for (const who of new Set(vs.map((v) => v.who))) {
          const count = vs.filter((v) => v.who === who).length;
          expect(result.vervangingen.filter((r) => r.beoordelaar === PANEL[who])).toHaveLength(count - 1);
        }
      }),
      { numRuns: 300, seed: 15 },
    );
  });
});
