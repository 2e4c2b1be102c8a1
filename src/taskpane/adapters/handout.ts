import type { HandoutService } from '../services';

/**
 * The personal scoring files (src/report's exceljs writer) and their read-back (src/import), with
 * the declared conflicts of interest: a conflicted assessor gets no rows and their scores never
 * count. Loaded on demand: exceljs stays out of the pane's first chunk.
 */
export const handoutService: HandoutService = {
  async makeFiles(input) {
    const [{ handOut }, { panelOf }] = await Promise.all([import('../../report/personal-workbook'), import('../../rules/scoring/panel')]);
    const files = await handOut({ policy: input.policy, aanvragen: input.applications, panel: panelOf(input.roles), belangen: input.declarations, tijdstip: input.tijdstip });
    const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    return files.map((f) => ({ rol: f.beoordelaar.rol, fileName: f.bestandsnaam, blob: new Blob([f.bytes as BlobPart], { type }) }));
  },
  async readBack(files, input) {
    const [{ readPersonalFile }, { combinePersonalFiles, describeChange }, { applicationCheckValues }, { panelOf }] = await Promise.all([
      import('../../import/personal-file'),
      import('../../import/personal-scores'),
      import('../../import/application-hash'),
      import('../../rules/scoring/panel'),
    ]);
    const read = await Promise.all(files.map((f) => readPersonalFile(f.bytes, f.name)));
    const result = combinePersonalFiles(read, {
      rubric: input.rubric,
      panel: panelOf(input.roles),
      controlegetallen: await applicationCheckValues(input.applications),
      belangen: input.declarations,
      tijdstip: input.tijdstip,
    });
    return {
      scores: result.scores,
      problems: result.problemen,
      replacements: result.vervangingen.map((v) => ({ rol: v.beoordelaar.rol, vervangen: v.vervangen, door: v.door, wijzigingen: v.wijzigingen.map((c) => describeChange(c, input.rubric)) })),
      files: result.bestanden.map((b) => ({ bestand: b.bestand, rol: b.beoordelaar?.rol ?? null, scores: b.scores, status: b.status })),
    };
  },
};
