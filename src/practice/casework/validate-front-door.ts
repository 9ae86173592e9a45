// Writing a contact or an early help episode: what the schema cannot say.
import type { Contact, EarlyHelpEpisode } from '../journey/front-door.ts';
import { REFERRAL_SOURCES } from '../journey/code-sets.ts';
import { toInstant } from '../calendar/clock-hours.ts';
import { isBlank, when, type Problems, type WriteContext } from './record-write.ts';

export function checkContact(contact: Contact, { today }: WriteContext, p: Problems): void {
  // CIN census referral source (SSD050) doubles as the contact's source.
  p.inSet('sourceCode', contact.sourceCode, REFERRAL_SOURCES, 'Select a source from the list');

  p.notFuture('receivedAt', contact.receivedAt, 'Date the contact was received', today);
  p.notFuture('decidedAt', contact.decidedAt, 'Date of the decision', today);
  p.notFuture('signedOffAt', contact.signedOffAt, 'Date of the sign-off', today);

  // A decision is an outcome made at a time: the 1 working day decision clock stops at decidedAt, so
  // one without the other would either stop the clock with no decision or record a decision never made.
  const decided = !!contact.decidedAt;
  const hasOutcome = !!contact.outcome;
  if (hasOutcome && !decided) p.add('decidedAt', 'Enter the date and time of the decision');
  if (decided && !hasOutcome) p.add('outcome', 'Select the decision');

  // Both are date-times, so they are compared as instants: a decision at 9am on a contact received at
  // 10am the same day is still before it.
  if (contact.decidedAt && toInstant(contact.decidedAt) < toInstant(contact.receivedAt)) {
    p.add('decidedAt', `The decision must be the same as or after the contact was received ${when(contact.receivedAt)}`);
  }

  // Management sign-off is of a decision: none before there is one, and the manager and time go together.
  const signedOff = !!contact.signedOffAt || !isBlank(contact.signedOffBy);
  if (signedOff && !(decided && hasOutcome)) {
    p.add(contact.signedOffAt ? 'signedOffAt' : 'signedOffBy', 'Record the decision before it is signed off');
  }
  if (contact.signedOffAt && isBlank(contact.signedOffBy)) p.add('signedOffBy', 'Select the manager who signed off the decision');
  if (!contact.signedOffAt && !isBlank(contact.signedOffBy)) p.add('signedOffAt', 'Enter the date and time the decision was signed off');
  if (contact.signedOffAt && contact.decidedAt && toInstant(contact.signedOffAt) < toInstant(contact.decidedAt)) {
    p.add('signedOffAt', `Sign-off must be the same as or after the decision ${when(contact.decidedAt)}`);
  }
}

export function checkEarlyHelp(episode: EarlyHelpEpisode, { journey, today }: WriteContext, p: Problems): void {
  p.notFuture('requestDate', episode.requestDate, 'Date of the request for early help', today);
  p.notFuture('assessmentDate', episode.assessmentDate, 'Date of the early help assessment', today);
  p.notFuture('startDate', episode.startDate, 'Start date of the early help plan', today);
  p.notFuture('endDate', episode.endDate, 'End date of early help', today);

  // Everything in an episode follows the request: the early help assessment wait starts there.
  const afterRequest = `must be the same as or after the request for early help ${when(episode.requestDate)}`;
  p.notBefore('assessmentDate', episode.assessmentDate, episode.requestDate, `Date of the early help assessment ${afterRequest}`);
  p.notBefore('startDate', episode.startDate, episode.requestDate, `Start date of the early help plan ${afterRequest}`);
  p.notBefore('endDate', episode.endDate, episode.requestDate, `End date ${afterRequest}`);
  p.notBefore('endDate', episode.endDate, episode.startDate, 'End date must be the same as or after the start date');

  if (episode.endDate && !episode.endReason) p.add('endReason', 'Select why early help ended');
  if (!episode.endDate && episode.endReason) p.add('endDate', 'Enter the date early help ended');

  if (episode.contactId) {
    const contact = (journey.contacts ?? []).find((c) => c.id === episode.contactId);
    if (!contact) p.add('contactId', 'Select the contact this request came from');
    else p.notBefore('requestDate', episode.requestDate, contact.receivedAt, `Date of the request for early help must be on or after the contact was received ${when(contact.receivedAt)}`);
  }
  if (episode.steppedDownFromReferralId) {
    const referral = (journey.referrals ?? []).find((r) => r.id === episode.steppedDownFromReferralId);
    if (!referral) p.add('steppedDownFromReferralId', 'Select the referral this was stepped down from');
    else p.notBefore('requestDate', episode.requestDate, referral.referralDate, `Date of the request for early help must be on or after the referral it was stepped down from ${when(referral.referralDate)}`);
  }
}
