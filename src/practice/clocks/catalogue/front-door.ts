// The front door, early help and assessment (Working Together to Safeguard Children 2023, chapter 2).
import { defineClock } from '../define.ts';
import { amountOf, dueDay } from '../emit.ts';
import { emitDayInstance } from '../emit.ts';
import { day, dayOfDateTime, maybeDay, maybeDayOfDateTime } from '../days.ts';

export const contactDecision = defineClock({
  id: 'contact-decision',
  title: 'Decide what happens to a contact',
  stage: 'front_door',
  subject: 'child',
  starts: 'A contact is received',
  due: { unit: 'working_days', amount: 1 },
  recurs: false,
  metBy: 'The front door decision is recorded',
  stops: 'Nothing: every contact needs a decision',
  strength: 'SG',
  source: 'Working Together to Safeguard Children 2023, chapter 2, para 163: a decision within one working day',
  evaluate(journey, ctx) {
    for (const contact of journey.contacts ?? []) {
      const start = dayOfDateTime(contact.receivedAt);
      emitDayInstance(ctx, {
        clockId: this.id, recordId: contact.id, occurrence: 1, start,
        due: dueDay(this.due, this.due.amount, start, ctx),
        completed: maybeDayOfDateTime(contact.decidedAt), stopped: null, unit: 'working_days',
      });
    }
  },
});

export const earlyHelpAssessmentWait = defineClock({
  id: 'early-help-assessment-wait',
  title: 'Start an early help assessment',
  stage: 'early_help',
  subject: 'child',
  starts: 'Early help is requested',
  due: { unit: 'working_days', amount: 20, setting: 'earlyHelpAssessmentWorkingDays' },
  recurs: false,
  metBy: 'The early help assessment is done',
  stops: 'The episode ends without an assessment (declined, moved away, stepped up)',
  strength: 'LOCAL',
  source: 'Local standard (no national timescale); Croydon 2024 found children waiting for early help',
  evaluate(journey, ctx) {
    for (const episode of journey.earlyHelp ?? []) {
      const start = day(episode.requestDate);
      emitDayInstance(ctx, {
        clockId: this.id, recordId: episode.id, occurrence: 1, start,
        due: dueDay(this.due, amountOf(this.due, ctx), start, ctx),
        completed: maybeDay(episode.assessmentDate), stopped: maybeDay(episode.endDate), unit: 'working_days',
      });
    }
  },
});

export const childAndFamilyAssessment = defineClock({
  id: 'child-and-family-assessment',
  title: 'Complete the child and family assessment',
  stage: 'assessment',
  subject: 'child',
  starts: 'The referral is accepted',
  due: { unit: 'working_days', amount: 45 },
  recurs: false,
  metBy: 'A manager authorises the assessment',
  stops: 'The referral closes with no further action before an assessment',
  strength: 'SG',
  source: 'Working Together to Safeguard Children 2023, chapter 2, para 185: within 45 working days of the referral; reasons recorded if exceeded',
  evaluate(journey, ctx) {
    const assessments = journey.assessments ?? [];
    for (const referral of journey.referrals ?? []) {
      const start = day(referral.referralDate);
      let completed: number | null = null;
      for (const a of assessments) {
        const authorised = a.referralId === referral.id ? maybeDay(a.authorisedDate) : null;
        if (authorised !== null && (completed === null || authorised < completed)) completed = authorised;
      }
      const hasAssessment = assessments.some((a) => a.referralId === referral.id);
      const stopped = referral.noFurtherAction && !hasAssessment ? maybeDay(referral.closeDate) ?? start : !hasAssessment ? maybeDay(referral.closeDate) : null;
      emitDayInstance(ctx, {
        clockId: this.id, recordId: referral.id, occurrence: 1, start,
        due: dueDay(this.due, this.due.amount, start, ctx), completed, stopped, unit: 'working_days',
      });
    }
  },
});

export const strategyDiscussion = defineClock({
  id: 'strategy-discussion',
  title: 'Hold the strategy discussion',
  stage: 'child_protection',
  subject: 'child',
  starts: 'A decision that the s47 threshold may be met',
  due: { unit: 'working_days', amount: 1, setting: 'strategyDiscussionWorkingDays' },
  recurs: false,
  metBy: 'The strategy discussion is held',
  stops: 'Nothing',
  strength: 'LOCAL',
  source: 'Working Together to Safeguard Children 2023, chapter 2, para 197 (no fixed timescale; local standard)',
  evaluate(journey, ctx) {
    for (const sd of journey.strategyDiscussions ?? []) {
      const start = day(sd.thresholdDecisionDate);
      emitDayInstance(ctx, {
        clockId: this.id, recordId: sd.id, occurrence: 1, start,
        due: dueDay(this.due, amountOf(this.due, ctx), start, ctx),
        completed: maybeDay(sd.date), stopped: null, unit: 'working_days',
      });
    }
  },
});
