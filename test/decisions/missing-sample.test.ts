import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Application } from '../../src/rules/application';
import { evaluateEligibility } from '../../src/rules/eligibility';
import { samenwerken2021 } from '../../src/rules/policies/samenwerken-2021';
import { missingItems } from '../../src/rules/team-decision';

/**
 * samples/aanvragen/10-onvolledig.json (A-2021-010), read by hand: no samenwerkingsvorm and no
 * KvK-nummer (K1); Praktijk Urk, the third participant, has no discipline (K4, and K11 cannot tell
 * whether it is a physiotherapy practice: its discipline, or its agreements for 2021 and 2022,
 * which it does not state either, would settle it); Fysiotherapie Lelystad-Haven gives its 2021 contract
 * but not 2022 (K11); no problem statement (K7), no MDO count (K8), no number of Zilveren Kruis
 * clients (K9); a start date but no end date (looptijd, and the element "Duur van het
 * initiatief"); no SMART goals and no baseline (elementen); the business case has revenue but no
 * costs and says nothing of care moved from the second line. Everything else is filled in, so
 * the letter asks for exactly these fields, not every field a check reads.
 */
describe('the missing items of A-2021-010', () => {
  it('are the fields of the unknown findings, nothing more', () => {
    const app = JSON.parse(readFileSync(join(__dirname, '../../samples/aanvragen/10-onvolledig.json'), 'utf8')) as Application;
    const result = evaluateEligibility(app, samenwerken2021);
    expect(missingItems(result.checks).map((m) => [m.id, m.velden])).toEqual([
      ['K1', ['samenwerkingsvorm', 'kvkNummer']],
      ['K4', ['deelnemers[2].discipline']],
      ['K7', ['probleemOnderbouwing']],
      ['K8', ['mdoPerJaar']],
      ['K9', ['aantalZkKlanten']],
      ['K11', ['deelnemers[0].zkContract2022', 'deelnemers[2].discipline', 'deelnemers[2].zkContract2021', 'deelnemers[2].zkContract2022']],
      ['looptijd', ['einddatum']],
      ['elementen', ['smartDoelen', 'nulmeting', 'einddatum']],
      ['businesscase', ['businesscase.kosten', 'businesscase.zorgUitTweedeLijn']],
    ]);
  });
});
