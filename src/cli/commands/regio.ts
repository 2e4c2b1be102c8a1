import { describeResolution, resolveLocation } from '../../rules/regions';
import { CliError, type Command } from '../command';
import { parseCommandArgs } from '../parse-command-args';
import { policyFromOption } from '../policy-option';
import { formatTable } from '../text-table';

const usage = `Gebruik: zk regio <gemeente|plaats|postcode>… [--json] [--beleid beleid.json]

Zoekt per gemeente, woonplaats of postcode (4 cijfers) de kernregio op (Bijlage 2).
Eén regel per invoer: waarop die herkend is (gemeente, plaats of postcode), en
kernregio, buiten de kernregio's, of onbekend (dubbelzinnig, met de kandidaten,
of onbekend, met suggesties).

  --json            een JSON-lijst van {"invoer","soort","status","regio","gemeente","kandidaten"}
  --beleid <pad>    een eigen beleid (JSON) in plaats van samenwerken-2021

Voorbeeld: zk regio Houten "Capelle a/d IJssel" Zaandam 1381 Rozenburg Utreht`;

export const regioCommand: Command = {
  name: 'regio',
  aliases: ['region'],
  summary: 'kernregio van een of meer gemeenten opzoeken',
  usage,
  async run(args, io) {
    const parsed = parseCommandArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, beleid: { type: 'string' } } }, usage);
    if (parsed.positionals.length === 0) throw new CliError(`geef minstens één gemeente, plaats of postcode op.\n${usage}`);
    const policy = policyFromOption(parsed.values.beleid, io.cwd);
    const results = parsed.positionals.map((name) => resolveLocation(name, policy));
    if (parsed.values.json) {
      io.out(JSON.stringify(results.map(({ invoer, soort, status, regio, gemeente, kandidaten }) => ({ invoer, soort, status, regio, gemeente, kandidaten: kandidaten.map((k) => ({ gemeente: k.gemeente, status: k.status, regio: k.regio })) })), null, 2) + '\n');
      return 0;
    }
    const label = { kernregio: 'kernregio', buiten: 'buiten', onbekend: 'onbekend' } as const;
    const rows = results.map((r) => [r.invoer, r.soort ?? '', label[r.status], r.regio ?? '', describeResolution(r)]);
    io.out(formatTable(['Invoer', 'Herkend als', 'Status', 'Regio', 'Toelichting'], rows) + '\n');
    return 0;
  },
};
