import type { Application } from '../application';
import { formatDateNl } from '../format';
import type { Policy } from '../policy';
import { nonEmptyText, weakest, type Finding } from '../status';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** `startdatum` + "21 maanden" → the last day of the period (2021-04-01 + 21 months − 1 day = 2022-12-31). */
export function endFromDuration(startdatum: string, looptijd: string): string | undefined {
  const match = /(\d+)\s*(maand|maanden|jaar|jaren)\b/i.exec(looptijd);
  if (!match || !ISO.test(startdatum)) return undefined;
  const months = Number(match[1]) * (match[2].toLowerCase().startsWith('jaar') ? 12 : 1);
  const [y, m, d] = startdatum.split('-').map(Number);
  const end = new Date(Date.UTC(y, m - 1 + months, d) - 86_400_000);
  return end.toISOString().slice(0, 10);
}

/** Seed item 5: "De module loopt van 1 april 2021 en eindigt uiterlijk op 31-12-2022." */
export function checkPeriod(app: Application, policy: Policy): Finding {
  const modulePeriod = policy.looptijd;
  if (!modulePeriod) return { status: 'voldoet', reden: 'het beleid stelt geen looptijd' };
  const start = typeof app.startdatum === 'string' && ISO.test(app.startdatum) ? app.startdatum : undefined;
  let end = typeof app.einddatum === 'string' && ISO.test(app.einddatum) ? app.einddatum : undefined;
  let derived = '';
  const duration = nonEmptyText(app.looptijd);
  if (!end && start && duration) {
    end = endFromDuration(start, duration);
    if (end) derived = ` (afgeleid uit looptijd '${duration}')`;
  }
  const findings: Finding[] = [];
  if (!start) findings.push({ status: 'onbekend', reden: 'startdatum ontbreekt' });
  else if (start < modulePeriod.van) findings.push({ status: 'voldoet niet', reden: `startdatum ${formatDateNl(start)} ligt vóór de start van de module op ${formatDateNl(modulePeriod.van)}` });
  else findings.push({ status: 'voldoet', reden: `startdatum ${formatDateNl(start)}` });
  if (!end) findings.push({ status: 'onbekend', reden: duration ? `einddatum ontbreekt en looptijd '${duration}' is niet te lezen` : 'einddatum ontbreekt' });
  else if (end > modulePeriod.tot) findings.push({ status: 'voldoet niet', reden: `einddatum ${formatDateNl(end)}${derived} ligt na ${formatDateNl(modulePeriod.tot)}, het einde van de module` });
  else if (start && end < start) findings.push({ status: 'voldoet niet', reden: `einddatum ${formatDateNl(end)} ligt vóór de startdatum` });
  else findings.push({ status: 'voldoet', reden: `einddatum ${formatDateNl(end)}${derived}` });
  const status = weakest(findings.map((f) => f.status));
  return { status, reden: `${findings.map((f) => f.reden).join(', ')} (module ${formatDateNl(modulePeriod.van)} t/m ${formatDateNl(modulePeriod.tot)})` };
}
