import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseBiBytes } from '../../import/bi';
import { buildBiWorkbook } from '../../report/bi-workbook';
import { biXlsx } from '../../report/workbook-charts';
import { computeBehandelIndex, settingsFromRule, type BiResult, type BiSettingOverrides } from '../../rules/bi/behandelindex';
import { formatDutch } from '../../rules/bi/messages';
import type { PercentileMethod } from '../../rules/bi/percentile';
import type { Problem } from '../../rules/outcome';
import { policySchema, type Policy } from '../../rules/policy';
import { VOORTDUREND_VERBETEREN_2024 } from '../../rules/policies/voortdurend-verbeteren-2024';
import { CliError, type CliIo, type Command } from '../command';
import { MAX_BI_FILE_BYTES } from '../../import/limits';
import { readInputBytes, readJsonInput } from '../read-input';
import { parseCommandArgs } from '../parse-command-args';

const POLICY = VOORTDUREND_VERBETEREN_2024;
const RULE = POLICY.behandelIndex!;
const METHODS: readonly PercentileMethod[] = ['inc', 'exc', 'nearest'];

const usage = `Gebruik: zk bi <bestand> --contractjaar <jaar> [opties]

Toetst de BehandelIndex aan het ${RULE.deciel}e deciel (${POLICY.naam}):
"De Behandelindex is kleiner dan of gelijk aan de waarde van het 6e deciel."
"Voor het jaar 2024 wordt gekeken naar de B.I. in 2022 en voor 2025 is dat 2023."

<bestand>              CSV (; of , met decimale komma of punt) of .xlsx met kolommen
                       AGB-code, praktijknaam, jaar, BehandelIndex [, aantal patiënten, BI-ondergrens]
--contractjaar <jaar>  verplicht; referentiejaar = contractjaar − ${RULE.referentiejaarVerschil}
--deciel <1-9>         standaard ${RULE.deciel}
--methode <m>          inc (standaard, als PERCENTILE.INC), exc of nearest
--ondergrens           beoordeel op de ondergrens van het betrouwbaarheidsinterval
--min-patienten <n>    standaard ${RULE.minPatienten}; minder patiënten = onbekend
--json                 resultaat als JSON
-o, --uitvoer <xlsx>   schrijf een werkmap (BehandelIndex, Samenvatting, Problemen)
--beleid <json>        eigen beleid (JSON met een behandelIndex-regel) in plaats van ${POLICY.id}`;

function integerOption(raw: string | undefined, name: string, min: number, max: number): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new CliError(`--${name} '${raw}' is ongeldig; verwacht een geheel getal van ${min} tot en met ${max}.\n\n${usage}`);
  return value;
}

function parseOptions(args: string[]) {
  const parsed = parseCommandArgs(
    {
      args,
      allowPositionals: true,
      options: {
        contractjaar: { type: 'string' },
        deciel: { type: 'string' },
        methode: { type: 'string' },
        ondergrens: { type: 'boolean', default: false },
        'min-patienten': { type: 'string' },
        json: { type: 'boolean', default: false },
        uitvoer: { type: 'string', short: 'o' },
        beleid: { type: 'string' },
      },
    },
    usage,
  );
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new CliError(`geef precies één bestand op.\n\n${usage}`);
  const contractjaar = integerOption(values.contractjaar, 'contractjaar', 1900, 2100);
  if (contractjaar === undefined) throw new CliError(`--contractjaar ontbreekt.\n\n${usage}`);
  const methode = values.methode?.toLowerCase();
  if (methode !== undefined && !METHODS.includes(methode as PercentileMethod)) {
    throw new CliError(`--methode '${values.methode}' is onbekend; kies inc, exc of nearest.\n\n${usage}`);
  }
  return {
    bestand: positionals[0],
    overrides: {
      contractjaar,
      deciel: integerOption(values.deciel, 'deciel', 1, 9),
      methode: methode as PercentileMethod | undefined,
      minPatienten: integerOption(values['min-patienten'], 'min-patienten', 0, 1_000_000),
      opOndergrens: values.ondergrens,
    } satisfies BiSettingOverrides,
    json: values.json,
    uitvoer: values.uitvoer,
    beleid: values.beleid,
  };
}

/** The JSON shape the issue fixes: exactly these keys. */
export function biJson(result: BiResult) {
  return {
    referentiejaar: result.referentiejaar,
    methode: result.methode,
    deciel: result.deciel,
    drempel: result.drempel,
    decielgrenzen: result.decielgrenzen,
    aantallen: result.aantallen,
    praktijken: result.praktijken.map((p) => ({ agb: p.agb, naam: p.naam, bi: p.bi, deciel: p.deciel, status: p.status })),
  };
}

const count = (n: number) => n.toLocaleString('nl-NL');
const MAX_PROBLEMS_SHOWN = 25;

function humanReport(policy: Policy, result: BiResult, bestand: string, rowCount: number, problems: readonly Problem[]): string {
  const lines = [
    `BehandelIndex — ${policy.naam} (${policy.id}, versie ${policy.versie})`,
    `Bestand:         ${bestand} (${count(rowCount)} rijen gelezen)`,
    `Contractjaar:    ${result.contractjaar} → referentiejaar ${result.referentiejaar}`,
    `Methode:         ${result.methodeLabel}`,
    `Populatie:       ${count(result.populatie)} praktijken met een BI${result.minPatienten > 0 ? ` en ten minste ${result.minPatienten} patiënten` : ''}`,
    `Decielgrenzen:   ${result.decielgrenzen ? result.decielgrenzen.map((v, i) => `P${(i + 1) * 10} ${formatDutch(v)}`).join(' · ') : 'niet te berekenen'}`,
    `Drempel:         ${result.drempel === null ? 'niet te berekenen' : formatDutch(result.drempel)} (waarde van het ${result.deciel}e deciel; beoordeeld op ${result.beoordeeldOp === 'ondergrens' ? 'de ondergrens' : 'de BehandelIndex'})`,
    `Voldoet:         ${count(result.aantallen.voldoet)}`,
    `Voldoet niet:    ${count(result.aantallen.voldoetNiet)}`,
    `Onbekend:        ${count(result.aantallen.onbekend)}`,
    `Problemen:       ${problems.length === 0 ? 'geen' : count(problems.length)}`,
    ...problems.slice(0, MAX_PROBLEMS_SHOWN).map((p) => `  ${p.ernst === 'waarschuwing' ? 'waarschuwing' : 'fout'} · ${p.plaats} · ${p.veld || '-'}: ${p.melding}`),
  ];
  if (problems.length > MAX_PROBLEMS_SHOWN) lines.push(`  … en nog ${count(problems.length - MAX_PROBLEMS_SHOWN)} (alle problemen staan in de werkmap van -o, blad Problemen)`);
  return lines.join('\n') + '\n';
}


/** zod's English issue text in Dutch, for the few kinds a policy file runs into. */
function dutchIssue(zodIssue: { code: string; message: string }): string {
  const issue = zodIssue as { code: string; message: string } & Record<string, unknown>;
  switch (issue.code) {
    case 'too_big':
      return `te groot (hoogstens ${String(issue.maximum)})`;
    case 'too_small':
      return `te klein (minstens ${String(issue.minimum)})`;
    case 'invalid_type':
      return `verkeerd soort waarde (verwacht ${String(issue.expected)})`;
    case 'invalid_value':
      return `ongeldige waarde (kies uit ${(issue.values as unknown[] | undefined)?.map(String).join(', ') ?? '?'})`;
    default:
      return `ongeldig (${issue.message})`;
  }
}

/** The built-in policy, or a team's own JSON (docs/ontwerp.md); it must have a BI rule. */
async function loadPolicy(cwd: string, name: string | undefined): Promise<Policy & { behandelIndex: NonNullable<Policy['behandelIndex']> }> {
  if (name === undefined) return { ...POLICY, behandelIndex: RULE };
  const { json } = readJsonInput(name, cwd, 'beleid');
  const parsed = policySchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(hoofdniveau)'}: ${dutchIssue(i)}`).join('; ');
    throw new CliError(`beleid '${name}' klopt niet: ${issues}.`);
  }
  if (!parsed.data.behandelIndex) throw new CliError(`beleid '${name}' heeft geen regel 'behandelIndex'.`);
  return { ...parsed.data, behandelIndex: parsed.data.behandelIndex };
}

export const biCommand: Command = {
  name: 'bi',
  aliases: ['behandelindex'],
  summary: 'BehandelIndex: drempel (6e deciel) en wie voldoet, uit een CSV- of Excel-bestand',
  usage,
  async run(args: string[], io: CliIo): Promise<number> {
    const options = parseOptions(args);
    const policy = await loadPolicy(io.cwd, options.beleid);
    const { bestand, bytes } = readInputBytes(options.bestand, io.cwd, 'BehandelIndex-bestand', { maxBytes: MAX_BI_FILE_BYTES });
    const parsed = await parseBiBytes(bytes, { bestand });
    if (!parsed.leesbaar) {
      const why = parsed.problemen.filter((p) => p.ernst !== 'waarschuwing').map((p) => (p.plaats === 'bestand' ? p.melding : `${p.plaats}${p.veld ? ` (${p.veld})` : ''}: ${p.melding}`));
      throw new CliError(`kan BehandelIndex-bestand '${bestand}' niet lezen: ${why.join('\n  ')}`);
    }
    const result = computeBehandelIndex(parsed.rows, settingsFromRule(policy.behandelIndex, options.overrides), options.bestand);
    const problems = [...parsed.problemen, ...result.problemen];
    io.out(options.json ? JSON.stringify(biJson(result), null, 2) + '\n' : humanReport(policy, result, options.bestand, parsed.rows.length, problems));
    if (options.uitvoer) {
      const target = resolve(io.cwd, options.uitvoer);
      const workbook = buildBiWorkbook(result, {
        beleid: policy,
        criteria: policy.criteria.map((c) => c.tekst),
        bestand: options.bestand,
        problemen: parsed.problemen,
        tijdstip: new Date().toISOString(),
      });
      try {
        await writeFile(target, await biXlsx(workbook, result));
      } catch (error) {
        throw new CliError(`kan '${options.uitvoer}' niet schrijven: ${error instanceof Error ? error.message : String(error)}.`);
      }
      (options.json ? io.err : io.out)(`Werkmap geschreven: ${options.uitvoer}\n`);
    }
    // Rows or values left out for an error: the result stands, but not all input was read (exit 1).
    const total = parsed.aantalRijen ?? parsed.rows.length;
    const wrong = problems.filter((p) => p.ernst !== 'waarschuwing').length;
    if (wrong) io.err(`zk bi: '${bestand}': ${count(parsed.rows.length)} van ${count(total)} rijen ingelezen; ${count(wrong)} ${wrong === 1 ? 'melding' : 'meldingen'} over rijen of waarden die niet meetellen\n`);
    return result.drempel === null || wrong ? 1 : 0;
  },
};
