/**
 * Offline checks of an add-in manifest, as a list of Dutch problems (empty = fine). The official
 * XSD check needs Microsoft's web service (`npm run validate`); these cover well-formedness,
 * required elements, requirement sets, resource ids, URLs and icons.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

type Node = Record<string, unknown>;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true, isArray: () => true });

/** Every element with this local name, anywhere below `node`. */
export function all(node: unknown, name: string, out: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((n) => all(n, name, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node as Node)) {
      if (key === name) (value as Node[]).forEach((v) => out.push(v));
      all(value, name, out);
    }
  }
  return out;
}

export const text = (node: Node | string | undefined): string => (node === undefined ? '' : typeof node === 'string' ? node : String((node['#text'] as unknown[] | undefined)?.[0] ?? ''));
export const attr = (node: Node | undefined, name: string): string => String(node?.[`@${name}`] ?? '');

export function pngSize(file: string): { width: number; height: number } | null {
  const bytes = readFileSync(file);
  if (bytes.subarray(1, 4).toString('ascii') !== 'PNG') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseManifest(xml: string): Node {
  return parser.parse(xml) as Node;
}

export function checkManifest(xml: string, assetsRoot: string, expectedOrigin: string): string[] {
  const problems: string[] = [];
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return [`geen geldige XML: ${valid.err.msg} (regel ${valid.err.line})`];
  const doc = parseManifest(xml);
  const app = all(doc, 'OfficeApp')[0];
  if (!app) return ['OfficeApp ontbreekt'];
  const need = (ok: boolean, melding: string) => {
    if (!ok) problems.push(melding);
  };
  need(attr(app, 'type') === 'TaskPaneApp', 'OfficeApp moet xsi:type="TaskPaneApp" hebben');
  need(GUID.test(text(all(app, 'Id')[0])), 'Id is geen GUID');
  need(/^\d+\.\d+\.\d+\.\d+$/.test(text(all(app, 'Version')[0])), 'Version moet vier getallen hebben (1.0.0.0)');
  need(text(all(app, 'ProviderName')[0]).trim() !== '', 'ProviderName ontbreekt');
  need(text(all(app, 'DefaultLocale')[0]) === 'nl-NL', 'DefaultLocale moet nl-NL zijn');
  need(attr(all(app, 'DisplayName')[0], 'DefaultValue') !== '', 'DisplayName ontbreekt');
  need(attr(all(app, 'Description')[0], 'DefaultValue') !== '', 'Description ontbreekt');
  need(all(app, 'Host').some((h) => attr(h, 'Name') === 'Workbook'), 'Host Workbook ontbreekt');
  need(text(all(app, 'Permissions')[0]) === 'ReadWriteDocument', 'Permissions moet ReadWriteDocument zijn');

  const sets = Object.fromEntries(all(doc, 'Set').map((s) => [attr(s, 'Name'), attr(s, 'MinVersion')]));
  need(sets.SharedRuntime === '1.1', 'requirement set SharedRuntime 1.1 ontbreekt');
  need(sets.CustomFunctionsRuntime === '1.3', 'requirement set CustomFunctionsRuntime 1.3 ontbreekt (CustomFunctions.ErrorCode met melding)');
  const runtime = all(doc, 'Runtime')[0];
  need(attr(runtime, 'lifetime') === 'long', 'Runtime lifetime="long" ontbreekt (gedeelde runtime)');

  const strings = Object.fromEntries(all(doc, 'String').map((s) => [attr(s, 'id'), attr(s, 'DefaultValue')]));
  const functions = all(doc, 'ExtensionPoint').find((e) => attr(e, 'type') === 'CustomFunctions');
  need(functions !== undefined, 'ExtensionPoint CustomFunctions ontbreekt');
  need(strings[attr(all(functions, 'Namespace')[0], 'resid')] === 'ZK', 'naamruimte van de functies moet ZK zijn');

  const resources = all(doc, 'Resources');
  const defined = new Set(['Image', 'Url', 'String'].flatMap((n) => all(resources, n).map((r) => attr(r, 'id'))));
  (function walk(node: unknown): void {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const id = (node as Node)['@resid'];
      if (id !== undefined && !defined.has(String(id))) problems.push(`resid "${String(id)}" verwijst naar een bron die niet bestaat`);
      Object.values(node as Node).forEach(walk);
    }
  })(doc);
  for (const s of all(resources, 'String')) {
    if (attr(s, 'id') === 'Functions.Namespace') continue;
    need(all(s, 'Override').some((o) => attr(o, 'Locale') === 'en-US'), `tekst "${attr(s, 'id')}" heeft geen Engelse (en-US) vertaling`);
  }

  for (const match of xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]*)"/g)) {
    const url = match[1];
    if (!url.startsWith('https://')) problems.push(`adres is geen https: ${url}`);
    else if (new URL(url).origin !== expectedOrigin) problems.push(`adres op een andere server dan ${expectedOrigin}: ${url}`);
  }

  const images = all(resources, 'Image').map((i) => ({ id: attr(i, 'id'), url: attr(i, 'DefaultValue') }));
  const iconUrls = [...images.map((i) => i.url), attr(all(doc, 'IconUrl')[0], 'DefaultValue'), attr(all(doc, 'HighResolutionIconUrl')[0], 'DefaultValue')];
  for (const url of iconUrls) {
    if (!url.startsWith('https://')) continue;
    const file = join(assetsRoot, new URL(url).pathname);
    const expected = Number(/icon-(\d+)\.png$/.exec(file)?.[1]);
    if (!existsSync(file)) problems.push(`pictogram ontbreekt: ${file}`);
    else {
      const size = pngSize(file);
      if (!size || size.width !== expected || size.height !== expected) problems.push(`pictogram ${file} is niet ${expected}×${expected} pixels`);
    }
  }
  for (const image of images) {
    const declared = /(\d+)x\d+/.exec(image.id)?.[1];
    if (declared && !image.url.endsWith(`icon-${declared}.png`)) problems.push(`bron ${image.id} wijst niet naar icon-${declared}.png`);
  }
  return problems;
}
