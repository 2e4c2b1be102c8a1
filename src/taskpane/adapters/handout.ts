import type { Belangverklaring } from '../../rules/scoring/conflicts';
import type { Assessor, ConflictCheck } from '../../rules/scoring/panel';
import type { HandoutInput, HandoutService } from '../services';

/** The declared conflicts as the hand-out and read-back ask for them: the reason, or null. */
async function conflictCheck(belangen: readonly Belangverklaring[]): Promise<ConflictCheck> {
  const { ConflictIndex } = await import('../../rules/scoring/conflicts');
  const index = new ConflictIndex(belangen);
  return (aanvraag, a) => index.conflict(aanvraag, { beoordelaar: a.naam, rol: a.rol })?.reden.trim() ?? null;
}

async function panel(input: HandoutInput): Promise<Assessor[]> {
  const { panelOf } = await import('../../rules/scoring/panel');
  return panelOf(input.roles);
}

/**
 * The personal scoring files (src/report's exceljs writer) and their read-back (src/import).
 * Loaded on demand: exceljs stays out of the pane's first chunk.
 */
export const handoutService: HandoutService = {
  async makeFiles(input) {
    const [{ handOut }] = await Promise.all([import('../../report/personal-workbook')]);
    const files = await handOut({ policy: input.policy, aanvragen: input.applications, panel: await panel(input), conflicten: await conflictCheck(input.declarations), tijdstip: input.tijdstip });
    const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    return files.map((f) => ({ rol: f.beoordelaar.rol, fileName: f.bestandsnaam, blob: new Blob([f.bytes as BlobPart], { type }) }));
  },
  async readBack(files, input) {
    const [{ readPersonalFile }, { combinePersonalFiles, describeChange }, { applicationCheckValues }] = await Promise.all([
      import('../../import/personal-file'),
      import('../../import/personal-scores'),
      import('../../import/application-hash'),
    ]);
    const read = await Promise.all(files.map((f) => readPersonalFile(f.bytes, f.name)));
    const result = combinePersonalFiles(read, {
      rubric: input.rubric,
      panel: await panel(input),
      controlegetallen: await applicationCheckValues(input.applications),
      conflicten: await conflictCheck(input.declarations),
    });
    return {
      scores: result.scores,
      problems: result.problemen,
      replacements: result.vervangingen.map((v) => ({ rol: v.beoordelaar.rol, vervangen: v.vervangen, door: v.door, wijzigingen: v.wijzigingen.map((c) => describeChange(c, input.rubric)) })),
      files: result.bestanden.map((b) => ({ bestand: b.bestand, rol: b.beoordelaar?.rol ?? null, scores: b.scores, status: b.status })),
    };
  },
};
