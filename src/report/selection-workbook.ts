import type { Application } from '../rules/application';
import type { EligibilityResult } from '../rules/outcome';
import type { Policy } from '../rules/policy';
import type { ProcedureResult } from '../rules/ranking/procedure';
import type { Score } from '../rules/scoring/score';
import { formatDateLong, formatEuro } from '../rules/format';
import type { DecisionKind } from '../rules/ranking/decisions';
import { itemLabel } from '../rules/scoring/rubric-2021';
import { formatNumber } from '../rules/scoring/numbers';
import { type CellValue, DECISIONS, type SheetModel, type WorkbookModel, col } from './workbook-model';
import { besluitenSheet, teamSettingCells } from './team-decisions-sheet';

export interface SelectionReportInput {
  result: ProcedureResult;
  policy: Policy;
  aanvragen: readonly Application[];
  toetsing: readonly EligibilityResult[];
  scores: readonly Score[];
  /** ISO timestamp of the run, passed in. */
  tijdstip: string;
}


/** The selection workbook: Selectie, Besluiten, Toetsing, Scores, Aggregatie, Gevoeligheid, Audit, Instellingen. */
export function buildSelectionWorkbook(input: SelectionReportInput): WorkbookModel {
  const { policy, tijdstip } = input;
  return {
    titel: `Selectie ${input.result.beleid.naam}`,
    maker: 'ZK Beoordeling',
    gemaakt: tijdstip,
    afdruk: {
      links: `Zilveren Kruis · ${policy.naam} (versie ${policy.versie})`,
      rechts: `Besluit ${formatDateLong(policy.besluitDatum ?? tijdstip.slice(0, 10))} · gemaakt ${formatDateLong(tijdstip.slice(0, 10))}`,
    },
    bladen: [selectieSheet(input), besluitenSheet(input.result, input.aanvragen), toetsingSheet(input), scoresSheet(input), aggregatieSheet(input), gevoeligheidSheet(input), auditSheet(input), instellingenSheet(input)],
  };
}

const DECISION_CELLS: Record<DecisionKind, string> = {
  geselecteerd: DECISIONS.geselecteerd.label,
  nietGeselecteerd: DECISIONS.nietGeselecteerd.label,
  nietVolledigBeoordeeld: DECISIONS.nietGerangschikt.label,
  besluitNodig: DECISIONS.besluitNodig.label,
  aanvullingGevraagd: DECISIONS.aanvullingGevraagd.label,
  afgewezenOnvolledig: DECISIONS.afgewezenOnvolledig.label,
  afgewezen: DECISIONS.afgewezen.label,
};

function selectieSheet({ result, aanvragen, toetsing }: SelectionReportInput): SheetModel {
  const apps = new Map(aanvragen.map((a) => [a.id, a]));
  const regio = (id: string) => toetsing.find((r) => r.id === id)?.regio ?? null;
  const ranked = new Map(result.ranglijst.map((e) => [e.id, e]));
  const items = result.rubric.items;
  const n = result.instellingen.n;
  const kolommen = [
    col('Plaats', 'geheel', 8),
    col('Aanvraag', 'tekst', 12),
    col('Naam initiatief', 'tekst', 42),
    col('Naam samenwerkingsverband', 'tekst', 42),
    col('Kernregio', 'tekst', 20),
    col('Gevraagd bedrag', 'euro', 16),
    col('Totaalscore', 'score', 12),
    ...items.map((i) => col(itemLabel(result.rubric, i.id), 'score', 14)),
    col('Onenigheid (spreiding ≥ ' + formatNumber(result.rubric.spreidingsDrempel) + ')', 'tekst', 30),
    col(`Kans in top ${n}`, 'percentage', 10),
    col('Besluit', 'tekst', 22),
    col('Motivering', 'tekst', 70),
  ];
  const empty = items.map(() => null);
  const rijen: CellValue[][] = result.besluiten.map((b) => {
    const a = apps.get(b.id);
    const e = ranked.get(b.id);
    const agg = result.aggregaten.get(b.id);
    const flags = e ? [...(agg?.values() ?? [])].filter((x) => x.onenigheid).map((x) => `${itemLabel(result.rubric, x.item)} (${formatNumber(x.spreiding)})`) : [];
    return [
      e?.positie ?? null,
      b.id,
      a?.naamInitiatief ?? '',
      a?.naamSamenwerkingsverband ?? '',
      e?.kandidaat.regio ?? regio(b.id) ?? '',
      e?.kandidaat.gevraagdBedrag ?? a?.begroting?.gevraagdBedrag ?? null,
      e?.totaal ?? null,
      ...(e ? items.map((i) => agg?.get(i.id)?.waarde ?? null) : empty),
      flags.join('; '),
      e ? (result.stabiliteit?.kans.get(e.id) ?? null) : null,
      DECISION_CELLS[b.soort],
      b.motivering,
    ];
  });
  const selected = result.ranglijst.filter((e) => e.geselecteerd);
  const sum = selected.reduce((t, e) => t + (e.kandidaat.gevraagdBedrag ?? 0), 0);
  const waiting = result.besluiten.filter((b) => b.soort === 'nietVolledigBeoordeeld').length;
  const open = result.besluiten.filter((b) => b.soort === 'besluitNodig').length;
  return {
    naam: 'Selectie',
    tabel: 'tblSelectie',
    kolommen,
    rijen,
    voorwaardelijk: [
      { soort: 'besluit', kolom: 'Besluit' },
      { soort: 'databalk', kolom: 'Totaalscore' },
    ],
    afkapNaRij: Math.min(n, result.ranglijst.length),
    notitie: `De rode lijn staat onder plaats ${n}: Zilveren Kruis sluit de module met maximaal ${n} samenwerkingsverbanden af.`,
    notities: [
      `Geselecteerd: ${selected.length} aanvragen; samen gevraagd ${formatEuro(sum)}.` +
        (selected.length ? ` Laagste geselecteerde totaalscore: ${formatNumber(selected[selected.length - 1].totaal)}.` : ''),
      ...(waiting ? [`Nog niet volledig beoordeeld: ${waiting} aanvraag/aanvragen; die krijgen nog geen besluit en geen brief.`] : []),
      ...(open ? [`Besluit van het team nodig: ${open} onvolledige aanvraag/aanvragen; vul het besluit in op het blad Besluiten (zonder besluit geen brief).`] : []),
      `Totaalscore = gewogen som van de ${result.instellingen.aggregatie === 'mediaan' ? 'mediane' : 'gemiddelde'} scores per onderdeel (schaal ${result.rubric.schaal.min}–${result.rubric.schaal.max}); gewichten en methode staan op het blad Instellingen.`,
    ],
  };
}

function toetsingSheet({ toetsing, aanvragen }: SelectionReportInput): SheetModel {
  const apps = new Map(aanvragen.map((a) => [a.id, a]));
  return {
    naam: 'Toetsing',
    tabel: 'tblToetsing',
    kolommen: [
      col('Aanvraag', 'tekst', 12),
      col('Naam initiatief', 'tekst', 30),
      col('Uitkomst', 'tekst', 14),
      col('Toets', 'tekst', 16),
      col('Voorwaarde', 'tekst', 50),
      col('Status', 'tekst', 14),
      col('Knock-out', 'janee', 11),
      col('Reden', 'tekst', 70),
      col('Gebruikte velden', 'tekst', 30),
      col('Overschreven door', 'tekst', 24),
      col('Reden overschrijving', 'tekst', 40),
    ],
    voorwaardelijk: [{ soort: 'status', kolom: 'Status' }],
    rijen: toetsing.flatMap((r) =>
      r.checks.map((c) => [
        r.id,
        apps.get(r.id)?.naamInitiatief ?? '',
        r.status,
        [c.id, ...(c.alsoIds ?? [])].join(', '),
        c.label,
        c.status,
        c.knockout,
        c.reden,
        c.velden.join(', '),
        c.override ? `${c.override.beoordelaar}${c.override.rol ? ` (${c.override.rol})` : ''}` : '',
        c.override?.reden ?? '',
      ]),
    ),
  };
}

function scoresSheet({ scores, result }: SelectionReportInput): SheetModel {
  return {
    naam: 'Scores',
    tabel: 'tblScores',
    kolommen: [col('Aanvraag', 'tekst', 12), col('Beoordelaar', 'tekst', 22), col('Rol', 'tekst', 24), col('Onderdeel', 'tekst', 30), col('Score', 'geheel', 8), col('Toelichting', 'tekst', 60)],
    rijen: scores.map((s) => [s.aanvraag, s.beoordelaar, s.rol, itemLabel(result.rubric, s.item), s.score, s.toelichting]),
  };
}

function aggregatieSheet({ result }: SelectionReportInput): SheetModel {
  const rijen: CellValue[][] = [];
  for (const [id, items] of result.aggregaten) {
    for (const a of items.values()) {
      rijen.push([id, itemLabel(result.rubric, a.item), a.n, a.gemiddelde, a.mediaan, a.standaardafwijking, a.spreiding, a.onenigheid, a.waarde, a.consensus?.motivatie ?? '']);
    }
  }
  return {
    naam: 'Aggregatie',
    tabel: 'tblAggregatie',
    kolommen: [
      col('Aanvraag', 'tekst', 12),
      col('Onderdeel', 'tekst', 30),
      col('Aantal scores', 'geheel', 10),
      col('Gemiddelde', 'score', 12),
      col('Mediaan', 'score', 10),
      col('Standaardafwijking', 'score', 12),
      col('Spreiding', 'score', 10),
      col('Onenigheid', 'janee', 10),
      col('Telt mee', 'score', 10),
      col('Motivering consensus', 'tekst', 50),
    ],
    rijen,
  };
}

function gevoeligheidSheet({ result }: SelectionReportInput): SheetModel {
  const rijen: CellValue[][] = result.gevoeligheid.map((g) => [
    `gewicht ${itemLabel(result.rubric, g.item)} × ${formatNumber(g.factor)}`,
    g.gewicht,
    g.verandert,
    g.erbij.join(', '),
    g.eraf.join(', '),
  ]);
  for (const s of result.normalisatie ?? []) {
    rijen.push([`z-score-normalisatie: ${s.id} van plaats ${s.positieZonder} naar ${s.positieMet}`, null, s.verschuiving !== 0, s.verschuiving > 0 ? s.id : '', s.verschuiving < 0 ? s.id : '']);
  }
  return {
    naam: 'Gevoeligheid',
    tabel: 'tblGevoeligheid',
    kolommen: [col('Wijziging', 'tekst', 60), col('Gewicht', 'getal', 10), col(`Top ${result.instellingen.n} verandert`, 'janee', 14), col('Erbij / omhoog', 'tekst', 30), col('Eraf / omlaag', 'tekst', 30)],
    rijen,
  };
}

function auditSheet({ result }: SelectionReportInput): SheetModel {
  return {
    naam: 'Audit',
    tabel: 'tblAudit',
    kolommen: [col('Tijdstip (Nederlandse tijd)', 'datumtijd', 18), col('Wie', 'tekst', 22), col('Rol', 'tekst', 24), col('Wat', 'tekst', 50), col('Waarom', 'tekst', 80)],
    rijen: result.audit.map((a) => [a.tijdstip, a.wie, a.rol, a.wat, a.waarom]),
  };
}

function instellingenSheet({ result, policy }: SelectionReportInput): SheetModel {
  const s = result.instellingen;
  const r = result.rubric;
  const text = (waarde: string) => ({ waarde, formaat: 'tekst' as const });
  const rijen: CellValue[][] = [
    ['Beleid', text(`${policy.naam} (${policy.id}, versie ${policy.versie})`)],
    ['Bron', text(policy.bron)],
    ['Besluitdatum', policy.besluitDatum ? { waarde: policy.besluitDatum, formaat: 'datum' } : text('niet vastgelegd')],
    ['Methode', text(s.aggregatie === 'mediaan' ? 'mediaan per onderdeel' : 'gemiddelde per onderdeel')],
    ['Normalisatie per beoordelaar (z-score)', text(s.normaliseren ? 'aan' : 'uit')],
    ['Schaal', text(`${r.schaal.min}–${r.schaal.max}`)],
    ['Minimaal aantal beoordelaars', { waarde: r.minBeoordelaars, formaat: 'geheel' }],
    ['Spreidingsdrempel (onenigheid)', { waarde: r.spreidingsDrempel, formaat: 'getal' }],
    ['Bij gelijke totaalscore beslist (daarna loting)', text(s.tiebreakLabels.join('; '))],
    ['Startgetal (seed) van loting en steekproeven', { waarde: s.seed, formaat: 'geheel' }],
    ['Maximaal aantal selecties', { waarde: s.n, formaat: 'geheel' }],
    ...teamSettingCells(policy, s.n),
    ['Maximaal per kernregio', s.maxPerRegio !== undefined ? { waarde: s.maxPerRegio, formaat: 'geheel' } : text('geen')],
    ['Budgetplafond', s.budget !== undefined ? { waarde: s.budget, formaat: 'euro' } : text('geen')],
    ['Steekproeven stabiliteit (beoordelaars opnieuw getrokken)', { waarde: s.resamples, formaat: 'geheel' }],
    ...r.items.map((i): CellValue[] => [`Gewicht: ${i.tekst}`, { waarde: s.gewichten[i.id], formaat: 'getal' }]),
    ['Herkomst gewichten', text(weightOrigin(result, policy))],
    ...Object.entries(r.schaal.niveaus).map(([k, v]): CellValue[] => [`Niveau ${k}`, text(v)]),
  ];
  return { naam: 'Instellingen', tabel: 'tblInstellingen', kolommen: [col('Instelling', 'tekst', 50), col('Waarde', 'tekst', 70)], rijen };
}

function weightOrigin(result: ProcedureResult, policy: Policy): string {
  const changed = result.rubric.items.filter((i) => result.instellingen.gewichten[i.id] !== i.gewicht).map((i) => i.id);
  const base = policy.beoordeling ? 'uit het beleid' : 'standaard: gelijke gewichten (de module 2021 noemt geen gewichten)';
  return changed.length ? `${base}; voor deze uitvoering aangepast: ${changed.join(', ')}` : base;
}
