import { parseArgs } from 'node:util';
import { describeResolution, resolveMunicipality } from '../../rules/regions';
import { CliError, type Command } from '../command';
import { policyFromOption } from '../policy-option';
import { formatTable } from '../text-table';

const usage = `Gebruik: zk regio <gemeente>… [--json] [--beleid beleid.json]

Zoekt per gemeente de kernregio op (Bijlage 2). Eén regel per naam:
kernregio, buiten de kernregio's, of onbekend (met een suggestie).

  --json            een JSON-lijst van {"invoer","status","regio","gemeente"}
  --beleid <pad>    een eigen beleid (JSON) in plaats van samenwerken-2021

Voorbeeld: zk regio Houten "Capelle a/d IJssel" Bussum Eindhoven Utreht`;

export const regioCommand: Command = {
  name: 'regio',
  aliases: ['region'],
  summary: 'kernregio van een of meer gemeenten opzoeken',
  usage,
  async run(args, io) {
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, beleid: { type: 'string' } } });
    } catch (error) {
      throw new CliError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    }
    if (parsed.positionals.length === 0) throw new CliError(`geef minstens één gemeente op.\n${usage}`);
    const policy = policyFromOption(parsed.values.beleid, io.cwd);
    const results = parsed.positionals.map((name) => resolveMunicipality(name, policy));
    if (parsed.values.json) {
      io.out(JSON.stringify(results.map(({ invoer, status, regio, gemeente }) => ({ invoer, status, regio, gemeente })), null, 2) + '\n');
      return 0;
    }
    const label = { kernregio: 'kernregio', buiten: 'buiten', onbekend: 'onbekend' } as const;
    const rows = results.map((r) => [r.invoer, label[r.status], r.regio ?? '', describeResolution(r)]);
    io.out(formatTable(['Invoer', 'Status', 'Regio', 'Toelichting'], rows) + '\n');
    return 0;
  },
};
