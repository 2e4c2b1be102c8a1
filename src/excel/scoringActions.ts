/**
 * The workbook actions of independent scoring (issue: conflicts of interest, personal scoring
 * files, the consensus meeting), each one `Excel.run` with a fixed number of syncs.
 */
import type { AuditEntry } from '../workbook/audit';
import { scoreSheetName } from '../workbook/names';
import type { WriteReport } from '../workbook/types';
import type { ActionRunner } from './actions';
import type { XlWorksheet } from './office-api';

/** Whether one role's score sheet is to be shown. */
export interface SheetVisibility {
  rol: string;
  zichtbaar: boolean;
}

export interface ScoringActions {
  /**
   * Shows or hides the roles' score sheets (`worksheet.visibility`, ExcelApi 1.2), with an audit
   * row. Sheets that do not exist are skipped. Hiding is a convenience, not security: anyone can
   * show a hidden sheet again (right-click a sheet tab → Zichtbaar maken).
   */
  setScoreSheetVisibility(plan: readonly SheetVisibility[]): Promise<WriteReport>;
}

export function createScoringActions(runner: ActionRunner): ScoringActions {
  const { writeAction } = runner;
  return {
    setScoreSheetVisibility(plan) {
      let sheets: { rol: string; zichtbaar: boolean; sheet: XlWorksheet }[] = [];
      return writeAction('Scorebladen tonen of verbergen', {
        prepare(context, inspection) {
          sheets = plan
            .filter((p) => inspection.hasSheet(scoreSheetName(p.rol)))
            .map((p) => {
              const sheet = context.workbook.worksheets.getItem(scoreSheetName(p.rol));
              sheet.load('visibility');
              return { ...p, sheet };
            });
          return sheets.length > 0;
        },
        async write() {
          // Show first, then hide: Excel refuses to hide the last visible sheet of a workbook.
          const changed = sheets.filter((s) => (s.sheet.visibility === 'Visible') !== s.zichtbaar);
          for (const s of changed.filter((c) => c.zichtbaar)) s.sheet.visibility = 'Visible' as Excel.SheetVisibility;
          for (const s of changed.filter((c) => !c.zichtbaar)) s.sheet.visibility = 'Hidden' as Excel.SheetVisibility;
          const hidden = sheets.filter((s) => !s.zichtbaar).map((s) => scoreSheetName(s.rol));
          const shown = sheets.filter((s) => s.zichtbaar).map((s) => scoreSheetName(s.rol));
          const audit: AuditEntry[] =
            changed.length === 0
              ? []
              : [
                  {
                    actie: 'scorebladen zichtbaar',
                    onderwerp: 'Scorebladen',
                    melding: `Verborgen: ${hidden.join(', ') || 'geen'}; zichtbaar: ${shown.join(', ') || 'geen'}. Verbergen is geen beveiliging: een verborgen blad is met een rechtsklik weer zichtbaar te maken.`,
                  },
                ];
          return { rows: { verborgen: hidden.length, zichtbaar: shown.length }, audit };
        },
      });
    },
  };
}
