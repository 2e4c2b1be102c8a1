import type { Application, Budget } from './application';
import { formatEuro } from './format';
import { combineFindings, finiteNumber, type Finding } from './status';

/**
 * Seed section 1, item 4 "Een positieve business case": "de opbrengsten van het initiatief
 * opwegen tegen de kosten … Indien er zorg vanuit de tweede lijn wordt verplaatst naar de eerste
 * lijn, moet dit een directe besparing opleveren in de tweede lijn." Plus Bijlage 3's budget:
 * cost and income columns add up to their totals, and the income covers the costs.
 */
export interface BusinessCaseFigures {
  kosten?: number;
  opbrengsten?: number;
  zorgUitTweedeLijn?: boolean;
  besparingTweedeLijn?: number;
}

/** Cents tolerance: amounts typed by people are compared to the cent. */
const CENT = 0.005;

/** Revenues against costs, and the second-line saving when care moves from the second line. */
export function judgeBusinessCase(figures: BusinessCaseFigures): Finding[] {
  const findings: Finding[] = [];
  const kosten = finiteNumber(figures.kosten);
  const opbrengsten = finiteNumber(figures.opbrengsten);
  if (opbrengsten === undefined || kosten === undefined) {
    const missing = [opbrengsten === undefined ? 'opbrengsten' : '', kosten === undefined ? 'kosten' : ''].filter(Boolean).join(' en ');
    findings.push({ status: 'onbekend', reden: `${missing} van de businesscase ontbreken` });
  } else if (opbrengsten + CENT < kosten) {
    findings.push({ status: 'voldoet niet', reden: `opbrengsten ${formatEuro(opbrengsten)} wegen niet op tegen de kosten ${formatEuro(kosten)} (tekort ${formatEuro(kosten - opbrengsten)})` });
  } else {
    findings.push({ status: 'voldoet', reden: `opbrengsten ${formatEuro(opbrengsten)} ≥ kosten ${formatEuro(kosten)}` });
  }

  const saving = finiteNumber(figures.besparingTweedeLijn);
  if (figures.zorgUitTweedeLijn === true) {
    if (saving === undefined) findings.push({ status: 'onbekend', reden: 'zorg wordt uit de tweede lijn verplaatst, maar de directe besparing in de tweede lijn ontbreekt' });
    else if (saving <= 0) findings.push({ status: 'voldoet niet', reden: `zorg wordt uit de tweede lijn verplaatst zonder directe besparing in de tweede lijn (${formatEuro(saving)})` });
    else findings.push({ status: 'voldoet', reden: `directe besparing in de tweede lijn ${formatEuro(saving)}` });
  } else if (figures.zorgUitTweedeLijn === undefined) {
    findings.push({ status: 'onbekend', reden: 'niet opgegeven of zorg uit de tweede lijn wordt verplaatst' });
  }
  return findings;
}

function sumLines(lines: ReadonlyArray<{ bedrag?: unknown }> | undefined): { total?: number; missing: number } {
  if (!Array.isArray(lines)) return { missing: 0 };
  let total = 0;
  let missing = 0;
  for (const line of lines) {
    const amount = finiteNumber(line?.bedrag);
    if (amount === undefined) missing++;
    else total += amount;
  }
  return { total, missing };
}

function compareTotal(what: string, lines: { total?: number; missing: number }, written: number | undefined): Finding | undefined {
  if (lines.missing > 0) return { status: 'onbekend', reden: `${lines.missing} ${what}regel(s) zonder bedrag` };
  if (lines.total === undefined || written === undefined) return undefined;
  const difference = lines.total - written;
  if (Math.abs(difference) < CENT) return { status: 'voldoet', reden: `${what}regels tellen op tot het totaal ${formatEuro(written)}` };
  return {
    status: 'onbekend',
    reden: `${what}regels tellen op tot ${formatEuro(lines.total)}, het opgegeven totaal is ${formatEuro(written)} (verschil ${formatEuro(Math.abs(difference))})`,
  };
}

/** Budget arithmetic (Bijlage 3): the columns add up, and the income covers the costs. */
export function judgeBudget(begroting: Budget | undefined): Finding[] {
  if (!begroting || typeof begroting !== 'object') return [{ status: 'onbekend', reden: 'begroting ontbreekt' }];
  const findings: Finding[] = [];
  const costs = sumLines(begroting.kosten);
  const requested = finiteNumber(begroting.gevraagdBedrag);
  const others = sumLines(begroting.andereBronnen);
  const incomeLines = { total: requested === undefined && others.total === undefined ? undefined : (requested ?? 0) + (others.total ?? 0), missing: others.missing };
  const writtenCosts = finiteNumber(begroting.totaalKosten);
  const writtenIncome = finiteNumber(begroting.totaalInkomsten);
  for (const finding of [compareTotal('kosten', costs, writtenCosts), compareTotal('inkomsten', incomeLines, writtenIncome)]) {
    if (finding) findings.push(finding);
  }
  const totalCosts = writtenCosts ?? costs.total;
  const totalIncome = writtenIncome ?? incomeLines.total;
  if (totalCosts === undefined || totalIncome === undefined) {
    findings.push({ status: 'onbekend', reden: `${totalCosts === undefined ? 'kosten' : 'inkomsten'} van de begroting ontbreken` });
  } else if (totalIncome + CENT < totalCosts) {
    findings.push({ status: 'voldoet niet', reden: `inkomsten ${formatEuro(totalIncome)} dekken de kosten ${formatEuro(totalCosts)} niet (tekort ${formatEuro(totalCosts - totalIncome)})` });
  } else {
    findings.push({ status: 'voldoet', reden: `inkomsten ${formatEuro(totalIncome)} dekken de kosten ${formatEuro(totalCosts)}` });
  }
  return findings;
}

/** The business case check of an application; costs default to the budget's cost total. */
export function evaluateBusinessCase(app: Application): Finding & { velden: string[] } {
  const bc = app.businesscase && typeof app.businesscase === 'object' ? app.businesscase : {};
  const lines = sumLines(app.begroting?.kosten);
  const budgetCosts = finiteNumber(app.begroting?.totaalKosten) ?? (lines.missing === 0 ? lines.total : undefined);
  const figures: BusinessCaseFigures = { ...bc, kosten: finiteNumber(bc.kosten) ?? budgetCosts };
  const result = combineFindings([...judgeBusinessCase(figures), ...judgeBudget(app.begroting)]);
  return {
    ...result,
    velden: [
      'businesscase.opbrengsten',
      'businesscase.kosten',
      'businesscase.zorgUitTweedeLijn',
      'businesscase.besparingTweedeLijn',
      'begroting.kosten',
      'begroting.totaalKosten',
      'begroting.gevraagdBedrag',
      'begroting.andereBronnen',
      'begroting.totaalInkomsten',
    ],
  };
}
