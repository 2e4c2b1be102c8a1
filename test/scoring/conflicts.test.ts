import fc from 'fast-check';
import { runProcedure } from '../../src/rules/ranking/procedure';
import { checkCompleteness } from '../../src/rules/scoring/completeness';
import {
  type Belangverklaring,
  applicationsToScore,
  conflictedScoreProblems,
  declarationEvents,
  declarationProblems,
  eligibleAssessors,
  lateDeclarations,
  requiredAssessors,
  sameAssessor,
  withoutConflicted,
} from '../../src/rules/scoring/conflicts';
import { DEFAULT_RUBRIC_2021 } from '../../src/rules/scoring/rubric-2021';
import type { Score } from '../../src/rules/scoring/score';
import { policySchema } from '../../src/rules/policy';
import { readTeamSettingValue, teamSettingValue } from '../../src/rules/team-settings-display';
import { PANEL, ITEMS, TEST_POLICY, application, byGroup, eligible, scoresFor } from '../ranking/fixtures';

const [anna, bas, ilse, zeno] = PANEL;
const conflict = (aanvraag: string, who: { beoordelaar: string; rol: string }, extra: Partial<Belangverklaring> = {}): Belangverklaring => ({
  aanvraag,
  ...who,
  belang: 'conflict',
  reden: 'werkt bij een deelnemende praktijk',
  tijdstip: '2020-12-01T09:00:00Z',
  ...extra,
});
const geen = (aanvraag: string, who: { beoordelaar: string; rol: string }, tijdstip = '2020-12-01T09:00:00Z'): Belangverklaring => ({ aanvraag, ...who, belang: 'geen', reden: '', tijdstip });
const allThrees = byGroup([3, 3, 3, 3], [3, 3, 3], 3, 3);

describe('who is the assessor of a declaration', () => {
  it('the same name matches, whatever the case and the spaces round it', () => {
    expect(sameAssessor({ beoordelaar: ' anna analist ', rol: 'analist' }, anna)).toBe(true);
  });
  it('two named assessors in the same role are two people', () => {
    expect(sameAssessor({ beoordelaar: 'Piet Pieters', rol: 'analist' }, anna)).toBe(false);
  });
  it('an unnamed score (the sheet names it by role) matches the named declaration of that role', () => {
    expect(sameAssessor({ beoordelaar: 'analist', rol: 'analist' }, anna)).toBe(true);
    expect(sameAssessor({ beoordelaar: '', rol: 'analist' }, anna)).toBe(true);
    expect(sameAssessor({ beoordelaar: 'inkoper', rol: 'inkoper' }, anna)).toBe(false);
  });
});

describe('who may score an application', () => {
  const belangen = [conflict('A-1', bas), geen('A-1', anna)];
  it('the panel without the conflicted assessor', () => {
    expect(eligibleAssessors(PANEL, 'A-1', belangen).map((p) => p.rol)).toEqual(['analist', 'inkoper', 'zorginhoudelijk adviseur']);
    expect(eligibleAssessors(PANEL, 'A-2', belangen)).toHaveLength(4);
  });
  it("an assessor's scoring rows leave out the applications they have a conflict for", () => {
    expect(applicationsToScore([{ id: 'A-1' }, { id: 'A-2' }], bas, belangen).map((a) => a.id)).toEqual(['A-2']);
    expect(applicationsToScore([{ id: 'A-1' }, { id: 'A-2' }], anna, belangen).map((a) => a.id)).toEqual(['A-1', 'A-2']);
  });
  it('the latest declaration counts: a conflict corrected to "geen" later no longer excludes', () => {
    const corrected = [conflict('A-1', bas), geen('A-1', bas, '2020-12-02T09:00:00Z')];
    expect(eligibleAssessors(PANEL, 'A-1', corrected)).toHaveLength(4);
    const confirmed = [geen('A-1', bas), conflict('A-1', bas, { tijdstip: '2020-12-02T09:00:00Z' })];
    expect(eligibleAssessors(PANEL, 'A-1', confirmed)).toHaveLength(3);
  });
});

describe('a declaration itself', () => {
  it('a conflict needs a reason', () => {
    expect(declarationProblems({ ...conflict('A-1', anna), reden: '  ' }).map((p) => p.veld)).toEqual(['reden']);
    expect(declarationProblems(geen('A-1', anna))).toEqual([]);
  });
  it('an unknown kind, no application and no time are named by field', () => {
    const p = declarationProblems({ aanvraag: '', beoordelaar: 'Anna', rol: 'analist', belang: 'misschien' as never, reden: '', tijdstip: '' });
    expect(p.map((x) => x.veld)).toEqual(['aanvraag', 'belang', 'tijdstip']);
  });
});

// Scores of any assessor on two applications; declarations for any of them.
const who = fc.constantFrom(...PANEL);
const scoreArb = fc.record({ aanvraag: fc.constantFrom('A-1', 'A-2'), p: who, item: fc.constantFrom(...ITEMS), score: fc.integer({ min: 1, max: 5 }) }).map(
  ({ aanvraag, p, item, score }): Score => ({ aanvraag, ...p, item, score, toelichting: '' }),
);
const declArb = fc.record({ aanvraag: fc.constantFrom('A-1', 'A-2'), p: who, belang: fc.constantFrom('geen' as const, 'conflict' as const), t: fc.integer({ min: 0, max: 9 }) }).map(
  ({ aanvraag, p, belang, t }): Belangverklaring => ({ aanvraag, ...p, belang, reden: belang === 'conflict' ? 'eigen praktijk' : '', tijdstip: `2020-12-0${t}T10:00:00Z` }),
);

describe("a conflicted assessor's scores never count", () => {
  it('the filter keeps no score of a conflicted assessor and loses no other score', () => {
    fc.assert(
      fc.property(fc.array(scoreArb, { maxLength: 40 }), fc.array(declArb, { maxLength: 8 }), (scores, belangen) => {
        const { telt, uitgesloten } = withoutConflicted(scores, belangen);
        expect(telt.length + uitgesloten.length).toBe(scores.length);
        for (const s of telt) expect(eligibleAssessors([s], s.aanvraag, belangen)).toHaveLength(1);
        for (const { score } of uitgesloten) expect(eligibleAssessors([score], score.aanvraag, belangen)).toHaveLength(0);
      }),
    );
  });

  it('whatever Bas scores on A-1, the ranking is the one without his A-1 scores', () => {
    const base = {
      policy: TEST_POLICY,
      aanvragen: ['A-1', 'A-2'].map((id) => application(id)),
      toetsing: ['A-1', 'A-2'].map((id) => eligible(id)),
      instellingen: { seed: 7, resamples: 0, n: 1 },
      tijdstip: '2020-12-15T10:00:00Z',
      wie: 'Ilse Inkoper',
      rol: 'inkoper',
      belangen: [conflict('A-1', bas)],
    };
    const others = [...scoresFor('A-1', allThrees).filter((s) => s.rol !== bas.rol), ...scoresFor('A-2', byGroup([4, 4, 4, 4], [4, 4, 4], 4, 4))];
    const without = runProcedure({ ...base, scores: others });
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: ITEMS.length, maxLength: ITEMS.length }), (his) => {
        const basOnA1 = ITEMS.map((item, i): Score => ({ aanvraag: 'A-1', ...bas, item, score: his[i], toelichting: '' }));
        const withHis = runProcedure({ ...base, scores: [...others, ...basOnA1] });
        expect(withHis.ranglijst.map((e) => [e.id, e.totaal])).toEqual(without.ranglijst.map((e) => [e.id, e.totaal]));
        expect(withHis.aggregaten.get('A-1')?.get('smart')?.n).toBe(3);
        expect(withHis.scores.some((s) => s.rol === bas.rol && s.aanvraag === 'A-1')).toBe(false);
      }),
    );
    // Three assessors of 3 on every item: 9 items × 3 = 27; A-2 has 9 × 4 = 36.
    expect(without.ranglijst.map((e) => [e.id, e.totaal])).toEqual([
      ['A-2', 36],
      ['A-1', 27],
    ]);
  });

  it('the ranking names the scores left out', () => {
    const result = runProcedure({
      policy: TEST_POLICY,
      aanvragen: [application('A-1')],
      toetsing: [eligible('A-1')],
      scores: scoresFor('A-1', allThrees),
      belangen: [conflict('A-1', bas)],
      instellingen: { seed: 1, resamples: 0 },
      tijdstip: '2020-12-15T10:00:00Z',
      wie: 'Ilse Inkoper',
      rol: 'inkoper',
    });
    expect(result.meldingen).toContain('9 scores van Bas Beleid (beleidsontwikkelaar) voor A-1 tellen niet mee: belang gemeld (werkt bij een deelnemende praktijk).');
    expect(result.belangen.verklaringen).toHaveLength(1);
    expect(result.audit.filter((a) => a.soort === 'belangverklaring')).toHaveLength(1);
  });
});

describe('a typed score from a conflicted assessor is refused', () => {
  it('with a Dutch message naming sheet, cell and item', () => {
    const belangen = [conflict('A-1', bas)];
    const entry = { aanvraag: 'A-1', beoordelaar: 'beleidsontwikkelaar', rol: 'beleidsontwikkelaar', item: 'smart', score: 4 as number | null };
    const problems = conflictedScoreProblems(
      [
        { score: entry, plaats: { bestand: 'Scores beleidsontwikkelaar', plaats: "'Scores beleidsontwikkelaar'!D2", veld: 'smart' } },
        { score: { ...entry, score: null }, plaats: { bestand: 'Scores beleidsontwikkelaar', plaats: "'Scores beleidsontwikkelaar'!E2", veld: 'meting' } },
        { score: { ...entry, aanvraag: 'A-2' }, plaats: { bestand: 'Scores beleidsontwikkelaar', plaats: "'Scores beleidsontwikkelaar'!D3", veld: 'smart' } },
      ],
      belangen,
    );
    expect(problems).toEqual([
      {
        bestand: 'Scores beleidsontwikkelaar',
        plaats: "'Scores beleidsontwikkelaar'!D2",
        veld: 'smart',
        melding: 'Bas Beleid (beleidsontwikkelaar) heeft een belang bij aanvraag A-1 (werkt bij een deelnemende praktijk) en scoort deze aanvraag niet; deze score is geweigerd en telt niet mee.',
        ernst: 'fout',
      },
    ]);
  });
});

describe('completeness counts the eligible assessors', () => {
  const rubric = DEFAULT_RUBRIC_2021;
  const rollen = PANEL.map((p) => p.rol);
  const threeOfFour = scoresFor('A-1', allThrees).filter((s) => s.rol !== bas.rol);

  it('without a conflict, three of four is incomplete (the policy asks 4)', () => {
    const [c] = checkCompleteness(['A-1'], threeOfFour, rubric, rollen, { belangen: [geen('A-1', bas)] });
    expect(c).toMatchObject({ compleet: false, nodig: 4, metBelang: [] });
    expect(c.ontbreekt.map((g) => g.beoordelaar)).toEqual(['Bas Beleid']);
  });

  it('one conflict of four: the three others suffice (default: at least 3), and the conflicted one is not missing', () => {
    const [c] = checkCompleteness(['A-1'], threeOfFour, rubric, rollen, { belangen: [conflict('A-1', bas)] });
    expect(c).toMatchObject({ compleet: true, nodig: 3, ontbreekt: [], ontbrekendeRollen: [] });
    expect(c.metBelang).toEqual([{ beoordelaar: 'Bas Beleid', rol: 'beleidsontwikkelaar', reden: 'werkt bij een deelnemende praktijk' }]);
    expect(c.nodigHerkomst).toEqual({ soort: 'keuze', instelling: 'Beoordelaars nodig bij een belang', standaard: 3, uitleg: expect.stringContaining('De module noemt geen minimum aantal beoordelaars') });
    expect(c.melding).toBe('Compleet: 3 beoordelaars; Bas Beleid (beleidsontwikkelaar) scoort niet wegens een belang (nodig: 3, keuze van het team).');
  });

  it('two conflicts of four: two assessors are fewer than 3, so incomplete until the team adds one', () => {
    const two = threeOfFour.filter((s) => s.rol !== ilse.rol);
    const [c] = checkCompleteness(['A-1'], two, rubric, rollen, { belangen: [conflict('A-1', bas), conflict('A-1', ilse)] });
    expect(c).toMatchObject({ compleet: false, nodig: 3 });
    expect(c.volledigeBeoordelaars).toEqual(['Anna Analist', 'Zeno Zorg']);
  });

  it('a conflicted assessor who scored anyway is not counted as complete', () => {
    const all = scoresFor('A-1', allThrees);
    const [c] = checkCompleteness(['A-1'], all, rubric, rollen, { belangen: [conflict('A-1', bas)] });
    expect(c.volledigeBeoordelaars).not.toContain('Bas Beleid');
    expect(c.volledigeBeoordelaars).toHaveLength(3);
  });

  it('an assessor known only from a declaration is of the panel', () => {
    const [c] = checkCompleteness(['A-1'], threeOfFour, rubric, rollen, { belangen: [geen('A-2', bas)] });
    expect(c.ontbreekt.map((g) => g.beoordelaar)).toEqual(['Bas Beleid']);
  });
});

describe('team setting beoordelaarsBijBelang: boundaries', () => {
  const rubric = { minBeoordelaars: 4 };
  it('default 3: panel of 4 with one conflict needs 3; with two still 3; none needs the policy’s 4', () => {
    expect(requiredAssessors(rubric, 4, 0)).toBe(4);
    expect(requiredAssessors(rubric, 4, 1)).toBe(3);
    expect(requiredAssessors(rubric, 4, 2)).toBe(3);
    expect(requiredAssessors(rubric, 4, 4)).toBe(3);
  });
  it('set to 4 (the policy’s own minimum): a conflict needs a replacement', () => {
    expect(requiredAssessors(rubric, 4, 1, { beoordelaarsBijBelang: 4 })).toBe(4);
    expect(requiredAssessors(rubric, 5, 1, { beoordelaarsBijBelang: 4 })).toBe(4);
  });
  it('above the policy’s minimum it is capped there: a conflict never asks more than no conflict', () => {
    expect(requiredAssessors(rubric, 4, 1, { beoordelaarsBijBelang: 5 })).toBe(4);
  });
  it('set to 1: everyone without a conflict, however few remain', () => {
    expect(requiredAssessors(rubric, 4, 1, { beoordelaarsBijBelang: 1 })).toBe(3);
    expect(requiredAssessors(rubric, 4, 3, { beoordelaarsBijBelang: 1 })).toBe(1);
  });
  it('a larger panel: with 6 assessors and one conflict the policy’s 4 still holds', () => {
    expect(requiredAssessors(rubric, 6, 1)).toBe(4);
  });
  it('the setting is in the policy with default 3, and 0 is refused', () => {
    expect(policySchema.parse({ id: 'x', versie: '1', naam: 'x', bron: 'x' }).teamkeuzes.beoordelaarsBijBelang).toBe(3);
    expect(policySchema.safeParse({ id: 'x', versie: '1', naam: 'x', bron: 'x', teamkeuzes: { beoordelaarsBijBelang: 0 } }).success).toBe(false);
  });
  it('in Instellingen it reads as words and back: 1 to 5 as written, a bare number, and 0 or text refused', () => {
    for (const n of [1, 3, 4, 5]) expect(readTeamSettingValue('beoordelaarsBijBelang', teamSettingValue('beoordelaarsBijBelang', n))).toEqual({ ok: true, value: n });
    expect(teamSettingValue('beoordelaarsBijBelang', 3)).toBe('alle beoordelaars zonder belang (tot het minimum van het beleid), ten minste 3');
    expect(readTeamSettingValue('beoordelaarsBijBelang', '4')).toEqual({ ok: true, value: 4 });
    expect(readTeamSettingValue('beoordelaarsBijBelang', '0').ok).toBe(false);
    expect(readTeamSettingValue('beoordelaarsBijBelang', 'drie').ok).toBe(false);
  });
  it('ranking with the setting at 4: one conflict leaves the application unranked', () => {
    const policy = policySchema.parse({ ...TEST_POLICY, teamkeuzes: { ...TEST_POLICY.teamkeuzes, beoordelaarsBijBelang: 4 } });
    const result = runProcedure({
      policy,
      aanvragen: [application('A-1')],
      toetsing: [eligible('A-1')],
      scores: scoresFor('A-1', allThrees),
      belangen: [conflict('A-1', bas)],
      instellingen: { seed: 1, resamples: 0 },
      tijdstip: '2020-12-15T10:00:00Z',
      wie: 'Ilse Inkoper',
      rol: 'inkoper',
    });
    expect(result.ranglijst).toEqual([]);
    expect(result.onvolledig[0]).toMatchObject({ aanvraag: 'A-1', nodig: 4, compleet: false });
  });
});

describe('completeness with conflicts: property', () => {
  it('complete exactly when the eligible complete assessors reach the required number', () => {
    fc.assert(
      fc.property(fc.array(scoreArb, { maxLength: 80 }), fc.array(declArb, { maxLength: 8 }), (scores, belangen) => {
        for (const c of checkCompleteness(['A-1', 'A-2'], scores, DEFAULT_RUBRIC_2021, [], { belangen })) {
          for (const b of c.volledigeBeoordelaars) expect(c.metBelang.some((m) => m.beoordelaar === b)).toBe(false);
          const panel = c.volledigeBeoordelaars.length + c.ontbreekt.length + c.metBelang.length;
          expect(c.nodig).toBe(requiredAssessors(DEFAULT_RUBRIC_2021, panel, c.metBelang.length));
          expect(c.compleet).toBe(c.volledigeBeoordelaars.length >= c.nodig);
        }
      }),
    );
  });
});

describe('a declaration made after the scores is flagged', () => {
  const moment = (tijdstip: string, p = bas, aanvraag = 'A-1') => ({ aanvraag, beoordelaar: p.beoordelaar, rol: p.rol, tijdstip, bron: 'beoordeling ingelezen: bas.xlsx' });
  it('by the entry order stored with it', () => {
    const late = lateDeclarations([conflict('A-1', bas, { scoresAlIngevuld: true })]);
    expect(late.map((l) => l.bewijs)).toEqual([{ soort: 'volgorde' }]);
  });
  it('by an audited moment before it; the same moment or a later one is not late', () => {
    const d = conflict('A-1', bas, { tijdstip: '2020-12-05T10:00:00Z' });
    expect(lateDeclarations([d], [moment('2020-12-04T16:00:00Z')])).toHaveLength(1);
    expect(lateDeclarations([d], [moment('2020-12-05T10:00:00Z')])).toHaveLength(0);
    // The same moment written with milliseconds, and in another offset.
    expect(lateDeclarations([d], [moment('2020-12-05T10:00:00.000Z'), moment('2020-12-05T11:00:00+01:00')])).toHaveLength(0);
    expect(lateDeclarations([d], [moment('2020-12-06T08:00:00Z')])).toHaveLength(0);
  });
  it('a moment of another assessor or application does not count', () => {
    const d = conflict('A-1', bas, { tijdstip: '2020-12-05T10:00:00Z' });
    expect(lateDeclarations([d], [moment('2020-12-04T16:00:00Z', anna), moment('2020-12-04T16:00:00Z', bas, 'A-2')])).toHaveLength(0);
  });
  it('"geen belang" after the scores changes nothing and is not flagged', () => {
    expect(lateDeclarations([{ ...geen('A-1', bas), scoresAlIngevuld: true }], [moment('2020-11-30T10:00:00Z')])).toHaveLength(0);
  });
  it('the audit has the declaration and, for a late one, a second row with the evidence', () => {
    const events = declarationEvents([conflict('A-1', zeno, { scoresAlIngevuld: true }), geen('A-1', anna)]);
    expect(events.map((e) => [e.soort, e.wie, e.wat])).toEqual([
      ['belangverklaring', 'Zeno Zorg', 'belang bij A-1'],
      ['late belangverklaring', 'Zeno Zorg', 'belang bij A-1 gemeld na de scores'],
      ['belangverklaring', 'Anna Analist', 'geen belang bij A-1'],
    ]);
    expect(events[1].waarom).toBe(
      'Zeno Zorg (zorginhoudelijk adviseur) meldde een belang bij A-1 toen de scores al waren ingevuld; deze scores tellen niet mee. Bespreek met het team of de andere beoordelaars ze hebben gezien.',
    );
    expect(events[1].tijdstip).toBe('2020-12-01T09:00:00Z');
  });
});
