import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CliError } from '../../src/cli/command';
import { readTeamDecisions } from '../../src/cli/read-team-decisions';

/** The decisions file: every bad row reported with file, row and field, and left out. */
async function tmp(name: string, content: string): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zk-besluiten-'));
  await fs.writeFile(path.join(dir, name), content);
  return dir;
}

describe('reading the team decisions (--besluiten)', () => {
  it('CSV with ; : a good row is read; a rejection without motivation and a bad date are refused, naming row and field', async () => {
    const cwd = await tmp(
      'b.csv',
      [
        'aanvraag;besluit;motivering;antwoord voor;wie;rol;tijdstip',
        'A-1;aanvulling;;14-1-2021;Sanne de Boer;inkoper;2020-12-10T15:00:00Z',
        'A-2;afwijzen;;;Sanne de Boer;inkoper;2020-12-10T15:00:00Z',
        'A-3;aanvulling;;morgen;Sanne de Boer;inkoper;2020-12-10T15:00:00Z',
        'A-4;afwijzen;Niet onderbouwd.;;;;2020-12-10T15:00:00Z',
      ].join('\n'),
    );
    const read = await readTeamDecisions('b.csv', cwd, { datum: '2020-12-31' });
    expect(read.besluiten).toEqual([{ aanvraag: 'A-1', besluit: 'aanvulling', motivering: '', antwoordVoor: '2021-01-14', wie: 'Sanne de Boer', rol: 'inkoper', tijdstip: '2020-12-10T15:00:00Z' }]);
    expect(read.problems.map((p) => [p.bestand, p.plaats, p.veld, p.melding])).toEqual([
      ['b.csv', 'rij 3', 'Motivering', 'afwijzen bij A-2 geweigerd: een onvolledige aanvraag wordt alleen met een schriftelijke motivering afgewezen; besluit genegeerd'],
      ['b.csv', 'rij 4', 'Antwoord vóór', "'morgen' is geen datum (JJJJ-MM-DD of DD-MM-JJJJ); besluit genegeerd"],
      ['b.csv', 'rij 5', 'Wie', 'wie het besluit bij A-4 neemt ontbreekt; besluit genegeerd'],
    ]);
  });

  it('CSV without the column wie: one problem on row 1 naming it', async () => {
    const cwd = await tmp('b.csv', 'aanvraag,besluit,motivering\nA-1,afwijzen,Niet onderbouwd.\n');
    const read = await readTeamDecisions('b.csv', cwd);
    expect(read.besluiten).toEqual([]);
    expect(read.problems).toEqual([expect.objectContaining({ bestand: 'b.csv', plaats: 'rij 1', veld: 'wie', melding: expect.stringContaining('kolom(men) wie ontbreken') })]);
  });

  it('JSON: a line that is no object and a line with an unknown kind, each by its number', async () => {
    const cwd = await tmp(
      'b.json',
      JSON.stringify([
        { aanvraag: 'A-1', besluit: 'afwijzen', motivering: 'Niet onderbouwd.', wie: 'Sanne', tijdstip: '2020-12-10T15:00:00Z' },
        'afwijzen',
        { aanvraag: 'A-3', besluit: 'later', wie: 'Sanne', tijdstip: '2020-12-10T15:00:00Z' },
      ]),
    );
    const read = await readTeamDecisions('b.json', cwd);
    expect(read.besluiten.map((b) => b.aanvraag)).toEqual(['A-1']);
    expect(read.problems.map((p) => [p.plaats, p.veld])).toEqual([
      ['besluit 2', ''],
      ['besluit 3', 'Besluit'],
    ]);
  });

  it('a file that is missing or no JSON stops the run with a Dutch message naming it', async () => {
    const cwd = await tmp('b.json', '[{');
    await expect(readTeamDecisions('weg.csv', cwd)).rejects.toThrow(new CliError("kan besluiten 'weg.csv' niet lezen: het bestand bestaat niet"));
    await expect(readTeamDecisions('b.json', cwd)).rejects.toThrow(/kan besluiten 'b.json' niet lezen: geen geldige JSON/);
  });
});
