import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * What can be checked offline about manifest.xml. The official XSD check needs Microsoft's web
 * service (`npm run validate`); this test covers well-formedness, required elements, requirement
 * sets, resource ids, URLs and icons.
 */
const ROOT = join(__dirname, '..');
const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const { baseUrl, rewriteManifest, DEFAULT_BASE_URL } = require('../scripts/manifest-url.js') as {
  baseUrl: (v?: string) => string;
  rewriteManifest: (xml: string, base: string) => string;
  DEFAULT_BASE_URL: string;
};

type Node = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true, isArray: () => true });
const doc = parser.parse(xml) as Node;

/** Every element with this local name, anywhere. */
function all(node: unknown, name: string, out: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((n) => all(n, name, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node as Node)) {
      if (key === name) (value as Node[]).forEach((v) => out.push(v));
      all(value, name, out);
    }
  }
  return out;
}
const text = (node: Node | string): string => (typeof node === 'string' ? node : String((node['#text'] as unknown[] | undefined)?.[0] ?? ''));
const attr = (node: Node, name: string): string => String(node[`@${name}`] ?? '');

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('has the required top-level elements with a GUID id, version and Dutch default locale', () => {
    const app = all(doc, 'OfficeApp')[0];
    expect(attr(app, 'xsi:type') || attr(app, 'type')).toBe('TaskPaneApp');
    expect(text(all(app, 'Id')[0])).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(text(all(app, 'Version')[0])).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(text(all(app, 'ProviderName')[0])).not.toBe('');
    expect(text(all(app, 'DefaultLocale')[0])).toBe('nl-NL');
    expect(attr(all(app, 'DisplayName')[0], 'DefaultValue')).toBe('ZK Beoordeling');
    expect(attr(all(app, 'Description')[0], 'DefaultValue')).toMatch(/Samenwerken in de Regio/);
    expect(all(app, 'Host').some((h) => attr(h, 'Name') === 'Workbook')).toBe(true);
    expect(text(all(app, 'Permissions')[0])).toBe('ReadWriteDocument');
  });

  it('asks for the shared runtime and custom functions runtime, with a long-lived runtime', () => {
    const sets = Object.fromEntries(all(doc, 'Set').map((s) => [attr(s, 'Name'), attr(s, 'MinVersion')]));
    expect(sets).toMatchObject({ SharedRuntime: '1.1', CustomFunctionsRuntime: '1.1' });
    const runtime = all(doc, 'Runtime')[0];
    expect(attr(runtime, 'resid')).toBe('Taskpane.Url');
    expect(attr(runtime, 'lifetime')).toBe('long');
  });

  it('declares custom functions in the ZK namespace on the shared page', () => {
    const point = all(doc, 'ExtensionPoint').find((e) => attr(e, 'xsi:type') === 'CustomFunctions' || attr(e, 'type') === 'CustomFunctions');
    expect(point).toBeDefined();
    const namespace = all(point, 'Namespace')[0];
    const strings = Object.fromEntries(all(doc, 'String').map((s) => [attr(s, 'id'), attr(s, 'DefaultValue')]));
    expect(strings[attr(namespace, 'resid')]).toBe('ZK');
    expect(attr(all(all(point, 'Page')[0], 'SourceLocation')[0], 'resid')).toBe('Taskpane.Url');
  });

  it('resolves every resid to a defined resource, and overrides Dutch strings in English', () => {
    const defined = new Set(['Image', 'Url', 'String'].flatMap((n) => all(all(doc, 'Resources'), n).map((r) => attr(r, 'id'))));
    const used = new Set<string>();
    (function walk(node: unknown): void {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        const id = (node as Node)['@resid'];
        if (id) used.add(String(id));
        Object.values(node as Node).forEach(walk);
      }
    })(doc);
    expect(used.size).toBeGreaterThan(5);
    for (const id of used) expect(defined).toContain(id);
    const strings = all(all(doc, 'Resources'), 'String').filter((s) => attr(s, 'id') !== 'Functions.Namespace');
    for (const s of strings) expect(all(s, 'Override').map((o) => attr(o, 'Locale'))).toContain('en-US');
  });

  it('uses https URLs on one origin only', () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith('https://')).toBe(true);
    expect(new Set(urls.map((u) => new URL(u).origin))).toEqual(new Set([DEFAULT_BASE_URL]));
  });

  it('points at icon files that exist with the declared pixel sizes', () => {
    const images = all(all(doc, 'Resources'), 'Image').map((i) => ({ id: attr(i, 'id'), url: attr(i, 'DefaultValue') }));
    const icons = [...images.map((i) => i.url), attr(all(doc, 'IconUrl')[0], 'DefaultValue'), attr(all(doc, 'HighResolutionIconUrl')[0], 'DefaultValue')];
    for (const url of icons) {
      const file = join(ROOT, new URL(url).pathname);
      expect(existsSync(file)).toBe(true);
      const size = Number(/icon-(\d+)\.png$/.exec(file)?.[1]);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    for (const image of images) expect(image.url).toContain(`icon-${/(\d+)x\d+/.exec(image.id)?.[1]}.png`);
  });

  it('moves every URL to ZK_BASE_URL for a team host, and refuses a non-https base', () => {
    const moved = rewriteManifest(xml, baseUrl('https://zk.example.nl/beoordeling/'));
    expect(moved).not.toContain('localhost');
    expect(moved).toContain('https://zk.example.nl/beoordeling/taskpane.html');
    expect(() => baseUrl('http://zk.example.nl')).toThrow(/https/);
  });
});
