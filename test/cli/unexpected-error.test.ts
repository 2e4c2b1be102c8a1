import { COMMANDS } from '../../src/cli/commands';
import { main } from '../../src/cli/main';

/**
 * A programming error inside a command is not the user's fault, but the message must still say
 * which input was being processed, in Dutch, without a stack trace.
 */
describe('zk: an unexpected error names the inputs', () => {
  const entry = COMMANDS.find((c) => c.name === 'toets')!;
  const original = entry.load;
  afterEach(() => {
    entry.load = original;
  });

  it('prints the command, the files and the message on stderr, exit 2', async () => {
    entry.load = async () => ({ name: 'toets', summary: '', usage: '', run: async () => { throw new TypeError('x is undefined'); } });
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(['toets', 'aanvragen/a.json', '--json', 'map/b.csv'], { out: (t) => out.push(t), err: (t) => err.push(t), cwd: process.cwd() });
    expect(code).toBe(2);
    expect(out.join('')).toBe('');
    expect(err.join('')).toBe("zk toets: onverwachte fout bij het verwerken van 'aanvragen/a.json', 'map/b.csv': x is undefined\n");
  });

  it('without file arguments it says only the message', async () => {
    entry.load = async () => ({ name: 'toets', summary: '', usage: '', run: async () => { throw new Error('kapot'); } });
    const err: string[] = [];
    await main(['toets', '--json'], { out: () => undefined, err: (t) => err.push(t), cwd: process.cwd() });
    expect(err.join('')).toBe('zk toets: onverwachte fout: kapot\n');
  });
});
