/**
 * Requirement-set audit: every member of `Excel`, `Office`, `OfficeExtension` and `CustomFunctions`
 * that src/excel, src/functions and src/taskpane use, with the requirement set that
 * @types/office-js and @types/custom-functions-runtime annotate it with (`[Api set: ExcelApi 1.4]`),
 * compared with the sets manifest.xml declares. A member that needs a higher set than the manifest
 * declares (or a set it does not declare) would fail on an Excel that the manifest admits.
 *
 *   npx tsx scripts/api-audit.ts     prints the table; exit 1 when a member needs more than declared
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..');
/** The layers that run inside Office. */
export const AUDITED_DIRS = ['src/excel', 'src/functions', 'src/taskpane'];
const TYPE_PACKAGES = ['/@types/office-js/', '/@types/custom-functions-runtime/', '/@types/office-runtime/'];

export interface ApiUse {
  /** Fully qualified member, e.g. `Excel.Range.values`. */
  member: string;
  /** Requirement set, e.g. `ExcelApi`; null when the declaration names none. */
  set: string | null;
  /** e.g. `1.4`; null when none is named or the set has no number (BETA, preview). */
  version: string | null;
  /** Files (relative to the repository) that use it. */
  files: string[];
}

/** `[Api set: ExcelApi 1.4]` → { set: 'ExcelApi', version: '1.4' }; the lowest when a member has several declarations. */
function apiSet(declarations: readonly ts.Declaration[]): { set: string | null; version: string | null } {
  let found: { set: string | null; version: string | null } = { set: null, version: null };
  for (const declaration of declarations) {
    const text = declaration.getFullText().slice(0, declaration.getLeadingTriviaWidth());
    const match = /\[Api set: ([A-Za-z]+)(?: ([0-9]+\.[0-9]+))?/.exec(text);
    if (!match) continue;
    const candidate = { set: match[1], version: match[2] ?? null };
    if (found.set === null || (candidate.version !== null && (found.version === null || compareVersions(candidate.version, found.version) < 0))) found = candidate;
  }
  return found;
}

export function compareVersions(a: string, b: string): number {
  const [am, an] = a.split('.').map(Number);
  const [bm, bn] = b.split('.').map(Number);
  return am - bm || an - bn;
}

/** The narrowed interfaces `XlRange`, `XlTable`, … of src/excel stand for `Excel.Range`, `Excel.Table`, …. */
const NARROWED_API = 'src/excel/office-api.ts';
const NARROWED_NAMES: Record<string, string> = { XlContext: 'RequestContext' };

/** `Excel.Table.resize` for `resize` declared in `interface XlTable`; null outside an Xl… interface. */
function realMember(declaration: ts.Declaration): string | null {
  const owner = declaration.parent;
  const member = (declaration as { name?: ts.Node }).name;
  if (!ts.isInterfaceDeclaration(owner) || !member || !ts.isIdentifier(member)) return null;
  const name = owner.name.text;
  if (!name.startsWith('Xl')) return null;
  return `Excel.${NARROWED_NAMES[name] ?? name.slice(2)}.${member.text}`;
}

/** Every member declared in the Office type packages, by qualified name. */
function officeIndex(program: ts.Program): Map<string, ts.Declaration[]> {
  const index = new Map<string, ts.Declaration[]>();
  for (const file of program.getSourceFiles()) {
    if (!TYPE_PACKAGES.some((p) => file.fileName.includes(p))) continue;
    const visit = (node: ts.Node): void => {
      if ((ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node) || ts.isPropertySignature(node) || ts.isMethodSignature(node)) && (ts.isClassDeclaration(node.parent) || ts.isInterfaceDeclaration(node.parent))) {
        const name = declarationName(node);
        if (name) index.set(name, [...(index.get(name) ?? []), node]);
      }
      if (ts.isSourceFile(node) || ts.isModuleDeclaration(node) || ts.isModuleBlock(node) || ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node)) ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return index;
}

/** `Excel.Range.values` for the declaration of `values` inside `namespace Excel { class Range { … } }`. */
function declarationName(declaration: ts.Declaration): string | null {
  const parts: string[] = [];
  for (let node: ts.Node | undefined = declaration; node; node = node.parent) {
    const name = (node as { name?: ts.Node }).name;
    if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name))) parts.unshift(name.text);
  }
  return parts.length > 0 ? parts.join('.') : null;
}

function sourceFiles(dir: string): string[] {
  return ts.sys.readDirectory(join(ROOT, dir), ['.ts', '.tsx'], ['**/*.d.ts']);
}

/** Walks the audited layers with the type checker and collects every Office member they touch. */
export function auditApiUse(): ApiUse[] {
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const roots = AUDITED_DIRS.flatMap(sourceFiles);
  const program = ts.createProgram(roots, { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();
  const uses = new Map<string, ApiUse>();
  const office = officeIndex(program);
  const narrowed = ts.sys.resolvePath(join(ROOT, NARROWED_API));
  const rootSet = new Set(roots.map((f) => ts.sys.resolvePath(f)));
  for (const source of program.getSourceFiles()) {
    if (!rootSet.has(ts.sys.resolvePath(source.fileName))) continue;
    const file = relative(ROOT, source.fileName).split('\\').join('/');
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node) || ts.isQualifiedName(node)) {
        const name = ts.isPropertyAccessExpression(node) ? node.name : node.right;
        let symbol = checker.getSymbolAtLocation(name);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
        let declarations: readonly ts.Declaration[] = symbol?.declarations ?? [];
        // A member of a narrowed interface (src/excel/office-api.ts) stands for the same member of Office.js.
        const real = declarations.length > 0 && ts.sys.resolvePath(declarations[0].getSourceFile().fileName) === narrowed ? realMember(declarations[0]) : null;
        if (real) declarations = office.get(real) ?? declarations;
        if (symbol && declarations.length > 0 && declarations.every((d) => TYPE_PACKAGES.some((p) => d.getSourceFile().fileName.includes(p)))) {
          // A type position (`Excel.RequestContext` in a signature) needs no requirement set at run time.
          const inType = ts.isQualifiedName(node);
          if (!inType) {
            // Named after its declaration: a member reached through a narrowed `Pick<Excel.Range, …>`
            // is a transient symbol whose own name lacks the namespace and interface.
            const member = declarationName(declarations[0]) ?? checker.getFullyQualifiedName(symbol);
            const use = uses.get(member) ?? { member, ...apiSet(declarations), files: [] };
            if (!use.files.includes(file)) use.files.push(file);
            uses.set(member, use);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return [...uses.values()].sort((a, b) => a.member.localeCompare(b.member));
}

/** The requirement sets of manifest.xml: name → minimum version. */
export function declaredSets(manifestXml: string): Record<string, string> {
  const sets = /<Sets\b([^>]*)>([\s\S]*?)<\/Sets>/.exec(manifestXml);
  if (!sets) return {};
  const fallback = /DefaultMinVersion="([^"]+)"/.exec(sets[1])?.[1] ?? '1.1';
  const out: Record<string, string> = {};
  for (const set of sets[2].matchAll(/<Set\b([^>]*)\/?>/g)) {
    const name = /Name="([^"]+)"/.exec(set[1])?.[1];
    if (name) out[name] = /MinVersion="([^"]+)"/.exec(set[1])?.[1] ?? fallback;
  }
  return out;
}

/** Why a use is not covered by the manifest, or null when it is. */
export function uncovered(use: ApiUse, declared: Record<string, string>): string | null {
  if (use.set === null) return null;
  const have = declared[use.set];
  if (have === undefined) return `${use.member} vraagt ${use.set} ${use.version ?? ''}`.trim() + `, maar manifest.xml noemt ${use.set} niet`;
  if (use.version === null) return `${use.member} vraagt ${use.set} zonder versienummer (preview)`;
  if (compareVersions(use.version, have) > 0) return `${use.member} vraagt ${use.set} ${use.version}, manifest.xml noemt ${have}`;
  return null;
}

export function readManifest(): string {
  return readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
}

/** The table for the build report: member, set, and whether the manifest covers it. */
export function formatAudit(uses: ApiUse[], declared: Record<string, string>): string {
  const lines = [`Office-API per requirement set (manifest: ${Object.entries(declared).map(([k, v]) => `${k} ${v}`).join(', ')})`];
  for (const use of uses) {
    const set = use.set ? `${use.set} ${use.version ?? '(preview)'}` : '—';
    lines.push(`  ${use.member.padEnd(58)} ${set.padEnd(28)} ${uncovered(use, declared) ? 'HOGER DAN MANIFEST' : 'ok'}`);
  }
  return lines.join('\n') + '\n';
}

/** Prints the table; 1 when a member needs more than the manifest declares. */
export function runAudit(out: (text: string) => void = (t) => process.stdout.write(t)): number {
  const declared = declaredSets(readManifest());
  const uses = auditApiUse();
  out(formatAudit(uses, declared));
  const problems = uses.map((u) => uncovered(u, declared)).filter((p): p is string => p !== null);
  for (const problem of problems) process.stderr.write(`${problem}\n`);
  return problems.length > 0 ? 1 : 0;
}

if (require.main === module) process.exitCode = runAudit();
