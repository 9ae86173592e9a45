// Writing an emergency protection order and a period of police protection (journey/court.ts). Both are
// short by law, and the law's limits are refused here rather than flagged later: an emergency protection
// order lasts at most 8 days (s45(1) Children Act 1989) with one extension of at most 7 days (s45(5)-(6));
// police protection lasts at most 72 hours (s46(6)). Instants, not dates: the limits run from the moment
// the order is made or the child is taken.
import type { EmergencyProtectionOrder, PoliceProtection } from '../journey/court.ts';
import { toInstant } from '../calendar/clock-hours.ts';
import { when, type Problems, type WriteContext } from './record-write.ts';
import { formatDateTime } from './format-date.ts';

const HOUR_MS = 3_600_000;
export const EPO_MAX_DAYS = 8;
export const EPO_EXTENSION_MAX_DAYS = 7;
export const POLICE_PROTECTION_MAX_HOURS = 72;

const hoursBetween = (from: string, to: string): number => (toInstant(to) - toInstant(from)) / HOUR_MS;
const before = (a: string | null | undefined, b: string | null | undefined): boolean => !!a && !!b && toInstant(a) < toInstant(b);

export function checkEmergencyProtectionOrder(order: EmergencyProtectionOrder, { today }: WriteContext, p: Problems): void {
  p.notFuture('appliedDate', order.appliedDate, 'Date of the application', today);
  p.notFuture('grantedAt', order.grantedAt, 'Date the order was made', today);
  p.notFuture('dischargedAt', order.dischargedAt, 'Date the order was discharged', today);
  p.notAfter('appliedDate', order.appliedDate, order.grantedAt, `Date of the application must be on or before the order was made ${when(order.grantedAt)}`);
  if (!before(order.grantedAt, order.expiresAt)) p.add('expiresAt', `The order must end after it was made ${when(order.grantedAt)}`);
  else if (hoursBetween(order.grantedAt, order.expiresAt) > EPO_MAX_DAYS * 24) {
    p.add('expiresAt', `An emergency protection order lasts at most ${EPO_MAX_DAYS} days (section 45(1), Children Act 1989): it must end by ${formatDateTime(new Date(toInstant(order.grantedAt) + EPO_MAX_DAYS * 24 * HOUR_MS).toISOString())}`);
  }
  if (order.extendedTo) {
    if (!before(order.expiresAt, order.extendedTo)) p.add('extendedTo', `The extension must run beyond the order’s first end ${when(order.expiresAt)}`);
    else if (hoursBetween(order.expiresAt, order.extendedTo) > EPO_EXTENSION_MAX_DAYS * 24) {
      p.add('extendedTo', `An emergency protection order can be extended once, by at most ${EPO_EXTENSION_MAX_DAYS} days (section 45(5), Children Act 1989)`);
    }
  }
  if (order.dischargedAt) {
    if (before(order.dischargedAt, order.grantedAt)) p.add('dischargedAt', `The order must be discharged after it was made ${when(order.grantedAt)}`);
    else if (before(order.extendedTo ?? order.expiresAt, order.dischargedAt)) p.add('dischargedAt', `The order had already ended ${when(order.extendedTo ?? order.expiresAt)}: leave the discharge empty`);
  }
}

export function checkPoliceProtection(protection: PoliceProtection, { today }: WriteContext, p: Problems): void {
  p.notFuture('startAt', protection.startAt, 'Date the child was taken into police protection', today);
  p.notFuture('endedAt', protection.endedAt, 'Date police protection ended', today);
  if (!protection.endedAt) return;
  if (before(protection.endedAt, protection.startAt)) p.add('endedAt', `Police protection must end after it began ${when(protection.startAt)}`);
  else if (hoursBetween(protection.startAt, protection.endedAt) > POLICE_PROTECTION_MAX_HOURS) {
    p.add('endedAt', `Police protection lasts at most ${POLICE_PROTECTION_MAX_HOURS} hours (section 46(6), Children Act 1989): it must end within ${POLICE_PROTECTION_MAX_HOURS} hours of ${formatDateTime(protection.startAt)}`);
  }
}
