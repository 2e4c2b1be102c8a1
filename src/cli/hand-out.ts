/**
 * `zk beoordeling uitdelen`: one personal scoring file per assessor of the panel, for the
 * applications that passed screening. Everything is read (applications, overrides, panel,
 * declarations) before anything is written, so unreadable input stops with exit 2 and no files.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Problem } from '../rules/outcome';
import { assessorLabel } from '../rules/scoring/panel';
import { handOut, type PersonalFile } from '../report/personal-workbook';
import { policyFromOption } from './policy-option';
import { readDeclarations } from './read-declarations';
import { readOverrides, screen } from './read-overrides';
import { readPanel } from './read-panel';
import { readApplicationsOrFail, uniqueById } from './selection-run';
import { formatTable } from './text-table';

export interface HandOutOptions {
  aanvragen: string[];
  uit: string;
  beleid?: string;
  beoordelaars?: string;
  belangen?: string;
  overschrijvingen?: string;
  tijdstip: string;
}

export interface HandOutRun {
  bestanden: (PersonalFile & { pad: string })[];
  /** Applications not handed out: not (yet) eligible, with their screening outcome. */
  nietUitgedeeld: { id: string; status: string }[];
  problemen: Problem[];
}

export async function runHandOut(options: HandOutOptions, cwd: string): Promise<HandOutRun> {
  const policy = policyFromOption(options.beleid, cwd);
  const read = await readApplicationsOrFail(options.aanvragen, cwd);
  const problemen = [...read.problems];
  const aanvragen = uniqueById(read.applications, problemen);
  const lines = options.overschrijvingen ? readOverrides(options.overschrijvingen, cwd) : { overrides: [], problems: [] };
  problemen.push(...lines.problems);
  const toetsing = screen(aanvragen, policy, lines.overrides, problemen, options.overschrijvingen ?? '');
  const panel = await readPanel(options.beoordelaars, cwd, policy);
  problemen.push(...panel.problemen);
  const declarations = options.belangen ? await readDeclarations(options.belangen, cwd, options.tijdstip) : { belangen: [], problems: [] };
  problemen.push(...declarations.problems);

  const eligible = new Set(toetsing.filter((r) => r.status === 'geschikt').map((r) => r.id));
  const files = eligible.size ? await handOut({ policy, aanvragen: aanvragen.filter((a) => eligible.has(a.id)), panel: panel.panel, belangen: declarations.belangen, tijdstip: options.tijdstip }) : [];
  const dir = path.resolve(cwd, options.uit);
  if (files.length) await fs.mkdir(dir, { recursive: true });
  const bestanden: HandOutRun['bestanden'] = [];
  for (const f of files) {
    const pad = path.join(dir, f.bestandsnaam);
    await fs.writeFile(pad, f.bytes);
    bestanden.push({ ...f, pad });
  }
  return { bestanden, nietUitgedeeld: toetsing.filter((r) => r.status !== 'geschikt').map((r) => ({ id: r.id, status: r.status })), problemen };
}

/** The table `zk beoordeling uitdelen` prints: one line per file. */
export function handOutSummary(run: HandOutRun, cwd: string): string {
  const rows = run.bestanden.map((f) => [
    path.relative(cwd, f.pad) || f.pad,
    assessorLabel(f.beoordelaar),
    String(f.aanvragen.length),
    String(f.rijen),
    f.uitgesloten.map((u) => `${u.aanvraag} (${u.reden})`).join('; '),
  ]);
  const lines = [formatTable(['Bestand', 'Beoordelaar', 'Aanvragen', 'Scorerijen', 'Niet gescoord wegens belang'], rows)];
  if (run.nietUitgedeeld.length) lines.push('', `Niet uitgedeeld (niet geschikt of onvolledig bij de toetsing): ${run.nietUitgedeeld.map((n) => `${n.id} (${n.status})`).join(', ')}`);
  return lines.join('\n') + '\n';
}
