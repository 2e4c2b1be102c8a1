import type { Application } from '../rules/application';
import type { EligibilityResult } from '../rules/outcome';
import type { Policy } from '../rules/policy';
import type { ProcedureResult } from '../rules/ranking/procedure';
import type { Score } from '../rules/scoring/score';
import { type CellValue, type ColumnModel, DECISIONS, type SheetModel, type WorkbookModel } from './workbook-model';

export interface SelectionReportInput {
  result: ProcedureResult;
  policy: Policy;
  aanvragen: readonly Application[];
  toetsing: readonly EligibilityResult[];
  scores: readonly Score[];
  /** ISO timestamp of the run, passed in. */
  tijdstip: string;
}

const col = (kop: string, formaat: ColumnModel['formaat'], breedte?: number): ColumnModel => ({ kop, formaat, breedte });

/** The selection workbook: Selectie, Toetsing, Scores, Aggregatie, Gevoeligheid, Audit, Instellingen. */
export function buildSelectionWorkbook(input: SelectionReportInput): WorkbookModel {
  return {
    titel: `Selectie ${input.result.beleid.naam}`,
    maker: 'ZK Beoordeling',
    gemaakt: input.tijdstip,
    bladen: [selectieSheet(input), toetsingSheet(input), scoresSheet(input), aggregatieSheet(input), gevoeligheidSheet(input), auditSheet(input), instellingenSheet(input)],
  };
}

function selectieSheet({ result, aanvragen, toetsing }: SelectionReportInput): SheetModel {
  const apps = new Map(aanvragen.map((a) => [a.id, a]));
  const regio = (id: string) => toetsing.find((r) => r.id === id)?.regio ?? null;
  const items = result.rubric.items;
  const n = result.instellingen.n;
  const kolommen = [
    col('Plaats', 'geheel', 8),
    col('Aanvraag', 'tekst', 12),
    col('Naam initiatief', 'tekst', 32),
    col('Naam samenwerkingsverband', 'tekst', 32),
    col('Kernregio', 'tekst', 18),
    col('Gevraagd bedrag', 'euro', 16),
    col('Totaal', 'score', 12),
    ...items.map((i) => col(`Score ${i.id}`, 'score', 10)),
    col('Onenigheid', 'tekst', 28),
    col(`Kans in top ${n}`, 'percentage', 12),
    col('Besluit', 'tekst', 18),
    col('Motivering', 'tekst', 70),
  ];
  const base = (id: string): CellValue[] => {
    const a = apps.get(id);
    return [id, a?.naamInitiatief ?? '', a?.naamSamenwerkingsverband ?? ''];
  };
  const rijen: CellValue[][] = result.ranglijst.map((e) => {
    const agg = result.aggregaten.get(e.id);
    const flags = [...(agg?.values() ?? [])].filter((x) => x.onenigheid).map((x) => `${x.item} (spreiding ${String(x.spreiding).replace('.', ',')})`);
    const tie = e.beslistDoor ? ` Gelijke stand met ${e.beslistDoor.boven}; beslist door ${e.beslistDoor.label}.` : '';
    return [
      e.positie,
      ...base(e.id),
      e.kandidaat.regio ?? '',
      e.kandidaat.gevraagdBedrag,
      e.totaal,
      ...items.map((i) => agg?.get(i.id)?.waarde ?? null),
      flags.join('; '),
      result.stabiliteit?.kans.get(e.id) ?? null,
      e.geselecteerd ? DECISIONS.geselecteerd.label : DECISIONS.nietGeselecteerd.label,
      e.reden + tie,
    ];
  });
  const empty = items.map(() => null);
  for (const v of result.onvolledig) {
    const a = apps.get(v.aanvraag);
    rijen.push([null, ...base(v.aanvraag), regio(v.aanvraag), a?.begroting?.gevraagdBedrag ?? null, null, ...empty, '', null, DECISIONS.nietGerangschikt.label, v.melding]);
  }
  for (const u of result.uitgesloten) {
    const a = apps.get(u.id);
    rijen.push([null, ...base(u.id), regio(u.id), a?.begroting?.gevraagdBedrag ?? null, null, ...empty, '', null, DECISIONS.afgewezen.label, `${u.status}: ${u.redenen.join(' ')}`]);
  }
  return {
    naam: 'Selectie',
    tabel: 'tblSelectie',
    kolommen,
    rijen,
    voorwaardelijk: [
      { soort: 'besluit', kolom: 'Besluit' },
      { soort: 'databalk', kolom: 'Totaal' },
    ],
    afkapNaRij: Math.min(n, result.ranglijst.length),
    notitie: `De rode lijn staat onder plaats ${n}: Zilveren Kruis sluit de module met maximaal ${n} samenwerkingsverbanden af.`,
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
      col('Toets', 'tekst', 10),
      col('Voorwaarde', 'tekst', 50),
      col('Status', 'tekst', 14),
      col('Knock-out', 'janee', 10),
      col('Reden', 'tekst', 70),
      col('Velden', 'tekst', 30),
      col('Override door', 'tekst', 20),
      col('Reden override', 'tekst', 40),
    ],
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

function scoresSheet({ scores }: SelectionReportInput): SheetModel {
  return {
    naam: 'Scores',
    tabel: 'tblScores',
    kolommen: [col('Aanvraag', 'tekst', 12), col('Beoordelaar', 'tekst', 20), col('Rol', 'tekst', 24), col('Item', 'tekst', 14), col('Score', 'geheel', 8), col('Toelichting', 'tekst', 60)],
    rijen: scores.map((s) => [s.aanvraag, s.beoordelaar, s.rol, s.item, s.score, s.toelichting]),
  };
}

function aggregatieSheet({ result }: SelectionReportInput): SheetModel {
  const rijen: CellValue[][] = [];
  for (const [id, items] of result.aggregaten) {
    for (const a of items.values()) {
      rijen.push([id, a.item, a.n, a.gemiddelde, a.mediaan, a.standaardafwijking, a.spreiding, a.onenigheid, a.waarde, a.consensus?.motivatie ?? '']);
    }
  }
  return {
    naam: 'Aggregatie',
    tabel: 'tblAggregatie',
    kolommen: [
      col('Aanvraag', 'tekst', 12),
      col('Item', 'tekst', 14),
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
    `gewicht ${g.item} × ${String(g.factor).replace('.', ',')}`,
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
    kolommen: [col('Wijziging', 'tekst', 50), col('Gewicht', 'getal', 10), col('Top verandert', 'janee', 14), col('Erbij / omhoog', 'tekst', 24), col('Eraf / omlaag', 'tekst', 24)],
    rijen,
  };
}

function auditSheet({ result }: SelectionReportInput): SheetModel {
  return {
    naam: 'Audit',
    tabel: 'tblAudit',
    kolommen: [col('Tijdstip', 'datumtijd', 18), col('Wie', 'tekst', 20), col('Rol', 'tekst', 22), col('Wat', 'tekst', 50), col('Waarom', 'tekst', 80)],
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
    ['Methode', text(s.aggregatie === 'mediaan' ? 'mediaan per item' : 'gemiddelde per item')],
    ['Normalisatie per beoordelaar (z-score)', text(s.normaliseren ? 'aan' : 'uit')],
    ['Schaal', text(`${r.schaal.min}–${r.schaal.max}`)],
    ['Minimaal aantal beoordelaars', { waarde: r.minBeoordelaars, formaat: 'geheel' }],
    ['Spreidingsdrempel (onenigheid)', { waarde: r.spreidingsDrempel, formaat: 'getal' }],
    ['Tie-breaks (daarna loting)', text(s.tiebreaks.join(', '))],
    ['Seed loting en steekproeven', { waarde: s.seed, formaat: 'geheel' }],
    ['Maximaal aantal selecties', { waarde: s.n, formaat: 'geheel' }],
    ['Maximaal per kernregio', s.maxPerRegio !== undefined ? { waarde: s.maxPerRegio, formaat: 'geheel' } : text('geen')],
    ['Budgetplafond', s.budget !== undefined ? { waarde: s.budget, formaat: 'euro' } : text('geen')],
    ['Steekproeven stabiliteit', { waarde: s.resamples, formaat: 'geheel' }],
    ...r.items.map((i): CellValue[] => [`Gewicht ${i.id}: ${i.tekst}`, { waarde: s.gewichten[i.id], formaat: 'getal' }]),
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
