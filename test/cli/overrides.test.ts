import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SAMPLE_ARGS, zk } from './io';

describe('--overschrijvingen', () => {
  it('an override without a written reason is refused and reported; A-2021-012 then stays onvolledig', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zk-'));
    const file = path.join(dir, 'o.json');
    await fs.writeFile(
      file,
      JSON.stringify([
        { aanvraag: 'A-2021-012', checkId: 'uitsluitingen', status: 'voldoet', reden: ' ', beoordelaar: 'Ruud Hoekstra', rol: 'zorginhoudelijk adviseur', tijdstip: '2020-11-24T14:00:00Z' },
        { aanvraag: 'A-2021-012', checkId: 'uitsluitingen', status: 'misschien', reden: 'x', beoordelaar: 'Ruud Hoekstra', tijdstip: '2020-11-24T14:00:00Z' },
      ]),
    );
    const args = [...SAMPLE_ARGS.slice(0, 3), '--overschrijvingen', file, '--json', '--steekproeven', '0'];
    const { code, out, err } = await zk(['rangschik', ...args]);
    // Ranked, but two override lines were left out: read with errors, exit 1.
    expect(code).toBe(1);
    expect(err).toContain('overschrijving 1 (reden): overschrijving van uitsluitingen geweigerd: een schriftelijke motivering is verplicht');
    expect(err).toMatch(/overschrijving 2 \(status\)/);
    const json = JSON.parse(out);
    expect(json.ranglijst.map((e: { id: string }) => e.id)).not.toContain('A-2021-012');
    expect(json.uitgesloten.find((u: { id: string }) => u.id === 'A-2021-012').status).toBe('onvolledig');
  });
});
