import type { Application } from '../application';
import { formatDateLong } from '../format';
import { registerMessages, type Bevinding, type MessageCatalogue } from '../findings';
import type { CheckStatus } from '../outcome';
import type { Policy } from '../policy';
import { BoundedCache } from '../bounded-cache';
import { isIsoDateShape } from '../validators';

type SubmissionOutcome = { status: CheckStatus; bevindingen: Bevinding[] };

/** "In time" by deadline and date received, as the check's outcome: a file's dates repeat; frozen and shared. Cleared when full. */
const IN_TIME = new Map<string, BoundedCache<string, SubmissionOutcome>>();

function one(b: Bevinding): SubmissionOutcome {
  return { status: b.status, bevindingen: [b] };
}

/**
 * Seed section 2: "Uiterlijk 5 november 2020 dient u als samenwerkingsverband uw initiatief in bij
 * Zilveren Kruis". A warning, never a knock-out: the seed also says "Zilveren Kruis behoudt zich
 * het recht voor de planning te allen tijde te wijzigen", the received date is often not recorded,
 * and whether a late plan is still considered is the team's decision. So a late application is
 * shown plainly (`voldoet niet`), a missing date is `onbekend`, and neither blocks the screening.
 */
export function checkSubmission(app: Application, policy: Policy): SubmissionOutcome {
  const deadline = policy.indienDeadline;
  if (!deadline) return one({ status: 'voldoet', code: 'indiening.geen_deadline' });
  const received = typeof app.ontvangen === 'string' && isIsoDateShape(app.ontvangen) ? app.ontvangen : undefined;
  if (!received) return one({ status: 'onbekend', code: 'indiening.ontvangen_ontbreekt', veld: 'ontvangen', gevonden: null, drempel: deadline });
  if (received > deadline) return one({ status: 'voldoet niet', code: 'indiening.te_laat', veld: 'ontvangen', gevonden: received, drempel: deadline });
  let byDate = IN_TIME.get(deadline);
  if (!byDate) IN_TIME.set(deadline, (byDate = new BoundedCache(5_000)));
  return (
    byDate.get(received) ??
    byDate.set(received, Object.freeze({ status: 'voldoet', bevindingen: Object.freeze([Object.freeze({ status: 'voldoet', code: 'indiening.op_tijd', veld: 'ontvangen', gevonden: received, drempel: deadline })]) as Bevinding[] }))
  );
}

const d = (v: unknown) => formatDateLong(String(v));

export const SUBMISSION_MESSAGES: MessageCatalogue = {
  'indiening.geen_deadline': { nl: () => 'het beleid stelt geen uiterste indiendatum', en: () => 'the policy sets no deadline' },
  'indiening.ontvangen_ontbreekt': {
    nl: (b) => `datum van ontvangst ontbreekt; indienen kon tot en met ${d(b.drempel)} (waarschuwing, geen knock-out)`,
    en: (b) => `date received missing; applications were due by ${String(b.drempel)} (warning, not a knock-out)`,
  },
  'indiening.te_laat': {
    nl: (b) => `ontvangen op ${d(b.gevonden)}, na de uiterste indiendatum (uiterlijk ${d(b.drempel)}); het team beslist of de aanvraag toch wordt beoordeeld (waarschuwing, geen knock-out)`,
    en: (b) => `received on ${String(b.gevonden)}, after the deadline (${String(b.drempel)}); the team decides whether it is still assessed (warning, not a knock-out)`,
  },
  'indiening.op_tijd': { nl: (b) => `ontvangen op ${d(b.gevonden)}, op tijd (uiterlijk ${d(b.drempel)})`, en: (b) => `received on ${String(b.gevonden)}, in time (by ${String(b.drempel)})` },
};
registerMessages(SUBMISSION_MESSAGES);
