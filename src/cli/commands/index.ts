import type { Command } from '../command';

/**
 * Every `zk` sub-command, one line each. The command's module is loaded only when it runs (or
 * when its usage is asked for), so `zk help` or `zk regio` never loads exceljs, mammoth or docx.
 * Name, aliases and summary are repeated here so the overview needs no module;
 * test/cli/commands.test.ts holds them equal to the command's own.
 */
export interface CommandEntry {
  name: string;
  aliases?: string[];
  summary: string;
  load: () => Promise<Command>;
}

export const COMMANDS: CommandEntry[] = [
  {
    name: 'import',
    aliases: ['inlezen'],
    summary: 'aanvragen inlezen uit JSON, CSV, Excel of Word, met een lijst van problemen',
    load: async () => (await import('./import')).importCommand,
  },
  {
    name: 'template',
    aliases: ['sjabloon'],
    summary: 'lege importwerkmap (of CSV) met uitleg per kolom',
    load: async () => (await import('./template')).templateCommand,
  },
  {
    name: 'regio',
    aliases: ['region'],
    summary: 'kernregio van een of meer gemeenten opzoeken',
    load: async () => (await import('./regio')).regioCommand,
  },
  {
    name: 'toets',
    aliases: ['check'],
    summary: 'aanvragen toetsen aan Bijlage 1, kernregio, looptijd, uitsluitingen en businesscase',
    load: async () => (await import('./toets')).toetsCommand,
  },
  {
    name: 'rangschik',
    aliases: ['rank'],
    summary: 'geschikte aanvragen rangschikken op hun scores en de top 6 kiezen',
    load: async () => (await import('./rangschik')).rangschik,
  },
  {
    name: 'selectie',
    aliases: ['select'],
    summary: 'selectiewerkmap (.xlsx) en besluitbrieven (.docx) schrijven',
    load: async () => (await import('./selectie')).selectie,
  },
  {
    name: 'beoordeling',
    aliases: ['scoring'],
    summary: 'persoonlijke scorebestanden uitdelen aan de beoordelaars en ingevuld weer inlezen',
    load: async () => (await import('./beoordeling')).beoordeling,
  },
  {
    name: 'overleg',
    aliases: ['consensusoverleg'],
    summary: 'onenigheid tussen beoordelaars naast elkaar, met het gevolg van een consensusscore voor de top 6',
    load: async () => (await import('./overleg')).overleg,
  },
  {
    name: 'bi',
    aliases: ['behandelindex'],
    summary: 'BehandelIndex: drempel (6e deciel) en wie voldoet, uit een CSV- of Excel-bestand',
    load: async () => (await import('./bi')).biCommand,
  },
  {
    name: 'module',
    aliases: ['modules'],
    summary: 'modules Voortdurend Verbeteren en Verdiepen & Specialiseren per praktijk: alle voorwaarden met reden en herkomst',
    load: async () => (await import('./module')).moduleCommand,
  },
  {
    name: 'demo',
    summary: 'hele procedure op samples/: toetsing, scores, ranglijst, werkmap en brieven in out/',
    load: async () => (await import('./demo')).demo,
  },
];
