import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseScoresCsv, parseScoresXlsx } from '../../src/import/scores';
import { fillPersonalFile } from '../../src/report/personal-fill';
import { rubricFor } from '../../src/rules/scoring/rubric-2021';
import { samenwerken2021 } from '../../src/rules/policies/samenwerken-2021';
import { ROOT, SAMPLE_ARGS, zk } from './io';

const rubric = rubricFor(samenwerken2021);
const APPS = ['samples/aanvragen', 'samples/beoordeling/aanvragen'];
const HAND_OUT = ['beoordeling', 'uitdelen', ...APPS, '--overschrijvingen', 'samples/beoordeling/overschrijvingen.json', '--beoordelaars', 'samples/beoordeling/beoordelaars.csv'];
const ROLE_FILES = ['beoordeling-analist.xlsx', 'beoordeling-beleidsontwikkelaar.xlsx', 'beoordeling-inkoper.xlsx', 'beoordeling-zorginhoudelijk-adviseur.xlsx'];
const sampleScores = parseScoresCsv(readFileSync(join(ROOT, 'samples/scores/scores.csv'), 'utf8'), 'scores.csv', rubric).scores;
const ROLE_OF: Record<string, string> = Object.fromEntries(ROLE_FILES.map((f) => [f, f.replace(/^beoordeling-|\.xlsx$/g, '').replace('-', ' ')]));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'zk-beoordeling-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Plays the four assessors: each types their scores from samples/scores into their own file. */
async function fillAll(from: string, to: string): Promise<void> {
  for (const name of ROLE_FILES) {
    const mine = sampleScores.filter((s) => s.rol === ROLE_OF[name]);
    const filled = await fillPersonalFile(new Uint8Array(readFileSync(join(from, name))), mine);
    writeFileSync(join(to, name), filled.bytes);
  }
}

describe('zk beoordeling uitdelen', () => {
  it('writes one file per assessor of the panel, for the ten eligible applications (A-2021-012 through an override)', async () => {
    const out = join(dir, 'uit');
    const r = await zk([...HAND_OUT, '-o', out]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(ROLE_FILES);
    const lines = r.out.split('\n');
    expect(lines.find((l) => l.includes('beoordeling-analist.xlsx'))).toMatch(/Fatima El Idrissi \(analist\)\s+10\s+90\s*$/);
    expect(r.out).toContain('Niet uitgedeeld (niet geschikt of onvolledig bij de toetsing): A-2021-003 (niet geschikt)');
    expect(r.out).toContain('A-2021-010 (onvolledig)');
  });

  it('leaves a conflicted assessor\'s application out of their file, and says why', async () => {
    const belangen = join(dir, 'belangen.csv');
    writeFileSync(belangen, 'Aanvraag,Beoordelaar,Rol,Belang,Reden,Tijdstip\nA-2021-101,Pieter van Dam,beleidsontwikkelaar,conflict,oud-collega van de penvoerder,2020-11-20T09:00:00Z\n');
    const r = await zk([...HAND_OUT, '--belangen', belangen, '-o', join(dir, 'uit')]);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').find((l) => l.includes('beleidsontwikkelaar.xlsx'))).toMatch(/\s9\s+81\s+A-2021-101 \(oud-collega van de penvoerder\)$/);
    expect(r.out.split('\n').find((l) => l.includes('analist.xlsx'))).toMatch(/\s10\s+90$/);
  });

  it('stops with exit 2 and writes nothing when an input cannot be read, or -o is missing', async () => {
    const out = join(dir, 'uit');
    const r = await zk(['beoordeling', 'uitdelen', ...APPS, '--beoordelaars', join(dir, 'bestaat-niet.csv'), '-o', out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('kan beoordelaarsbestand');
    expect(existsSync(out)).toBe(false);
    expect((await zk(['beoordeling', 'uitdelen', ...APPS])).code).toBe(2);
    expect((await zk(['beoordeling', 'verdelen'])).err).toContain("onbekende deelopdracht 'verdelen'");
  });

  it('reports a row of the assessors file with a role the policy does not have (exit 1), and hands out the rest', async () => {
    const list = join(dir, 'team.csv');
    writeFileSync(list, 'rol,naam\nanalist,Fatima El Idrissi\nvoorzitter,Jan Jansen\n');
    const r = await zk(['beoordeling', 'uitdelen', ...APPS, '--beoordelaars', list, '-o', join(dir, 'uit')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("team.csv, rij 3 (rol): Rol 'voorzitter' hoort niet bij het beoordelingsteam van het beleid");
    expect(readdirSync(join(dir, 'uit')).sort()).toEqual(ROLE_FILES);
  });
});

describe('zk beoordeling inlezen', () => {
  it('reads the four filled files back into the score file zk rangschik reads: the same scores, the same ranking', async () => {
    const out = join(dir, 'uit');
    const filled = join(dir, 'ingevuld');
    await zk([...HAND_OUT, '-o', out]);
    mkdirSync(filled);
    await fillAll(out, filled);
    const csv = join(dir, 'scores.csv');
    const r = await zk(['beoordeling', 'inlezen', filled, '--beoordelaars', 'samples/beoordeling/beoordelaars.csv', '--aanvragen', APPS[0], '--aanvragen', APPS[1], '-o', csv]);
    expect(r.code).toBe(0);
    // A-2021-106: Ruud Hoekstra left two items open, as in the sample.
    // Its rows 88 and 89: the tenth application handed out (rows 83–91), items 6 and 7 of the rubric.
    expect(r.err).toContain('beoordeling-zorginhoudelijk-adviseur.xlsx, Scores!rijen 88–89 (Score): Aanvraag A-2021-106: geen geldige score voor Bereik ZK-klanten, Juiste zorg op de juiste plek.');
    expect(r.out).toContain('358 scores van 4 beoordelaars ingelezen; 2 nog niet gescoord.');
    const back = parseScoresCsv(readFileSync(csv, 'utf8'), 'scores.csv', rubric);
    expect(back.problemen).toEqual([]);
    const key = (s: { aanvraag: string; beoordelaar: string; item: string; score: number; toelichting: string }) => `${s.aanvraag}|${s.beoordelaar}|${s.item}|${s.score}|${s.toelichting}`;
    expect(back.scores.map(key).sort()).toEqual(sampleScores.map(key).sort());
    const rank = async (scores: string) => JSON.parse((await zk(['rangschik', ...SAMPLE_ARGS.slice(0, 2), scores, ...SAMPLE_ARGS.slice(3), '--json', '--steekproeven', '0'])).out).ranglijst;
    expect(await rank(csv)).toEqual(await rank('samples/scores/scores.csv'));
  });

  it('writes .xlsx too, and --json lists files, problems and replacements', async () => {
    const out = join(dir, 'uit');
    await zk([...HAND_OUT, '-o', out]);
    const file = join(out, 'beoordeling-analist.xlsx');
    const v1 = await fillPersonalFile(new Uint8Array(readFileSync(file)), [{ aanvraag: 'A-2021-001', item: 'protocol', score: 3 }], { opgeslagen: '2020-12-04T10:00:00Z' });
    const v2 = await fillPersonalFile(new Uint8Array(readFileSync(file)), [{ aanvraag: 'A-2021-001', item: 'protocol', score: 4 }], { opgeslagen: '2020-12-05T10:00:00Z' });
    writeFileSync(join(dir, 'analist-oud.xlsx'), v1.bytes);
    writeFileSync(join(dir, 'analist-nieuw.xlsx'), v2.bytes);
    const xlsx = join(dir, 'scores.xlsx');
    const r = await zk(['beoordeling', 'inlezen', join(dir, 'analist-nieuw.xlsx'), join(dir, 'analist-oud.xlsx'), '--beoordelaars', 'samples/beoordeling/beoordelaars.csv', '--json', '-o', xlsx]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.scores).toEqual([{ aanvraag: 'A-2021-001', beoordelaar: 'Fatima El Idrissi', rol: 'analist', item: 'protocol', score: 4, toelichting: '' }]);
    expect(json.vervangingen).toEqual([{ beoordelaar: { beoordelaar: 'Fatima El Idrissi', rol: 'analist' }, vervangen: expect.stringMatching(/analist-oud\.xlsx$/), door: expect.stringMatching(/analist-nieuw\.xlsx$/), wijzigingen: [{ aanvraag: 'A-2021-001', item: 'protocol', oud: 3, nieuw: 4, oudeToelichting: '', nieuweToelichting: '' }] }]);
    expect(json.gecontroleerd).toBe(false);
    const back = await parseScoresXlsx(new Uint8Array(readFileSync(xlsx)), 'scores.xlsx', rubric);
    expect(back.scores).toEqual(json.scores);
    const text = await zk(['beoordeling', 'inlezen', join(dir, 'analist-oud.xlsx'), join(dir, 'analist-nieuw.xlsx'), '--beoordelaars', 'samples/beoordeling/beoordelaars.csv']);
    expect(text.out).toMatch(/analist-nieuw\.xlsx vervangt .*analist-oud\.xlsx \(Fatima El Idrissi \(analist\)\): 1 wijziging\n {2}A-2021-001 Samenwerkingsprotocol: 3 → 4\n/);
    expect(text.out).toContain('Niet gecontroleerd of aanvragen sinds het uitdelen zijn gewijzigd: geef de aanvragen mee met --aanvragen.');
  });

  it('exit 1 for a file of someone not on the panel; exit 2, nothing written, for a file that is no scoring file', async () => {
    const out = join(dir, 'uit');
    await zk([...HAND_OUT, '-o', out]);
    const team = join(dir, 'team.csv');
    writeFileSync(team, 'rol,naam\nanalist,Anna Anders\n');
    const r = await zk(['beoordeling', 'inlezen', join(out, 'beoordeling-analist.xlsx'), '--beoordelaars', team]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Dit bestand is van Fatima El Idrissi (analist), die niet in het beoordelingsteam zit (Anna Anders (analist), beleidsontwikkelaar, inkoper, zorginhoudelijk adviseur); er is niets uit ingelezen.');
    // The analist's file under the inkoper's hand-out name: the file is expected from Sanne de Boer.
    writeFileSync(join(dir, 'beoordeling-inkoper.xlsx'), readFileSync(join(out, 'beoordeling-analist.xlsx')));
    const renamed = await zk(['beoordeling', 'inlezen', join(dir, 'beoordeling-inkoper.xlsx'), '--beoordelaars', 'samples/beoordeling/beoordelaars.csv']);
    expect(renamed.code).toBe(1);
    expect(renamed.err).toContain('beoordeling-inkoper.xlsx, Bestand (beoordelaar): Verwacht het bestand van Sanne de Boer (inkoper), maar dit bestand is van Fatima El Idrissi (analist); er is niets uit ingelezen.');
    writeFileSync(join(dir, 'nep.xlsx'), 'aanvraag,score\n');
    const csv = join(dir, 'scores.csv');
    const bad = await zk(['beoordeling', 'inlezen', join(out, 'beoordeling-analist.xlsx'), join(dir, 'nep.xlsx'), '-o', csv]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/kan scorebestand '.*nep\.xlsx' niet lezen: het bestand heet \.xlsx maar is geen Excel-werkmap/);
    expect(existsSync(csv)).toBe(false);
    // A personal file given to zk rangschik as its score file: it says how to read it.
    const rank = await zk(['rangschik', ...APPS, join(out, 'beoordeling-analist.xlsx')]);
    expect(rank.code).toBe(2);
    expect(rank.err).toContain('beoordeling-analist.xlsx\' is een persoonlijk scorebestand; lees de ingevulde bestanden eerst samen in met zk beoordeling inlezen');
    const notPersonal = await zk(['beoordeling', 'inlezen', 'samples/import/importwerkmap.xlsx']);
    expect(notPersonal.code).toBe(2);
    expect(notPersonal.err).toContain('dit is geen persoonlijk scorebestand');
  });
});
