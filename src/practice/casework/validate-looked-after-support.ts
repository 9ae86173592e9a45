// Writing the records kept alongside a child's care: health checks (dental, immunisations, sight, the
// SDQ), the independent reviewing officer's contact with the child and escalations of the care plan, and
// advocates and independent visitors offered. Each is dated today or earlier, and health checks, IRO
// contact and offers of advocacy are dated while the child is looked after (lookedAfterOn, the same rule
// that keeps a legal status within a period of care). Messages follow the GOV.UK error message pattern.
import type { AdvocacyOffer, HealthCheck, IroContact, IroEscalation } from '../journey/looked-after.ts';
import { lookedAfterOn } from './validate-care-and-court.ts';
import { isBlank, when, type Problems, type WriteContext } from './record-write.ts';

/** How each kind of health check reads in "Date of the … must be …". */
export const HEALTH_CHECK_NOUNS: Record<HealthCheck['kind'], string> = {
  dental: 'dental check',
  immunisations: 'immunisation check',
  sight: 'sight test',
  sdq: 'Strengths and Difficulties Questionnaire',
};

/**
 * SSDA903 OC2 records, for a child looked after for a year, whether their teeth were checked, whether
 * their immunisations are up to date and their SDQ score (0–40, which the schema holds it to). So an SDQ
 * has a score and an immunisation check says whether they are up to date; the other kinds have neither.
 */
export function checkHealthCheck(check: HealthCheck, { journey, today }: WriteContext, p: Problems): void {
  const noun = HEALTH_CHECK_NOUNS[check.kind];
  const hasScore = check.sdqScore !== null && check.sdqScore !== undefined;
  if (check.kind === 'sdq' && !hasScore) p.add('sdqScore', 'Enter the SDQ score, from 0 to 40');
  if (check.kind !== 'sdq' && hasScore) p.add('sdqScore', 'Remove the SDQ score: a score is only for a Strengths and Difficulties Questionnaire');
  if (check.kind === 'immunisations' && check.upToDate === undefined) p.add('upToDate', 'Select yes if the child’s immunisations are up to date');
  if (check.kind !== 'immunisations' && check.upToDate !== undefined) p.add('upToDate', 'Remove whether immunisations are up to date: it is only for an immunisation check');
  p.notFuture('date', check.date, `Date of the ${noun}`, today);
  lookedAfterOn('date', check.date, `Date of the ${noun}`, 'a health check', journey, p);
}

/** How each kind of IRO contact reads in "Date of the …" (and in the chronology). */
export const IRO_CONTACT_NOUNS: Record<IroContact['kind'], string> = {
  visit: 'IRO visit',
  midway_review: 'IRO midway review',
  consultation: 'IRO consultation',
};

/** The IRO is appointed for a looked-after child (Children Act 1989 s25A), so their contact is during care. */
export function checkIroContact(contact: IroContact, { journey, today }: WriteContext, p: Problems): void {
  const what = `Date of the ${IRO_CONTACT_NOUNS[contact.kind]}`;
  p.notFuture('date', contact.date, what, today);
  lookedAfterOn('date', contact.date, what, 'the IRO’s contact with them', journey, p);
}

/** How each stage of an escalation reads in "IRO escalation raised (stage 1)" (the chronology and the flags). */
export const ESCALATION_STAGE_NAMES: Record<IroEscalation['stage'], string> = {
  informal: 'informal',
  stage_1: 'stage 1',
  stage_2: 'stage 2',
  stage_3: 'stage 3',
  cafcass: 'referred to Cafcass',
};

/** The formal stages of the dispute resolution protocol, each escalated to a named manager (or Cafcass). */
const FORMAL_STAGES: readonly IroEscalation['stage'][] = ['stage_1', 'stage_2', 'stage_3', 'cafcass'];

/**
 * An IRO escalation (IRO Handbook 2010, 3.75–3.80): a formal stage names who it went to; it is resolved
 * on or after it was raised; and a resolution and its outcome are recorded together or not at all.
 */
export function checkIroEscalation(escalation: IroEscalation, { today }: WriteContext, p: Problems): void {
  if (isBlank(escalation.concern)) p.add('concern', 'Enter the IRO’s concern');
  if (FORMAL_STAGES.includes(escalation.stage) && isBlank(escalation.escalatedTo)) {
    p.add('escalatedTo', escalation.stage === 'cafcass' ? 'Enter who at Cafcass the escalation was referred to' : 'Enter who the escalation was made to, with their role');
  }
  if (escalation.resolvedDate && isBlank(escalation.outcome)) p.add('outcome', 'Enter the outcome of the escalation');
  if (!escalation.resolvedDate && !isBlank(escalation.outcome)) p.add('resolvedDate', 'Enter the date the escalation was resolved');
  p.notFuture('raisedDate', escalation.raisedDate, 'Date the escalation was raised', today);
  p.notFuture('resolvedDate', escalation.resolvedDate, 'Date the escalation was resolved', today);
  p.notBefore('resolvedDate', escalation.resolvedDate, escalation.raisedDate, `Date the escalation was resolved must be on or after it was raised ${when(escalation.raisedDate)}`);
}

/**
 * An advocate (s26A) or independent visitor (s23ZB) offered to a looked-after child: the offer is made
 * while the child is looked after; the advocate or visitor starts only once the offer is accepted, on or
 * after the offer, and finishes on or after they started.
 */
export function checkAdvocacyOffer(offer: AdvocacyOffer, { journey, today }: WriteContext, p: Problems): void {
  const who = offer.kind === 'advocate' ? 'advocate' : 'independent visitor';
  if (offer.startDate && offer.outcome !== 'accepted') p.add('startDate', `Remove the date the ${who} started: the offer has not been accepted`);
  if (offer.endDate && !offer.startDate) p.add('endDate', `Enter the date the ${who} started before the date they finished`);
  p.notFuture('offeredDate', offer.offeredDate, `Date the ${who} was offered`, today);
  p.notFuture('startDate', offer.startDate, `Date the ${who} started`, today);
  p.notFuture('endDate', offer.endDate, `Date the ${who} finished`, today);
  p.notBefore('startDate', offer.startDate, offer.offeredDate, `Date the ${who} started must be on or after they were offered ${when(offer.offeredDate)}`);
  if (offer.startDate) p.notBefore('endDate', offer.endDate, offer.startDate, `Date the ${who} finished must be on or after they started ${when(offer.startDate)}`);
  lookedAfterOn('offeredDate', offer.offeredDate, `Date the ${who} was offered`, `an offer of an ${who}`, journey, p);
}
