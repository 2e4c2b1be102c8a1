import { type Command, CliError } from '../command';
import { parseCommandArgs } from '../parse-command-args';
import { handOutSummary, runHandOut } from '../hand-out';
import { readBackSummary, runReadBack } from '../read-back';
import { formatProblem } from '../selection-run';

const usage = `Gebruik: zk beoordeling uitdelen <aanvragen>… -o MAP [opties]
       zk beoordeling inlezen <bestand|map>… [-o scores.csv|scores.xlsx] [--json] [opties]

Onafhankelijk scoren: elke beoordelaar scoort in een eigen werkmap, zonder de scores van de anderen.

uitdelen   toetst de aanvragen en schrijft voor elke beoordelaar van het team één werkmap
           beoordeling-<rol>.xlsx met alleen de eigen scorerijen (geschikte aanvragen × onderdelen
           van de rubric), de gegevens van de aanvragen, de rubric en een uitleg. Een aanvraag
           waarbij de beoordelaar een belang meldde, staat niet in diens bestand.
inlezen    leest de ingevulde werkmappen terug en schrijft de scores als scorebestand voor
           zk rangschik en zk selectie. Een nieuwere versie van iemands bestand vervangt de
           vorige; de gewijzigde scores worden getoond. De volgorde van de bestanden doet niet ter zake.

Opties:
  -o, --uit MAP|BESTAND   uitdelen: de map voor de werkmappen; inlezen: scores.csv of scores.xlsx
  --beleid B.json         eigen beleid in plaats van samenwerken-2021 (rollen en rubric)
  --beoordelaars B.csv    wie welke rol vervult: kolommen rol, naam (.csv of .xlsx); zonder dit
                          bestand staat elke rol van het beleid voor één beoordelaar
  --belangen B.csv        belangenverklaringen (Aanvraag, Beoordelaar, Rol, Belang geen|conflict,
                          Reden, Tijdstip; .csv, .xlsx of .json)
  --overschrijvingen O.json  uitdelen: overschrijvingen van toetsen (zoals bij zk rangschik)
  --aanvragen MAP         inlezen: de aanvragen zoals ze nu zijn (herhaalbaar); een score op een
                          aanvraag die sinds het uitdelen is gewijzigd, telt dan niet mee
  --json                  inlezen: {"scores", "problemen", "vervangingen", "bestanden", "ontbrekend"}

Uitgangscodes: 0 gelukt; 1 gelezen, maar rijen of bestanden telden niet mee (zie de meldingen);
2 onleesbare invoer of verkeerd gebruik (er is niets geschreven).`;

const OPTIONS = {
  uit: { type: 'string', short: 'o' },
  beleid: { type: 'string' },
  beoordelaars: { type: 'string' },
  belangen: { type: 'string' },
  overschrijvingen: { type: 'string' },
  aanvragen: { type: 'string', multiple: true },
  json: { type: 'boolean' },
} as const;

const hasErrors = (problems: readonly { ernst?: string }[]) => problems.some((p) => p.ernst !== 'waarschuwing');

export const beoordeling: Command = {
  name: 'beoordeling',
  aliases: ['scoring'],
  summary: 'persoonlijke scorebestanden uitdelen aan de beoordelaars en ingevuld weer inlezen',
  usage,
  async run(args, io) {
    const [sub, ...rest] = args;
    const parsed = parseCommandArgs({ args: rest, allowPositionals: true, options: OPTIONS }, usage);
    const v = parsed.values;
    const tijdstip = new Date().toISOString();
    if (sub === 'uitdelen') {
      if (!parsed.positionals.length) throw new CliError(`geef een of meer aanvragen (bestand of map).\n${usage}`);
      if (!v.uit) throw new CliError(`geef met -o de map waarin de werkmappen komen.\n${usage}`);
      if (v.aanvragen || v.json) throw new CliError(`--aanvragen en --json horen bij inlezen.\n${usage}`);
      const run = await runHandOut({ aanvragen: parsed.positionals, uit: v.uit, beleid: v.beleid, beoordelaars: v.beoordelaars, belangen: v.belangen, overschrijvingen: v.overschrijvingen, tijdstip }, io.cwd);
      for (const p of run.problemen) io.err(formatProblem(p) + '\n');
      if (!run.bestanden.length) {
        io.err('zk beoordeling: geen geschikte aanvragen om uit te delen; er is niets geschreven.\n');
        return 1;
      }
      io.out(handOutSummary(run, io.cwd));
      return hasErrors(run.problemen) ? 1 : 0;
    }
    if (sub === 'inlezen') {
      if (!parsed.positionals.length) throw new CliError(`geef een of meer ingevulde scorebestanden of een map.\n${usage}`);
      if (v.overschrijvingen) throw new CliError(`--overschrijvingen hoort bij uitdelen.\n${usage}`);
      const run = await runReadBack({ bestanden: parsed.positionals, uit: v.uit, beleid: v.beleid, beoordelaars: v.beoordelaars, belangen: v.belangen, aanvragen: v.aanvragen, tijdstip }, io.cwd);
      for (const p of run.problemen) io.err(formatProblem(p) + '\n');
      if (v.json) {
        const { policy: _policy, ...json } = run;
        io.out(JSON.stringify(json, null, 2) + '\n');
      } else io.out(readBackSummary(run));
      return hasErrors(run.problemen) ? 1 : 0;
    }
    throw new CliError(`${sub ? `onbekende deelopdracht '${sub}'` : 'geef uitdelen of inlezen'}.\n${usage}`);
  },
};
