import type { Application } from '../application';
import { formatDateLong } from '../format';
import type { Policy } from '../policy';
import type { Finding } from '../status';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Seed section 2: "Uiterlijk 5 november 2020 dient u als samenwerkingsverband uw initiatief in bij
 * Zilveren Kruis". A warning, never a knock-out: the seed also says "Zilveren Kruis behoudt zich
 * het recht voor de planning te allen tijde te wijzigen", the received date is often not recorded,
 * and whether a late plan is still considered is the team's decision. So a late application is
 * shown plainly (`voldoet niet`), a missing date is `onbekend`, and neither blocks the screening.
 */
export function checkSubmission(app: Application, policy: Policy): Finding {
  const deadline = policy.indienDeadline;
  if (!deadline) return { status: 'voldoet', reden: 'het beleid stelt geen uiterste indiendatum' };
  const received = typeof app.ontvangen === 'string' && ISO.test(app.ontvangen) ? app.ontvangen : undefined;
  const limit = `uiterlijk ${formatDateLong(deadline)}`;
  if (!received) return { status: 'onbekend', reden: `datum van ontvangst ontbreekt; indienen kon tot en met ${formatDateLong(deadline)} (waarschuwing, geen knock-out)` };
  if (received > deadline) {
    return { status: 'voldoet niet', reden: `ontvangen op ${formatDateLong(received)}, na de uiterste indiendatum (${limit}); het team beslist of de aanvraag toch wordt beoordeeld (waarschuwing, geen knock-out)` };
  }
  return { status: 'voldoet', reden: `ontvangen op ${formatDateLong(received)}, op tijd (${limit})` };
}
