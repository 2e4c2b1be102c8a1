/**
 * The personal scoring workbooks (`zk beoordeling uitdelen`, the pane's hand-out): one .xlsx per
 * assessor of the panel with only that assessor's score rows, the applications' data, the rubric,
 * instructions and an identity block (src/workbook/personal.ts). Plain cells, data validation and
 * sheet protection without a password: no macros, no formulas, no add-in needed, so the file works
 * in Excel, Excel on the web, LibreOffice or any spreadsheet program that reads .xlsx.
 */
import type { Application } from '../rules/application';
import { formatDateNl } from '../rules/format';
import type { Policy } from '../rules/policy';
import { type Belangverklaring, ConflictIndex } from '../rules/scoring/conflicts';
import { type AssessorRef, assessorLabel } from '../rules/scoring/panel';
import { rubricFor } from '../rules/scoring/rubric-2021';
import { applicationCheckValues, sha256Hex } from '../import/application-hash';
import { PERSONAL_SHEETS } from '../workbook/names';
import { PERSONAL_FORMAT, type PersonalFileIdentity, personalFileName, personalTables } from '../workbook/personal';
import { sheetFromSpec, type WorkbookModel } from './workbook-model';
import { buildExcelWorkbook } from './write-xlsx';

export interface PersonalWorkbookInput {
  beoordelaar: AssessorRef;
  policy: Policy;
  /** The applications to score; the ones this assessor is conflicted for are left out here. */
  aanvragen: readonly Application[];
  /** Check value per application id (src/import/application-hash.ts). */
  controlegetallen: ReadonlyMap<string, string>;
  /** Declarations of interest: an application this assessor is conflicted for gets no rows. */
  belangen?: readonly Belangverklaring[];
  /** ISO time of the hand-out (passed in, never read from the clock here). */
  tijdstip: string;
  bestandId: string;
}

/** One assessor's file as handed out. */
export interface PersonalFile {
  beoordelaar: AssessorRef;
  /** `beoordeling-<rol>.xlsx` */
  bestandsnaam: string;
  bestandId: string;
  bytes: Uint8Array;
  /** Ids of the applications in the file. */
  aanvragen: string[];
  /** Applications left out because of a declared conflict of interest. */
  uitgesloten: { aanvraag: string; reden: string }[];
  /** Score rows in the file (applications × rubric items). */
  rijen: number;
}

export interface HandOutInput {
  policy: Policy;
  /** The applications to score (usually the eligible ones). */
  aanvragen: readonly Application[];
  panel: readonly AssessorRef[];
  belangen?: readonly Belangverklaring[];
  tijdstip: string;
}

/** The file id: the same inputs give the same id, so a hand-out can be repeated exactly. */
export async function personalFileId(policy: Pick<Policy, 'id' | 'versie'>, beoordelaar: AssessorRef, tijdstip: string): Promise<string> {
  return (await sha256Hex([policy.id, policy.versie, beoordelaar.rol, beoordelaar.beoordelaar, tijdstip].join('\u0000'))).slice(0, 16);
}

function split(input: Pick<PersonalWorkbookInput, 'aanvragen' | 'beoordelaar' | 'belangen'>) {
  const index = new ConflictIndex(input.belangen ?? []);
  const kept: Application[] = [];
  const uitgesloten: { aanvraag: string; reden: string }[] = [];
  for (const a of input.aanvragen) {
    const belang = index.conflict(a.id, input.beoordelaar);
    if (!belang) kept.push(a);
    else uitgesloten.push({ aanvraag: a.id, reden: belang.reden.trim() || 'belang gemeld' });
  }
  return { kept, uitgesloten };
}

/** The workbook as plain data (sync, for tests and for writers that want the tables). */
export function personalWorkbookModel(input: PersonalWorkbookInput): WorkbookModel {
  const { kept, uitgesloten } = split(input);
  const rubric = rubricFor(input.policy);
  const identiteit: PersonalFileIdentity = {
    bestandId: input.bestandId,
    formaat: PERSONAL_FORMAT,
    beoordelaar: input.beoordelaar,
    beleid: input.policy.id,
    beleidsversie: input.policy.versie,
    uitgedeeld: input.tijdstip,
  };
  const tables = personalTables({
    identiteit,
    rubric,
    beleidNaam: input.policy.naam,
    aanvragen: kept.map((application) => {
      const controlegetal = input.controlegetallen.get(application.id);
      if (controlegetal === undefined) throw new Error(`geen controlegetal voor aanvraag ${application.id}`);
      return { application, controlegetal };
    }),
    uitgesloten,
  });
  return {
    titel: `Beoordeling ${assessorLabel(input.beoordelaar)}`,
    maker: 'ZK Beoordeling',
    gemaakt: input.tijdstip,
    afdruk: { links: `${input.policy.naam} — ${assessorLabel(input.beoordelaar)}`, rechts: formatDateNl(input.tijdstip.slice(0, 10)) },
    // Every sheet protected: the assessor types only in Score and Toelichting.
    bladen: tables.map((spec) => sheetFromSpec(spec, { beveiligd: true, leegTekst: spec.sheet === PERSONAL_SHEETS.scores ? '(geen aanvragen om te scoren)' : '' })),
  };
}

export async function personalWorkbookBytes(input: PersonalWorkbookInput): Promise<Uint8Array> {
  return new Uint8Array(await buildExcelWorkbook(personalWorkbookModel(input)).xlsx.writeBuffer());
}

/** One file per assessor of the panel, in the panel's order. */
export async function handOut(input: HandOutInput): Promise<PersonalFile[]> {
  const controlegetallen = await applicationCheckValues(input.aanvragen);
  const rubric = rubricFor(input.policy);
  const files: PersonalFile[] = [];
  for (const beoordelaar of input.panel) {
    const bestandId = await personalFileId(input.policy, beoordelaar, input.tijdstip);
    const one = { ...input, beoordelaar, controlegetallen, bestandId };
    const { kept, uitgesloten } = split(one);
    files.push({
      beoordelaar,
      bestandsnaam: personalFileName(beoordelaar, input.panel),
      bestandId,
      bytes: await personalWorkbookBytes(one),
      aanvragen: kept.map((a) => a.id),
      uitgesloten,
      rijen: kept.length * rubric.items.length,
    });
  }
  return files;
}
