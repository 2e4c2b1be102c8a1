import type { LetterService } from '../services';

/**
 * Decision letters as .docx blobs. The letter model and the docx renderer come from src/report;
 * both are loaded on demand so the docx library stays out of the pane's first chunk.
 */
export const letterService: LetterService = {
  async letters(outcome, policy, applications, date) {
    const [{ buildLetters }, { renderLetterBlob }] = await Promise.all([import('../../report/letter-model'), import('../../report/letter-docx')]);
    const letters = buildLetters({ result: outcome, policy, aanvragen: applications, datum: date });
    // Packer.toBlob: the browser has no Node Buffer (JSZip's "nodebuffer" output is unavailable there).
    return Promise.all(letters.map(async (letter) => ({ fileName: letter.bestandsnaam, blob: await renderLetterBlob(letter) })));
  },
  async moduleLetters(list, date) {
    const [{ buildModuleLetters }, { renderLetterBlob }] = await Promise.all([import('../../report/module-letter'), import('../../report/letter-docx')]);
    return Promise.all(buildModuleLetters({ list, datum: date }).map(async (letter) => ({ fileName: letter.bestandsnaam, blob: await renderLetterBlob(letter) })));
  },
};
