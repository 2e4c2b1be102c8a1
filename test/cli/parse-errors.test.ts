import { dutchParseError } from '../../src/cli/parse-command-args';
import { run } from './capture';

/** node:util names options in English; every zk command answers a wrong option in Dutch, with its usage. */
describe('a wrong option gets a Dutch message and the usage, exit 2, in every command', () => {
  const commands: [string, string[]][] = [
    ['toets', ['toets', 'x.json']],
    ['import', ['import', 'x.csv']],
    ['template', ['template']],
    ['bi', ['bi', 'x.csv', '--contractjaar', '2025']],
    ['module', ['module', 'vv', 'x.csv']],
    ['rangschik', ['rangschik', 'x.json']],
    ['selectie', ['selectie', 'x.json']],
  ];
  test.each(commands)('zk %s --onzin', async (name, args) => {
    const { code, err } = await run([...args, '--onzin']);
    expect(code).toBe(2);
    expect(err).toContain(`zk ${name}: onbekende optie '--onzin'.`);
    expect(err).toContain(`Gebruik: zk ${name}`);
    expect(err).not.toMatch(/Unknown option|positional argument/);
  });

  test('a value missing, a value given to a switch, an argument where none is taken', async () => {
    expect((await run(['toets', 'x.json', '--beleid'])).err).toContain("zk toets: de optie '--beleid' mist een waarde.");
    expect((await run(['toets', 'x.json', '--json=ja'])).err).toContain("zk toets: de optie '--json' neemt geen waarde.");
    expect((await run(['template', 'extra'])).err).toContain("zk template: onverwacht argument 'extra': deze opdracht neemt geen bestanden of andere argumenten.");
  });

  test('an error without a known code keeps its own words', () => {
    expect(dutchParseError(new Error('iets anders'))).toBe('ongeldige opties: iets anders');
  });
});
