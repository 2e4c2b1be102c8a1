import type { LetterService } from '../services';

/**
 * Decision letters as .docx blobs. The letter model and the docx renderer come from src/report;
 * both are loaded on demand so the docx library stays out of the pane's first chunk.
 */
export const letterService: LetterService = {
  async letters(outcome, policy, applications, date) {
    const [{ buildLetters }, { renderLetterDocx }] = await Promise.all([import('../../report/letter-model'), import('../../report/letter-docx')]);
    const letters = buildLetters({ result: outcome, policy, aanvragen: applications, datum: date });
    const mime = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    return Promise.all(
      letters.map(async (letter) => {
        const bytes = await renderLetterDocx(letter);
        return { fileName: letter.bestandsnaam, blob: new Blob([new Uint8Array(bytes)], { type: mime }) };
      }),
    );
  },
};
