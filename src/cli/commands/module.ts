import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseBiBytes } from '../../import/bi';
import { MAX_BI_FILE_BYTES } from '../../import/limits';
import { readModuleFiles, type ModuleImport, type ModuleTableKind } from '../../import/modules';
import { formatProblem } from '../../import/result';
import { computeBehandelIndex, settingsFromRule, type BiResult } from '../../rules/bi/behandelindex';
import { loadTeamModulePolicy } from '../../rules/modules/load';
import type { ModulePolicy } from '../../rules/modules/policy-schema';
import { checkVerdiepenSpecialiseren } from '../../rules/modules/verdiepen-specialiseren';
import { checkVoortdurendVerbeteren } from '../../rules/modules/voortdurend-verbeteren';
import type { Problem } from '../../rules/outcome';
import { VERDIEPEN_SPECIALISEREN_2024 } from '../../rules/policies/verdiepen-specialiseren-2024';
import { VOORTDUREND_VERBETEREN_MODULE_2024 } from '../../rules/policies/voortdurend-verbeteren-2024';
import { CliError, type CliIo, type Command } from '../command';
import { renderLetterDocx } from '../../report/letter-docx';
import { MODULE_WRITERS, moduleLetters, type ModuleOutputContext, type ModuleRun } from '../module-output';
import { vsJson, vsText, vvJson, vvText } from '../module-report';
import { readInputBytes, readJsonInput } from '../read-input';
import { parseCommandArgs } from '../parse-command-args';

const VV = VOORTDUREND_VERBETEREN_MODULE_2024;
const VS = VERDIEPEN_SPECIALISEREN_2024;

const usage = `Gebruik: zk module vv <praktijken> [<therapeuten>] --bi <bi-bestand> --contractjaar <jaar> [--maand JJJJ-MM] [--json] [-o uitvoer]
       zk module vs <therapeuten> [<praktijken>] [--json] [-o uitvoer]

vv  Toetst elke praktijk aan de voorwaarden van de overeenkomst en de module Voortdurend
    Verbeteren (${VV.naam}), met de BehandelIndex van contractjaar − ${VV.behandelIndex?.referentiejaarVerschil ?? 2}
    als één gekoppelde rij (op AGB-code).
vs  Toont per praktijk voor welke patiëntengroepen (Parkinson, PAV, COPD, bekkenbodem, oedeem en
    lymfe) zij onder de module Verdiepen & Specialiseren zorg levert, en door wie.

<praktijken>, <therapeuten>  CSV (; of ,) of .xlsx; of één werkmap met de bladen Praktijken en
                       Therapeuten (zk template --module vv maakt het sjabloon)
--bi <bestand>         BehandelIndex-bestand (als bij zk bi), met het jaar contractjaar − 2
--contractjaar <jaar>  verplicht bij vv: 2024 of 2025
--maand <JJJJ-MM>      maand van instroom; peildatum is de eerste dag (standaard januari van het contractjaar)
--json                 resultaat als JSON (zie docs/modules.md)
-o, --uitvoer <bestand>  .json, .xlsx (werkmap) of .docx (brief)
--brieven <map>        een brief (.docx) per praktijk die niet aan alle voorwaarden voldoet
--beleid <json>        eigen modulebeleid (JSON, zie docs/modules.md) in plaats van het ingebouwde;
                       een bestand met alleen "keuzes" wijzigt de keuzes van het team

Exitcode 0: alles gelezen (ook als praktijken niet voldoen); 1: waarden of rijen niet gelezen
(meldingen op stderr); 2: onleesbare invoer of verkeerd gebruik.`;

interface Options {
  module: 'vv' | 'vs';
  bestanden: string[];
  bi?: string;
  contractjaar?: number;
  maand?: string;
  json: boolean;
  uitvoer?: string;
  beleid?: string;
  brieven?: string;
}

function fail(message: string): never {
  throw new CliError(`${message}\n\n${usage}`);
}

function parseOptions(args: string[]): Options {
  const parsed = parseCommandArgs(
    {
      args,
      allowPositionals: true,
      options: {
        bi: { type: 'string' },
        contractjaar: { type: 'string' },
        maand: { type: 'string' },
        json: { type: 'boolean', default: false },
        uitvoer: { type: 'string', short: 'o' },
        beleid: { type: 'string' },
        brieven: { type: 'string' },
      },
    },
    usage,
  );
  const { values, positionals } = parsed;
  const [module, ...bestanden] = positionals;
  if (module !== 'vv' && module !== 'vs') return fail(module ? `onbekende module '${module}'; kies vv of vs.` : 'geef de module op: vv of vs.');
  if (bestanden.length < 1 || bestanden.length > 2) return fail('geef één of twee invoerbestanden op.');
  let contractjaar: number | undefined;
  if (values.contractjaar !== undefined) {
    contractjaar = Number(values.contractjaar);
    if (!Number.isInteger(contractjaar) || contractjaar < 1900 || contractjaar > 2100) return fail(`--contractjaar '${values.contractjaar}' is geen jaartal.`);
  }
  if (module === 'vv' && contractjaar === undefined) return fail('--contractjaar ontbreekt.');
  if (module === 'vv' && values.bi === undefined) return fail('--bi ontbreekt: de BehandelIndex is een van de voorwaarden.');
  if (values.maand !== undefined) {
    const m = /^(\d{4})-(\d{2})$/.exec(values.maand);
    if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return fail(`--maand '${values.maand}' is ongeldig; verwacht JJJJ-MM, bijvoorbeeld 2025-03.`);
    if (contractjaar !== undefined && Number(m[1]) !== contractjaar) return fail(`--maand ${values.maand} ligt niet in contractjaar ${contractjaar}.`);
    if (contractjaar === undefined) contractjaar = Number(m[1]);
  }
  if (values.uitvoer !== undefined && !/\.(json|xlsx|docx)$/i.test(values.uitvoer)) return fail(`-o '${values.uitvoer}': kies een bestand op .json, .xlsx of .docx.`);
  return {
    module,
    bestanden,
    ...(values.bi !== undefined ? { bi: values.bi } : {}),
    ...(contractjaar !== undefined ? { contractjaar } : {}),
    ...(values.maand !== undefined ? { maand: values.maand } : {}),
    json: values.json,
    ...(values.uitvoer !== undefined ? { uitvoer: values.uitvoer } : {}),
    ...(values.beleid !== undefined ? { beleid: values.beleid } : {}),
    ...(values.brieven !== undefined ? { brieven: values.brieven } : {}),
  };
}

function loadPolicy(cwd: string, name: string | undefined, builtIn: ModulePolicy): ModulePolicy {
  if (name === undefined) return builtIn;
  const { json } = readJsonInput(name, cwd, 'beleid');
  const { policy, problems } = loadTeamModulePolicy(builtIn, json, name);
  if (!policy) throw new CliError(`beleid '${name}' klopt niet: ${problems.map((p) => p.melding).join('; ')}.`);
  return policy;
}

/** Reads the input files; an unreadable one stops the command (exit 2) before anything is written. */
async function readInputs(options: Options, cwd: string): Promise<{ input: ModuleImport; names: string[] }> {
  const order: ModuleTableKind[] = options.module === 'vv' ? ['praktijken', 'therapeuten'] : ['therapeuten', 'praktijken'];
  const files = options.bestanden.map((file, i) => ({ ...readInputBytes(file, cwd, order[i] === 'praktijken' ? 'praktijkbestand' : 'therapeutenbestand'), verwacht: order[i]! }));
  const input = await readModuleFiles(files);
  if (!input.leesbaar) {
    const why = input.problemen.filter((p) => p.ernst !== 'waarschuwing').map((p) => `${p.bestand}: ${formatProblem(p)}`);
    throw new CliError(`kan de invoer niet lezen:\n  ${why.join('\n  ')}`);
  }
  return { input, names: files.map((f) => f.bestand) };
}

async function readBi(options: Options, policy: ModulePolicy, cwd: string): Promise<{ bi: BiResult; problemen: Problem[]; bestand: string }> {
  const { bestand, bytes } = readInputBytes(options.bi!, cwd, 'BehandelIndex-bestand', { maxBytes: MAX_BI_FILE_BYTES });
  const parsed = await parseBiBytes(bytes, { bestand });
  if (!parsed.leesbaar) {
    const why = parsed.problemen.filter((p) => p.ernst !== 'waarschuwing').map((p) => formatProblem(p));
    throw new CliError(`kan BehandelIndex-bestand '${bestand}' niet lezen: ${why.join('\n  ')}`);
  }
  const rule = policy.behandelIndex ?? VV.behandelIndex!;
  const bi = computeBehandelIndex(parsed.rows, settingsFromRule(rule, { contractjaar: options.contractjaar! }), bestand);
  return { bi, problemen: [...parsed.problemen, ...bi.problemen], bestand };
}

async function writeOutput(target: string, run: ModuleRun, json: unknown, context: Parameters<NonNullable<(typeof MODULE_WRITERS)['xlsx']>>[1], io: CliIo, quiet: boolean): Promise<void> {
  const extension = target.toLowerCase().endsWith('.json') ? 'json' : target.toLowerCase().endsWith('.docx') ? 'docx' : 'xlsx';
  let bytes: Uint8Array | string;
  if (extension === 'json') bytes = JSON.stringify(json, null, 2) + '\n';
  else {
    const writer = MODULE_WRITERS[extension];
    if (!writer) throw new CliError(`-o ${target}: het schrijven van een ${extension === 'xlsx' ? 'werkmap (.xlsx)' : 'brief (.docx)'} voor de modules is nog niet beschikbaar; gebruik -o bestand.json.`);
    bytes = await writer(run, context);
  }
  try {
    await writeFile(resolve(io.cwd, target), bytes);
  } catch (error) {
    throw new CliError(`kan '${target}' niet schrijven: ${error instanceof Error ? error.message : String(error)}.`);
  }
  (quiet ? io.err : io.out)(`Geschreven: ${target}\n`);
}

/** One letter per practice that does not meet every condition, as `<AGB>-<module>-voorwaarden.docx` in `folder`. */
async function writeLetters(folder: string, run: ModuleRun, context: ModuleOutputContext, io: CliIo, quiet: boolean): Promise<void> {
  const letters = moduleLetters(run, context);
  const dir = resolve(io.cwd, folder);
  try {
    await mkdir(dir, { recursive: true });
    for (const letter of letters) await writeFile(resolve(dir, letter.bestandsnaam), await renderLetterDocx(letter));
  } catch (error) {
    throw new CliError(`kan de brieven niet in '${folder}' schrijven: ${error instanceof Error ? error.message : String(error)}.`);
  }
  (quiet ? io.err : io.out)(`Brieven: ${letters.length} in ${folder}\n`);
}

/** Exit 1 and a line on stderr when values or rows were not read; the result still stands. */
function finish(problemen: readonly Problem[], io: CliIo): number {
  const wrong = problemen.filter((p) => p.ernst !== 'waarschuwing');
  if (!wrong.length) return 0;
  const files = [...new Set(wrong.map((p) => p.bestand).filter(Boolean))];
  io.err(`zk module: ${wrong.length} ${wrong.length === 1 ? 'melding' : 'meldingen'} over waarden of rijen die niet zijn gelezen (ze tellen als onbekend) in ${files.map((f) => `'${f}'`).join(', ')}\n`);
  return 1;
}

export const moduleCommand: Command = {
  name: 'module',
  aliases: ['modules'],
  summary: 'modules Voortdurend Verbeteren en Verdiepen & Specialiseren per praktijk: alle voorwaarden met reden en herkomst',
  usage,
  async run(args, io) {
    const options = parseOptions(args);
    const tijdstip = new Date().toISOString();
    if (options.module === 'vv') {
      const policy = loadPolicy(io.cwd, options.beleid, VV);
      const { input, names } = await readInputs(options, io.cwd);
      const bi = await readBi(options, policy, io.cwd);
      const contractjaar = options.contractjaar!;
      const peildatum = `${options.maand ?? `${contractjaar}-01`}-01`;
      const run = checkVoortdurendVerbeteren(input.praktijken, input.therapeuten, bi.bi, policy, { contractjaar, peildatum });
      const problemen = [...input.problemen, ...bi.problemen, ...run.problemen];
      const json = vvJson(run, policy, problemen);
      const bestanden = [...names, bi.bestand];
      io.out(options.json ? JSON.stringify(json, null, 2) + '\n' : vvText(run, policy, bestanden.join(', '), problemen));
      const context = { policy, bestanden, problemen, tijdstip, praktijken: input.praktijken, therapeuten: input.therapeuten };
      if (options.uitvoer) await writeOutput(options.uitvoer, run, json, context, io, options.json);
      if (options.brieven) await writeLetters(options.brieven, run, context, io, options.json);
      return finish(problemen, io);
    }
    const policy = loadPolicy(io.cwd, options.beleid, VS);
    const { input, names } = await readInputs(options, io.cwd);
    const contractjaar = options.contractjaar ?? Number(policy.looptijd.van.slice(0, 4));
    const peildatum = `${options.maand ?? `${contractjaar}-01`}-01`;
    const run = checkVerdiepenSpecialiseren(input.therapeuten, policy, { contractjaar, peildatum, ...(input.praktijken.length ? { praktijken: input.praktijken } : {}) });
    const problemen = [...input.problemen, ...run.problemen];
    const json = vsJson(run, policy, problemen);
    io.out(options.json ? JSON.stringify(json, null, 2) + '\n' : vsText(run, policy, names.join(', '), problemen));
    const context = { policy, bestanden: names, problemen, tijdstip, praktijken: input.praktijken, therapeuten: input.therapeuten };
    if (options.uitvoer) await writeOutput(options.uitvoer, run, json, context, io, options.json);
    if (options.brieven) await writeLetters(options.brieven, run, context, io, options.json);
    return finish(problemen, io);
  },
};
