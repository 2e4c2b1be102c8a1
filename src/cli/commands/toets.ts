import { evaluateEligibility, reportedChecks } from '../../rules/eligibility';
import { renderHerkomst, type Herkomst } from '../../rules/findings';
import type { CheckResult, CheckStatus, EligibilityResult } from '../../rules/outcome';
import { CliError, type Command } from '../command';
import { formatProblem } from '../../import';
import type { Problem } from '../../rules/outcome';
import { loadApplications } from '../load-applications';
import { policyFromOption } from '../policy-option';
import { formatTable } from '../text-table';
import { parseCommandArgs } from '../parse-command-args';

const usage = `Gebruik: zk toets <bestand|map>… [--json] [--beleid beleid.json]

Toetst aanvragen aan Bijlage 1 (K1–K11), de kernregio, de looptijd, de uitsluitingen, de
verplichte elementen, de businesscase en de dekking van de begroting. Onder de tabel staat per
toets waar de regel vandaan komt: een bron (citaat met plaats), een keuze van het team of hulp
voor de beoordelaar. Leest JSON (één aanvraag of een lijst), CSV, Excel
(.xlsx) en Word-formulieren (Bijlage 3, .docx); een map wordt gelezen als alle zulke bestanden
erin. Meldingen over de invoer komen op stderr; een onleesbaar bestand geeft uitgangscode 2,
de andere bestanden worden wel getoetst.

  --json            een JSON-lijst van {"id","status","regio","checks":[{"id","status","reden",
                    "knockout","herkomst","bevindingen"}]}: de bevindingen zijn de gegevens
                    waar de reden uit gemaakt is, de herkomst zegt waar de regel vandaan komt
  --beleid <pad>    een eigen beleid (JSON) in plaats van samenwerken-2021

Voorbeeld: zk toets samples/aanvragen`;

const MARK: Record<CheckStatus, string> = { voldoet: '✓', 'voldoet niet': '✗', onbekend: '?' };

function table(results: EligibilityResult[]): string {
  const ids = results.length ? reportedChecks(results[0]).map((c) => c.id) : [];
  const rows = results.map((r) => {
    const byId = new Map(reportedChecks(r).map((c) => [c.id, c]));
    const mark = (id: string) => {
      const c = byId.get(id);
      if (!c) return '';
      // * = provisional: an assessor still confirms this (K5–K7, look-alike exclusions).
      return MARK[c.status] + (c.beoordelaarNodig && !c.override ? '*' : '');
    };
    return [r.id, r.status, r.regio ?? '-', ...ids.map(mark)];
  });
  const details = results
    // A geschikt application is listed too when a warning (a check that is no knock-out) is not met.
    .filter((r) => r.status !== 'geschikt' || r.checks.some((c) => !c.knockout && c.status !== 'voldoet'))
    .map((r) => {
      const lines = reportedChecks(r)
        .filter((c) => c.status !== 'voldoet' && !c.herhaaltVan)
        .map((c) => `  ${c.id} ${c.status}${c.knockout ? '' : ' (waarschuwing)'}: ${c.reden} [${origins(c).join('; ')}]`);
      return [`${r.id} (${r.status}):`, ...lines].join('\n');
    });
  const first = results.length ? reportedChecks(results[0]) : [];
  const herkomst = first.map((c) => [c.id, renderHerkomst(c.herkomst), c.knockout ? 'knock-out' : 'waarschuwing']);
  return [
    formatTable(['Aanvraag', 'Uitslag', 'Regio', ...ids], rows),
    '',
    'Legenda: ✓ voldoet, ✗ voldoet niet, ? onbekend, * een beoordelaar bevestigt',
    ...(details.length ? ['', ...details] : []),
    ...(herkomst.length ? ['', 'Herkomst van de regels:', formatTable(['Toets', 'Herkomst', 'Soort'], herkomst)] : []),
  ].join('\n');
}

/** The check's origin, and any other origin one of its findings was decided by (a signal, a team setting). */
function origins(c: CheckResult): string[] {
  const all: Herkomst[] = [c.herkomst, ...c.bevindingen.flatMap((b) => (b.herkomst ? [b.herkomst] : []))];
  return [...new Set(all.map((h) => renderHerkomst(h)))];
}

/** A whole file that could not be read (missing, not JSON, too large…), as opposed to a wrong value in it. */
function isFileRefusal(p: Problem): boolean {
  return p.plaats === 'bestand' && p.ernst !== 'waarschuwing';
}

export const toetsCommand: Command = {
  name: 'toets',
  aliases: ['check'],
  summary: 'aanvragen toetsen aan Bijlage 1, kernregio, looptijd, uitsluitingen en businesscase',
  usage,
  async run(args, io) {
    const parsed = parseCommandArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, beleid: { type: 'string' } } }, usage);
    if (parsed.positionals.length === 0) throw new CliError(`geef minstens één bestand of map op.\n${usage}`);
    const policy = policyFromOption(parsed.values.beleid, io.cwd);
    const { applications, problems, unreadable } = await loadApplications(parsed.positionals, io.cwd);
    const refusal = (p: Problem) => isFileRefusal(p) || (unreadable.includes(p.bestand) && p.plaats === 'kopregel');
    for (const p of problems) {
      if (refusal(p)) io.err(`zk toets: kan '${p.bestand}' niet lezen: ${p.melding}\n`);
      else io.err(`${p.bestand} ${formatProblem(p)}\n`);
    }
    const exitCode = unreadable.length || problems.some(isFileRefusal) ? 2 : 0;
    if (exitCode && applications.length) io.err(`zk toets: ${Math.max(unreadable.length, 1) === 1 ? 'een bestand' : `${unreadable.length} bestanden`} niet te lezen; ${applications.length} aanvra${applications.length === 1 ? 'ag' : 'gen'} uit de andere bestanden getoetst\n`);
    if (!applications.length && exitCode) return exitCode;
    const results = applications.map((application) => evaluateEligibility(application, policy));
    if (parsed.values.json) {
      const json = results.map((r) => ({
        id: r.id,
        status: r.status,
        regio: r.regio,
        checks: reportedChecks(r).map((c) => ({ id: c.id, status: c.status, reden: c.reden, knockout: c.knockout, herkomst: c.herkomst, bevindingen: c.bevindingen })),
      }));
      io.out(JSON.stringify(json, null, 2) + '\n');
      return exitCode;
    }
    io.out(applications.length ? table(results) + '\n' : 'geen aanvragen gevonden\n');
    return exitCode;
  },
};
