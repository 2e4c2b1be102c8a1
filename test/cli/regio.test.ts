import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './capture';

describe('zk regio', () => {
  it('prints one line per name with the region, outside or unknown', async () => {
    const { code, out, err } = await run(['regio', 'Houten', 'Capelle a/d IJssel', 'Eindhoven', 'Utreht']);
    expect(code).toBe(0);
    expect(err).toBe('');
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(5); // header + 4
    expect(lines[1]).toMatch(/^Houten\s+gemeente\s+kernregio\s+Utrecht\s+Houten ligt in kernregio Utrecht$/);
    expect(lines[2]).toMatch(/^Capelle a\/d IJssel\s+gemeente\s+kernregio\s+Rotterdam\s+/);
    expect(lines[3]).toMatch(/^Eindhoven\s+gemeente\s+buiten\s+Eindhoven ligt buiten de kernregio's$/);
    expect(lines[4]).toMatch(/bedoelde u Utrecht\?$/);
  });

  it('--json prints an array of {invoer, soort, status, regio, gemeente, kandidaten}', async () => {
    const { code, out } = await run(['region', '--json', 'Bussum', 'Groningen', 'Utreht']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual([
      { invoer: 'Bussum', soort: 'gemeente', status: 'kernregio', regio: '’t Gooi', gemeente: 'Gooise Meren', kandidaten: [{ gemeente: 'Gooise Meren', status: 'kernregio', regio: '’t Gooi' }] },
      { invoer: 'Groningen', soort: 'gemeente', status: 'buiten', regio: null, gemeente: 'Groningen', kandidaten: [{ gemeente: 'Groningen', status: 'buiten', regio: null }] },
      { invoer: 'Utreht', soort: null, status: 'onbekend', regio: null, gemeente: null, kandidaten: [] },
    ]);
  });

  it('accepts a place and a postcode and says which one it matched (Bijlage 3 asks for Plaats and Postcode)', async () => {
    const { code, out } = await run(['regio', '--json', 'Zaandam', '3511 AB', 'Rozenburg', '3181']);
    expect(code).toBe(0);
    const rows = JSON.parse(out) as Array<{ soort: string; status: string; regio: string | null; gemeente: string | null; kandidaten: unknown[] }>;
    expect(rows.map((r) => [r.soort, r.status, r.regio, r.gemeente])).toEqual([
      ['plaats', 'kernregio', 'Zaanstreek-Waterland', 'Zaanstad'],
      ['postcode', 'kernregio', 'Utrecht', 'Utrecht'],
      // Rozenburg is a place in Haarlemmermeer and in Rotterdam: shown, not guessed.
      ['plaats', 'onbekend', null, null],
      ['postcode', 'kernregio', 'Rotterdam', 'Rotterdam'],
    ]);
    expect(rows[2].kandidaten).toEqual([
      { gemeente: 'Haarlemmermeer', status: 'buiten', regio: null },
      { gemeente: 'Rotterdam', status: 'kernregio', regio: 'Rotterdam' },
    ]);
  });

  it('without names: exit 2 with a Dutch message', async () => {
    const { code, err } = await run(['regio']);
    expect(code).toBe(2);
    expect(err).toContain('geef minstens één gemeente, plaats of postcode op');
  });

  it('--beleid with an invalid policy: exit 2 naming the file and the path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zk-regio-'));
    writeFileSync(join(dir, 'beleid.json'), JSON.stringify({ id: 'x', versie: '1', naam: 'x', bron: 'x', regios: [{ naam: 'R', gemeenten: [] }] }));
    const { code, err } = await run(['regio', '--beleid', 'beleid.json', 'Houten'], dir);
    expect(code).toBe(2);
    expect(err).toContain("beleid 'beleid.json' is ongeldig");
    expect(err).toContain('regios[0].gemeenten: mag niet leeg zijn');
  });

  it('--beleid with a valid own policy uses its regions', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zk-regio-'));
    writeFileSync(join(dir, 'beleid.json'), JSON.stringify({ id: 'eigen', versie: '1', naam: 'Eigen', bron: 'test', regios: [{ naam: 'Brabant-Oost', gemeenten: ['Eindhoven'] }] }));
    const { out } = await run(['regio', '--json', '--beleid', 'beleid.json', 'Eindhoven', 'Houten'], dir);
    expect(JSON.parse(out).map((r: { status: string }) => r.status)).toEqual(['kernregio', 'buiten']);
  });
});
