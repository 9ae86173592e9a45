// Writing a referral or a child and family assessment: what the schema cannot say.
import type { Assessment, Referral } from '../journey/assessment.ts';
import { ASSESSMENT_FACTORS, ASSESSMENT_OUTCOMES, CLOSURE_REASONS, PRIMARY_NEEDS, REFERRAL_SOURCES } from '../journey/code-sets.ts';
import { earliest, isBlank, when, type Problems, type WriteContext } from './record-write.ts';

/**
 * Working Together 2023: an assessment concludes within 45 working days of the referral, and where that is
 * exceeded the reasons must be recorded. On the record, the days are counted from the assessment's start
 * to its authorisation (working days after the start, up to and including the authorisation day).
 */
export const ASSESSMENT_WORKING_DAYS = 45;

/** CIN census: '21' "No factors identified" is only for when none of the others is present. */
export const NO_FACTORS = '21';

export function checkReferral(referral: Referral, { journey, today, isNew }: WriteContext, p: Problems): void {
  p.inSet('sourceCode', referral.sourceCode, REFERRAL_SOURCES, 'Select a source from the list');
  // The schema allows N0 (its pattern is N and a digit); the census code set is N1–N9.
  p.inSet('primaryNeedCode', referral.primaryNeedCode, PRIMARY_NEEDS, 'Select a primary need from the list');
  p.inSet('closeReason', referral.closeReason, CLOSURE_REASONS, 'Select a reason for closure from the list');

  p.notFuture('referralDate', referral.referralDate, 'Date of the referral', today);
  p.notFuture('closeDate', referral.closeDate, 'Date the referral was closed', today);

  // CIN census: a closed episode has both a closure date and a reason for closure.
  if (referral.closeDate && !referral.closeReason) p.add('closeReason', 'Select the reason for closure');
  if (!referral.closeDate && referral.closeReason) p.add('closeDate', 'Enter the date the referral was closed');
  p.notBefore('closeDate', referral.closeDate, referral.referralDate, 'Date the referral was closed must be the same as or after the referral date');

  if (referral.contactId) {
    const contact = (journey.contacts ?? []).find((c) => c.id === referral.contactId);
    if (!contact) p.add('contactId', 'Select the contact this referral came from');
    else p.notBefore('referralDate', referral.referralDate, contact.receivedAt, `Date of the referral must be on or after the contact was received ${when(contact.receivedAt)}`);
  }

  // Changing the referral date must not leave its assessments starting before it.
  if (!isNew) {
    const first = earliest((journey.assessments ?? []).filter((a) => a.referralId === referral.id).map((a) => a.startDate));
    if (first) p.notAfter('referralDate', referral.referralDate, first, `Date of the referral must be on or before the start of its assessment ${when(first)}`);
  }
}

export function checkAssessment(assessment: Assessment, { journey, today, calendar }: WriteContext, p: Problems): void {
  const referral = (journey.referrals ?? []).find((r) => r.id === assessment.referralId);
  if (!referral) p.add('referralId', 'Select the referral this assessment belongs to');

  p.inSet('outcome', assessment.outcome, ASSESSMENT_OUTCOMES, 'Select an outcome from the list');
  checkFactors(assessment.factors ?? [], p);

  p.notFuture('startDate', assessment.startDate, 'Start date of the assessment', today);
  p.notFuture('childSeenDate', assessment.childSeenDate, 'Date the child was seen', today);
  p.notFuture('authorisedDate', assessment.authorisedDate, 'Date the assessment was authorised', today);

  if (referral) {
    p.notBefore('startDate', assessment.startDate, referral.referralDate, `Start date of the assessment must be on or after the referral ${when(referral.referralDate)}`);
    // The child may be seen before the assessment formally starts, but not before the referral.
    p.notBefore('childSeenDate', assessment.childSeenDate, referral.referralDate, `Date the child was seen must be on or after the referral ${when(referral.referralDate)}`);
  }
  p.notBefore('authorisedDate', assessment.authorisedDate, assessment.startDate, 'Date the assessment was authorised must be the same as or after the start date');
  if (assessment.authorisedDate) {
    p.notAfter('childSeenDate', assessment.childSeenDate, assessment.authorisedDate, `Date the child was seen must be on or before the assessment was authorised ${when(assessment.authorisedDate)}`);
  }

  // CIN census: "child seen during assessment" is a yes with its date.
  if (assessment.childSeen === true && !assessment.childSeenDate) p.add('childSeenDate', 'Enter the date the child was seen');
  if (assessment.childSeen === false && assessment.childSeenDate) p.add('childSeen', 'Select yes if the child was seen: you have entered the date they were seen');

  if (assessment.authorisedDate) {
    // CIN census: a completed assessment has its factors identified at the end of assessment.
    if (!assessment.outcome) p.add('outcome', 'Select the outcome of the assessment');
    if ((assessment.factors ?? []).length === 0) p.add('factors', 'Select the factors identified at the end of the assessment, or ‘No factors identified’');
    const taken = calendar.workingDaysBetween(assessment.startDate, assessment.authorisedDate);
    if (taken > ASSESSMENT_WORKING_DAYS && isBlank(assessment.reasonForDelay)) {
      p.add('reasonForDelay', `Enter the reason the assessment took more than ${ASSESSMENT_WORKING_DAYS} working days (it took ${taken})`);
    }
  }
}

function checkFactors(factors: readonly string[], p: Problems): void {
  if (factors.some((code) => !ASSESSMENT_FACTORS.some(([c]) => c === code))) p.add('factors', 'Select a factor from the list');
  else if (new Set(factors).size !== factors.length) p.add('factors', 'Select each factor only once');
  else if (factors.includes(NO_FACTORS) && factors.length > 1) p.add('factors', 'Select ‘No factors identified’ only when no other factor is selected');
}
