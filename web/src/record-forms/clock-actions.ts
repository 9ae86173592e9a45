// For each clock, the record that meets it and where to record it: "My work" offers it as one click.
// A clock hangs on a record (a visit clock on the plan, a return interview on the missing episode):
// some are met by changing that record (a care plan date on the period of care), others by adding a
// new one (a visit, a review).
import type { JourneyRecordType } from '../../../src/practice/journey/record-types.ts';

export interface ClockAction {
  label: string;
  recordType: JourneyRecordType;
  href: (childId: string, recordId: string) => string;
}

const add = (recordType: JourneyRecordType, label: string): ClockAction => ({ label, recordType, href: (childId) => `/children/${childId}/records/${recordType}/new` });
const change = (recordType: JourneyRecordType, label: string): ClockAction => ({
  label,
  recordType,
  href: (childId, recordId) => `/children/${childId}/records/${recordType}/${encodeURIComponent(recordId)}`,
});

const VISIT = add('visits', 'Record a visit');

export const CLOCK_ACTIONS: Readonly<Record<string, ClockAction>> = {
  'contact-decision': { label: 'Decide the contact', recordType: 'contacts', href: (childId, recordId) => `/children/${childId}/contacts/${encodeURIComponent(recordId)}/decide` },
  'early-help-assessment-wait': change('earlyHelp', 'Record the early help assessment'),
  'child-and-family-assessment': add('assessments', 'Record the assessment'),
  'strategy-discussion': change('strategyDiscussions', 'Record the strategy discussion'),
  'initial-child-protection-conference': add('initialConferences', 'Record the conference'),
  'first-core-group': add('coreGroups', 'Record the core group'),
  'later-core-groups': add('coreGroups', 'Record the core group'),
  'first-review-conference': add('reviewConferences', 'Record the review conference'),
  'later-review-conferences': add('reviewConferences', 'Record the review conference'),
  'child-protection-visits': VISIT,
  'child-protection-plan-drift': change('cpPlans', 'Record the PLO decision'),
  'child-in-need-review': add('cinReviews', 'Record the review'),
  'child-in-need-visits': VISIT,
  'case-supervision': add('caseSupervisions', 'Record supervision'),
  'return-home-interview': change('missingEpisodes', 'Record the return interview'),
  'care-leaver-needs-assessment': add('careLeaver', 'Record the needs assessment'),
  'pathway-plan': add('careLeaver', 'Record the pathway plan'),
  'pathway-plan-review': add('careLeaver', 'Record the pathway plan review'),
  'personal-adviser-allocated': add('careLeaver', 'Record the personal adviser'),
  'pre-proceedings': change('preProceedings', 'Record the outcome'),
  'care-proceedings': change('proceedings', 'Record the final order'),
  'adoption-a1-entering-care-to-moving-in': add('adoption', 'Open the adoption record'),
  'adoption-a2-placement-order-to-match': add('adoption', 'Open the adoption record'),
  'secure-accommodation-without-order': change('placements', 'Record the court order'),
  'care-plan': change('periodsOfCare', 'Record the care plan'),
  'placement-plan': change('placements', 'Record the placement plan'),
  'first-cla-review': add('claReviews', 'Record the review'),
  'second-cla-review': add('claReviews', 'Record the review'),
  'later-cla-reviews': add('claReviews', 'Record the review'),
  'placement-first-visit': VISIT,
  'placement-visits-first-year': VISIT,
  'placement-visits-after-first-year': VISIT,
  'placement-visits-parent-or-connected-person': VISIT,
  'initial-health-assessment': add('healthAssessments', 'Record the health assessment'),
  'review-health-assessment': add('healthAssessments', 'Record the health assessment'),
  'personal-education-plan': add('personalEducationPlans', 'Record the PEP'),
  'permanence-plan': change('periodsOfCare', 'Record the permanence plan'),
  'connected-person-temporary-approval': change('placements', 'Record the approval'),
};
