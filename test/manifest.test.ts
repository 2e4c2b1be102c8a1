import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { all, attr, checkManifest, parseManifest } from './manifestChecks';

const ROOT = join(__dirname, '..');
const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const { baseUrl, rewriteManifest, DEFAULT_BASE_URL } = require('../scripts/manifest-url.js') as {
  baseUrl: (v?: string) => string;
  rewriteManifest: (xml: string, base: string) => string;
  DEFAULT_BASE_URL: string;
};

describe('manifest.xml (offline checks; the XSD check is `npm run validate`)', () => {
  it('passes every offline check: XML, required elements, requirement sets, resids, https on one origin, icons', () => {
    expect(checkManifest(xml, ROOT, DEFAULT_BASE_URL)).toEqual([]);
  });

  it('has the runtime and function namespace the shared runtime needs', () => {
    const doc = parseManifest(xml);
    expect(attr(all(doc, 'Runtime')[0], 'resid')).toBe('Taskpane.Url');
    const functions = all(doc, 'ExtensionPoint').find((e) => attr(e, 'type') === 'CustomFunctions');
    expect(attr(all(all(functions, 'Page')[0], 'SourceLocation')[0], 'resid')).toBe('Taskpane.Url');
  });

  // Controls: each check can fail.
  it.each([
    ['no shared runtime', (x: string) => x.replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', ''), 'requirement set SharedRuntime 1.1 ontbreekt'],
    ['short-lived runtime', (x: string) => x.replace('lifetime="long"', 'lifetime="short"'), 'Runtime lifetime="long" ontbreekt (gedeelde runtime)'],
    ['a resid without resource', (x: string) => x.replace('<Label resid="Group.Label"/>', '<Label resid="Group.Naam"/>'), 'resid "Group.Naam" verwijst naar een bron die niet bestaat'],
    ['an http URL', (x: string) => x.replace('https://localhost:3000/functions.json', 'http://localhost:3000/functions.json'), 'adres is geen https: http://localhost:3000/functions.json'],
    ['another origin', (x: string) => x.replace('https://localhost:3000/functions.js"', 'https://cdn.example.com/functions.js"'), 'adres op een andere server dan https://localhost:3000: https://cdn.example.com/functions.js'],
    ['a missing icon', (x: string) => x.replace('assets/icon-80.png', 'assets/icon-81.png'), 'pictogram ontbreekt'],
    ['English locale by default', (x: string) => x.replace('<DefaultLocale>nl-NL</DefaultLocale>', '<DefaultLocale>en-US</DefaultLocale>'), 'DefaultLocale moet nl-NL zijn'],
    ['broken XML', (x: string) => x.replace('</Hosts>', ''), 'geen geldige XML'],
  ])('control: %s is reported', (_name, mutate, expected) => {
    const problems = checkManifest(mutate(xml), ROOT, DEFAULT_BASE_URL);
    expect(problems.some((p) => p.startsWith(expected))).toBe(true);
  });

  it('moves every URL to ZK_BASE_URL for a team host, and refuses a non-https base', () => {
    const base = baseUrl('https://zk.example.nl/beoordeling/');
    const moved = rewriteManifest(xml, base);
    expect(moved).not.toContain('localhost');
    expect(moved).toContain('https://zk.example.nl/beoordeling/taskpane.html');
    expect(checkManifest(moved, join(ROOT, 'x'), 'https://zk.example.nl').filter((p) => !p.startsWith('pictogram'))).toEqual([]);
    expect(() => baseUrl('http://zk.example.nl')).toThrow(/https/);
  });
});
