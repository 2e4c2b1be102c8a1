/**
 * One table of columns per sheet: header (Dutch, the seed's wording where there is one), kind,
 * width, validation, highlights, and how to get the value from the model. Sheets and readers are
 * derived from these, so a header is spelled once.
 */
import type { Application, Participant } from '../rules/application';
import { CHECK_STATUSES, type CheckResult, type EligibilityResult, type Problem } from '../rules/outcome';
import type { CellInput, ColumnSpec, Highlight } from './types';

export interface ColumnDef<T> extends ColumnSpec {
  value: (item: T) => CellInput;
}

export function specsOf<T>(defs: readonly ColumnDef<T>[]): ColumnSpec[] {
  return defs.map(({ value: _value, ...spec }) => spec);
}

export function rowsOf<T>(defs: readonly ColumnDef<T>[], items: readonly T[]): CellInput[][] {
  return items.map((item) => defs.map((d) => d.value(item)));
}

const GREEN = '#C6EFCE';
const RED = '#FFC7CE';
const AMBER = '#FFEB9C';

export const CHECK_HIGHLIGHTS: Highlight[] = [
  { equals: 'voldoet', fill: GREEN },
  { equals: 'voldoet niet', fill: RED },
  { equals: 'onbekend', fill: AMBER },
];
export const ELIGIBILITY_HIGHLIGHTS: Highlight[] = [
  { equals: 'geschikt', fill: GREEN },
  { equals: 'niet geschikt', fill: RED },
  { equals: 'onvolledig', fill: AMBER },
];

const join = (values: readonly string[] | undefined): string => (values ?? []).join('; ');

export const APPLICATION_COLUMNS: ColumnDef<Application>[] = [
  { header: 'Aanvraag', kind: 'text', width: 12, value: (a) => a.id },
  { header: 'Naam initiatief', kind: 'text', width: 30, value: (a) => a.naamInitiatief },
  { header: 'Naam samenwerkingsverband', kind: 'text', width: 30, value: (a) => a.naamSamenwerkingsverband },
  { header: 'Samenwerkingsvorm', kind: 'text', width: 14, value: (a) => (a.samenwerkingsvorm === 'Anders' && a.samenwerkingsvormAnders ? `Anders, namelijk ${a.samenwerkingsvormAnders}` : a.samenwerkingsvorm) },
  { header: 'KvK nummer', kind: 'text', width: 11, value: (a) => a.kvkNummer },
  { header: 'Aantal deelnemers', kind: 'number', width: 10, value: (a) => a.deelnemers?.length },
  { header: 'Gemeenten', kind: 'text', width: 24, value: (a) => join([...new Set((a.deelnemers ?? []).map((d) => d.gemeente ?? d.plaats ?? '').filter(Boolean))]) },
  { header: 'Beoogde startdatum', kind: 'date', width: 12, value: (a) => a.startdatum },
  { header: 'Beoogde looptijd', kind: 'text', width: 12, value: (a) => a.looptijd },
  { header: 'Einddatum', kind: 'date', width: 12, value: (a) => a.einddatum },
  { header: 'Ontvangen', kind: 'date', width: 12, value: (a) => a.ontvangen },
  { header: 'Gevraagd bedrag', kind: 'euro', width: 14, value: (a) => a.begroting?.gevraagdBedrag },
  { header: 'Totaal kosten', kind: 'euro', width: 14, value: (a) => a.begroting?.totaalKosten },
  { header: 'Totaal inkomsten', kind: 'euro', width: 14, value: (a) => a.begroting?.totaalInkomsten },
  { header: 'Aantal ZK-klanten', kind: 'number', width: 10, value: (a) => a.aantalZkKlanten },
  { header: "MDO's per jaar", kind: 'decimal', width: 9, value: (a) => a.mdoPerJaar },
  { header: 'Intervisie', kind: 'boolean', width: 9, value: (a) => a.intervisie },
  { header: 'Samenwerkingsprotocol', kind: 'boolean', width: 9, value: (a) => a.samenwerkingsprotocol },
  { header: 'Klantgroepen', kind: 'text', width: 20, value: (a) => join(a.klantgroepen) },
  { header: 'JZOJP-doelen', kind: 'text', width: 20, value: (a) => join(a.jzojpDoelen) },
  { header: 'Doelgroep', kind: 'text', width: 30, value: (a) => a.doelgroep },
  { header: 'Omvang doelgroep', kind: 'number', width: 10, value: (a) => a.omvangDoelgroep },
  { header: 'Inhoudelijk doel initiatief', kind: 'text', width: 40, value: (a) => a.doel },
  { header: 'SMART omschrijving van de doelen', kind: 'text', width: 40, value: (a) => a.smartDoelen },
  { header: 'Nulmeting', kind: 'text', width: 30, value: (a) => a.nulmeting },
  { header: 'Beoogd resultaat in meetbare eenheden', kind: 'text', width: 30, value: (a) => a.beoogdResultaat },
  { header: 'Wijze van meten', kind: 'text', width: 30, value: (a) => a.meetmethode },
  { header: 'Borging', kind: 'text', width: 30, value: (a) => a.borging },
  { header: 'Businesscase opbrengsten', kind: 'euro', width: 14, value: (a) => a.businesscase?.opbrengsten },
  { header: 'Businesscase kosten', kind: 'euro', width: 14, value: (a) => a.businesscase?.kosten },
  { header: 'Zorg uit de tweede lijn', kind: 'boolean', width: 9, value: (a) => a.businesscase?.zorgUitTweedeLijn },
  { header: 'Besparing tweede lijn', kind: 'euro', width: 14, value: (a) => a.businesscase?.besparingTweedeLijn },
  { header: 'Datum', kind: 'date', width: 12, value: (a) => a.datum },
  { header: 'Handtekening', kind: 'text', width: 20, value: (a) => a.handtekening },
  { header: 'Overige opmerkingen', kind: 'text', width: 30, value: (a) => a.opmerkingen },
];

export interface ParticipantRow {
  aanvraag: string;
  nummer: number;
  deelnemer: Participant;
}

export const PARTICIPANT_COLUMNS: ColumnDef<ParticipantRow>[] = [
  { header: 'Aanvraag', kind: 'text', width: 12, value: (p) => p.aanvraag },
  { header: 'Nr', kind: 'number', width: 5, value: (p) => p.nummer },
  { header: 'Praktijknaam', kind: 'text', width: 28, value: (p) => p.deelnemer.praktijknaam },
  { header: 'Adres', kind: 'text', width: 24, value: (p) => p.deelnemer.adres },
  { header: 'Postcode', kind: 'text', width: 9, value: (p) => p.deelnemer.postcode },
  { header: 'Plaats', kind: 'text', width: 16, value: (p) => p.deelnemer.plaats },
  { header: 'Gemeente', kind: 'text', width: 16, value: (p) => p.deelnemer.gemeente },
  { header: 'AGB-code', kind: 'text', width: 10, value: (p) => p.deelnemer.agb },
  { header: 'Naam praktijkhouder', kind: 'text', width: 22, value: (p) => p.deelnemer.praktijkhouder },
  { header: 'Tel', kind: 'text', width: 13, value: (p) => p.deelnemer.telefoon },
  { header: 'Emailadres', kind: 'text', width: 26, value: (p) => p.deelnemer.email },
  { header: 'Discipline', kind: 'text', width: 16, value: (p) => p.deelnemer.discipline },
  { header: 'ZK-contract 2021', kind: 'boolean', width: 9, value: (p) => p.deelnemer.zkContract2021 },
  { header: 'ZK-contract 2022', kind: 'boolean', width: 9, value: (p) => p.deelnemer.zkContract2022 },
];

export function participantRows(applications: readonly Application[]): ParticipantRow[] {
  return applications.flatMap((a) => (a.deelnemers ?? []).map((deelnemer, i) => ({ aanvraag: a.id, nummer: i + 1, deelnemer })));
}

/** A typed override kept from the sheet (the last five columns of Toetsing). */
export interface TypedOverride {
  oordeel: string;
  reden: string;
  beoordelaar: string;
  rol: string;
  tijdstip: string;
}

export interface ScreeningRow {
  result: EligibilityResult;
  naam: string;
  check: CheckResult | null;
  typed?: TypedOverride;
}

const STATUS_LIST = { type: 'list' as const, values: CHECK_STATUSES, message: 'Kies voldoet, voldoet niet of onbekend.' };

/** Columns assessors type in; re-screening keeps them (keyed by Aanvraag + Toets). */
export const OVERRIDE_HEADERS = {
  oordeel: 'Oordeel beoordelaar',
  reden: 'Reden oordeel',
  beoordelaar: 'Beoordelaar',
  rol: 'Rol',
  tijdstip: 'Tijdstip oordeel',
} as const;

export const SCREENING_COLUMNS: ColumnDef<ScreeningRow>[] = [
  { header: 'Aanvraag', kind: 'text', width: 12, value: (r) => r.result.id },
  { header: 'Naam initiatief', kind: 'text', width: 26, value: (r) => r.naam },
  { header: 'Uitkomst aanvraag', kind: 'text', width: 14, highlights: ELIGIBILITY_HIGHLIGHTS, value: (r) => r.result.status },
  { header: 'Kernregio', kind: 'text', width: 16, value: (r) => r.result.regio },
  { header: 'Toets', kind: 'text', width: 12, value: (r) => r.check?.id },
  { header: 'Ook voor', kind: 'text', width: 8, value: (r) => join(r.check?.alsoIds) },
  { header: 'Criterium', kind: 'text', width: 40, value: (r) => r.check?.label },
  { header: 'Berekend', kind: 'text', width: 12, highlights: CHECK_HIGHLIGHTS, value: (r) => r.check?.berekend ?? r.check?.status },
  { header: 'Uitkomst', kind: 'text', width: 12, highlights: CHECK_HIGHLIGHTS, value: (r) => r.check?.status },
  { header: 'Reden', kind: 'text', width: 50, value: (r) => r.check?.reden },
  { header: 'Velden', kind: 'text', width: 24, value: (r) => join(r.check?.velden) },
  { header: 'Knock-out', kind: 'boolean', width: 9, value: (r) => r.check?.knockout },
  { header: 'Beoordelaar nodig', kind: 'boolean', width: 9, value: (r) => r.check?.beoordelaarNodig ?? false },
  { header: OVERRIDE_HEADERS.oordeel, kind: 'text', width: 14, validation: STATUS_LIST, highlights: CHECK_HIGHLIGHTS, value: (r) => r.typed?.oordeel ?? r.check?.override?.status },
  { header: OVERRIDE_HEADERS.reden, kind: 'text', width: 40, value: (r) => r.typed?.reden ?? r.check?.override?.reden },
  { header: OVERRIDE_HEADERS.beoordelaar, kind: 'text', width: 16, value: (r) => r.typed?.beoordelaar ?? r.check?.override?.beoordelaar },
  { header: OVERRIDE_HEADERS.rol, kind: 'text', width: 16, value: (r) => r.typed?.rol ?? r.check?.override?.rol },
  { header: OVERRIDE_HEADERS.tijdstip, kind: 'text', width: 18, value: (r) => r.typed?.tijdstip ?? r.check?.override?.tijdstip },
];

export interface AuditRow {
  tijdstip: string;
  actie: string;
  onderwerp: string;
  melding: string;
  door: string;
}

export const AUDIT_COLUMNS: ColumnDef<AuditRow>[] = [
  { header: 'Tijdstip', kind: 'text', width: 20, value: (r) => r.tijdstip },
  { header: 'Actie', kind: 'text', width: 16, value: (r) => r.actie },
  { header: 'Onderwerp', kind: 'text', width: 30, value: (r) => r.onderwerp },
  { header: 'Melding', kind: 'text', width: 60, value: (r) => r.melding },
  { header: 'Door', kind: 'text', width: 16, value: (r) => r.door },
];

export function problemAuditRows(problems: readonly Problem[], tijdstip: string): AuditRow[] {
  return problems.map((p) => ({
    tijdstip,
    actie: p.ernst === 'waarschuwing' ? 'importwaarschuwing' : 'importprobleem',
    onderwerp: `${p.bestand} · ${p.plaats} · ${p.veld}`,
    melding: p.melding,
    door: '',
  }));
}
