// What each casework form asks, field by field, in the words social workers use. One generic page
// renders these and one reader turns a posted form back into a record (read-record-form.ts), so a new
// record type needs only its entry here. Field names are the record's own property names.
import type { JourneyRecordType } from '../../../src/practice/journey/record-types.ts';
import {
  AGENCIES, ASSESSMENT_FACTORS, ASSESSMENT_OUTCOMES, CASE_NOTE_KINDS, CLOSURE_REASONS, CONTACT_OUTCOMES, CP_CATEGORIES,
  PLAN_END_REASONS, PRIMARY_NEEDS, REFERRAL_SOURCES, STRATEGY_DECISIONS, VISIT_TYPES, type CodeSet,
} from '../../../src/practice/journey/code-sets.ts';
import {
  CATEGORIES_OF_NEED, LEGAL_STATUSES, PLACEMENT_PROVIDERS, PLACEMENT_TYPES, PLACEMENT_TYPES_WITHDRAWN, REASONS_CARE_ENDED, REASONS_PLACEMENT_CHANGE,
  REVIEW_PARTICIPATION,
} from '../../../src/practice/journey/looked-after-codes.ts';
import { ACCOMMODATION, ACTIVITIES, ACTIVITIES_WITHDRAWN, IN_TOUCH, RISK_LEVELS } from '../../../src/practice/journey/care-leaver-codes.ts';

export type FormField = {
  name: string;
  label: string;
  hint?: string;
  /** Refused when left empty (the message says what to enter). */
  required?: boolean;
  /** Shown and accepted only for managers (authorise_casework). */
  managerOnly?: boolean;
} & (
  | { kind: 'date' }
  | { kind: 'datetime' }
  | { kind: 'time' }
  | { kind: 'text' }
  | { kind: 'number'; min: number; max: number }
  /** A list of short labels (places, people), typed separated by commas. */
  | { kind: 'tags' }
  | { kind: 'textarea'; rows?: number }
  | { kind: 'radios'; options: CodeSet }
  | { kind: 'select'; options: CodeSet }
  | { kind: 'checkboxes'; options: CodeSet }
  | { kind: 'yesno' }
  /** Which of the child's records of another type this one belongs to (an assessment's referral). */
  | { kind: 'reference'; recordType: JourneyRecordType }
  /** One of the LA's teams in a service area (stored as the team's id). */
  | { kind: 'team'; serviceArea: string }
  /**
   * Rows of tasks: what, who, by when, and (for supervision actions) when done. A plan's goals are
   * { what, who, byWhen }; supervision actions { what, owner, dueDate, doneDate }.
   */
  | { kind: 'tasks'; row: string; whatLabel: string; whoKey: string; whoLabel: string; byKey: string; doneKey?: string; carriedKey?: string }
  /** Who took part and for which agency (rows of two). */
  | { kind: 'attendees' }
  /**
   * Rows of a date and a short text (court hearings: date and kind; the local offer: entitlement and
   * the date the young person was told). Stored as [{ [dateKey]: date, [textKey]: text }].
   */
  | { kind: 'datedRows'; row: string; dateKey: string; dateLabel: string; textKey: string; textLabel: string; textHint?: string }
  /** A list of dates (pathway plan reviews), stored as ['YYYY-MM-DD', …]. */
  | { kind: 'dateList'; row: string }
);

export interface RecordForm {
  type: JourneyRecordType;
  /** The record's name in a sentence: "Add a {noun}", "{Noun} saved". */
  noun: string;
  /** The chronology kind the record belongs to (for the "back" link and grouping). */
  fields: FormField[];
}

const YES_NO: CodeSet = [['yes', 'Yes'], ['no', 'No']];

/** Every plan's goals (Working Together 2023, 4.4.38): what must change, who will do it, by when. */
const GOALS_FIELD: FormField = {
  name: 'goals',
  label: 'Goals',
  kind: 'tasks',
  row: 'Goal',
  whatLabel: 'what must change',
  whoKey: 'who',
  whoLabel: 'who will do it',
  byKey: 'byWhen',
  hint: 'What must change, who will do it, and by when',
};
export { YES_NO };

export const RECORD_FORMS: Partial<Record<JourneyRecordType, RecordForm>> = {
  contacts: {
    type: 'contacts',
    noun: 'contact',
    fields: [
      { name: 'receivedAt', label: 'When the contact was received', kind: 'datetime', required: true },
      { name: 'sourceCode', label: 'Who made the contact', kind: 'select', options: REFERRAL_SOURCES, required: true },
      { name: 'referrerName', label: 'Referrer’s name', kind: 'text' },
      { name: 'referrerAgency', label: 'Referrer’s agency or relationship to the child', kind: 'text' },
      { name: 'concerns', label: 'What the referrer is worried about', kind: 'textarea', rows: 6, required: true },
    ],
  },
  earlyHelp: {
    type: 'earlyHelp',
    noun: 'early help episode',
    fields: [
      { name: 'requestDate', label: 'Date early help was requested', kind: 'date', required: true },
      { name: 'origin', label: 'How the request came', kind: 'radios', options: [['contact', 'From the front door'], ['step_down', 'Stepped down from children’s social care']] },
      { name: 'steppedDownFromReferralId', label: 'Stepped down from which referral', kind: 'reference', recordType: 'referrals' },
      { name: 'assessmentDate', label: 'Date of the early help assessment', kind: 'date' },
      { name: 'startDate', label: 'Date the early help plan started', kind: 'date' },
      { name: 'endDate', label: 'Date early help ended', kind: 'date' },
      {
        name: 'endReason',
        label: 'Why early help ended',
        kind: 'radios',
        options: [['completed', 'Completed: needs met'], ['stepped_up', 'Stepped up to children’s social care'], ['declined', 'Family declined'], ['moved_away', 'Moved away'], ['other', 'Other']],
      },
    ],
  },
  referrals: {
    type: 'referrals',
    noun: 'referral',
    fields: [
      { name: 'referralDate', label: 'Date of the referral', kind: 'date', required: true },
      { name: 'sourceCode', label: 'Source of the referral', kind: 'select', options: REFERRAL_SOURCES, required: true },
      { name: 'primaryNeedCode', label: 'Primary need', kind: 'select', options: PRIMARY_NEEDS },
      { name: 'closeDate', label: 'Date the case closed', kind: 'date', hint: 'Leave empty while the case is open' },
      { name: 'closeReason', label: 'Reason for closure', kind: 'select', options: CLOSURE_REASONS },
    ],
  },
  assessments: {
    type: 'assessments',
    noun: 'child and family assessment',
    fields: [
      { name: 'referralId', label: 'Referral', kind: 'reference', recordType: 'referrals', required: true },
      { name: 'startDate', label: 'Date the assessment started', kind: 'date', required: true },
      { name: 'childSeen', label: 'Has the child been seen?', kind: 'yesno' },
      { name: 'childSeenDate', label: 'Date the child was seen', kind: 'date' },
      { name: 'factors', label: 'Factors identified', kind: 'checkboxes', options: ASSESSMENT_FACTORS, hint: 'CIN census factors identified at the end of assessment' },
      { name: 'summary', label: 'Analysis and summary', kind: 'textarea', rows: 8 },
      { name: 'outcome', label: 'Outcome', kind: 'radios', options: ASSESSMENT_OUTCOMES },
      { name: 'reasonForDelay', label: 'Reason the assessment took longer than 45 working days', kind: 'textarea', hint: 'Required when the assessment is authorised more than 45 working days after it started' },
      { name: 'authorisedDate', label: 'Date authorised by a manager', kind: 'date', managerOnly: true },
    ],
  },
  strategyDiscussions: {
    type: 'strategyDiscussions',
    noun: 'strategy discussion',
    fields: [
      { name: 'thresholdDecisionDate', label: 'Date of the decision that the threshold for a strategy discussion was met', kind: 'date', required: true },
      { name: 'date', label: 'Date the strategy discussion was held', kind: 'date', hint: 'Leave empty while it is still to be held' },
      { name: 'time', label: 'Time it was held', kind: 'time', hint: 'For example, 14:30' },
      { name: 'attendees', label: 'Who took part', kind: 'attendees', hint: 'Police, health and education are expected to take part (Working Together 2023)' },
      { name: 'decision', label: 'Decision', kind: 'radios', options: STRATEGY_DECISIONS },
    ],
  },
  s47Enquiries: {
    type: 's47Enquiries',
    noun: 'section 47 enquiry',
    fields: [
      { name: 'strategyDiscussionId', label: 'Strategy discussion that started it', kind: 'reference', recordType: 'strategyDiscussions', required: true },
      { name: 'startDate', label: 'Date the enquiry started', kind: 'date', required: true },
      { name: 'endDate', label: 'Date the enquiry concluded', kind: 'date' },
      { name: 'icpcRequired', label: 'Is an initial child protection conference needed?', kind: 'yesno' },
      { name: 'outcomeNotes', label: 'Outcome of the enquiry', kind: 'textarea' },
    ],
  },
  initialConferences: {
    type: 'initialConferences',
    noun: 'initial child protection conference',
    fields: [
      { name: 's47EnquiryId', label: 'Section 47 enquiry', kind: 'reference', recordType: 's47Enquiries', required: true },
      { name: 'date', label: 'Date of the conference', kind: 'date', hint: 'Leave empty while it is still to be held' },
      { name: 'planMade', label: 'Did the conference decide the child needs a child protection plan?', kind: 'yesno' },
    ],
  },
  cpPlans: {
    type: 'cpPlans',
    noun: 'child protection plan',
    fields: [
      { name: 'initialConferenceId', label: 'Initial conference that made the plan', kind: 'reference', recordType: 'initialConferences' },
      { name: 'startDate', label: 'Date the plan started', kind: 'date', required: true },
      { name: 'initialCategory', label: 'Initial category of abuse', kind: 'radios', options: CP_CATEGORIES, required: true },
      { name: 'latestCategory', label: 'Latest category of abuse', kind: 'radios', options: CP_CATEGORIES },
      GOALS_FIELD,
      { name: 'contingencyPlan', label: 'Contingency plan', kind: 'textarea', hint: 'What will happen if the plan does not achieve its goals', required: true },
      { name: 'wishesAndFeelings', label: 'The child’s wishes and feelings', kind: 'textarea' },
      { name: 'ploDecisionDate', label: 'Date of a decision to enter the Public Law Outline', kind: 'date' },
      { name: 'endDate', label: 'Date the plan ended', kind: 'date' },
      { name: 'endReason', label: 'Why the plan ended', kind: 'radios', options: PLAN_END_REASONS },
    ],
  },
  coreGroups: {
    type: 'coreGroups',
    noun: 'core group meeting',
    fields: [
      { name: 'cpPlanId', label: 'Child protection plan', kind: 'reference', recordType: 'cpPlans', required: true },
      { name: 'date', label: 'Date of the meeting', kind: 'date', required: true },
    ],
  },
  reviewConferences: {
    type: 'reviewConferences',
    noun: 'review child protection conference',
    fields: [
      { name: 'cpPlanId', label: 'Child protection plan', kind: 'reference', recordType: 'cpPlans', required: true },
      { name: 'date', label: 'Date of the conference', kind: 'date', required: true },
    ],
  },
  cinPlans: {
    type: 'cinPlans',
    noun: 'child in need plan',
    fields: [
      { name: 'startDate', label: 'Date the plan started', kind: 'date', required: true },
      GOALS_FIELD,
      { name: 'contingencyPlan', label: 'Contingency plan', kind: 'textarea', hint: 'What will happen if the plan does not achieve its goals', required: true },
      { name: 'wishesAndFeelings', label: 'The child’s wishes and feelings', kind: 'textarea' },
      { name: 'endDate', label: 'Date the plan ended', kind: 'date' },
      { name: 'endReason', label: 'Why the plan ended', kind: 'radios', options: PLAN_END_REASONS },
    ],
  },
  cinReviews: {
    type: 'cinReviews',
    noun: 'child in need review',
    fields: [
      { name: 'cinPlanId', label: 'Child in need plan', kind: 'reference', recordType: 'cinPlans', required: true },
      { name: 'date', label: 'Date of the review', kind: 'date', required: true },
    ],
  },
  visits: {
    type: 'visits',
    noun: 'visit',
    fields: [
      { name: 'date', label: 'Date of the visit', kind: 'date', required: true },
      { name: 'visitType', label: 'Type of visit', kind: 'radios', options: VISIT_TYPES },
      { name: 'childSeen', label: 'Was the child seen?', kind: 'yesno', required: true },
      { name: 'childSeenAlone', label: 'Was the child seen alone?', kind: 'yesno' },
      { name: 'bedroomSeen', label: 'Was the child’s bedroom seen?', kind: 'yesno' },
      { name: 'childSaid', label: 'What the child said', kind: 'textarea', hint: 'In the child’s own words where you can' },
      { name: 'observations', label: 'What you saw', kind: 'textarea' },
    ],
  },
  caseSupervisions: {
    type: 'caseSupervisions',
    noun: 'case supervision',
    fields: [
      { name: 'kind', label: 'Kind', kind: 'radios', options: [['supervision', 'Supervision of the case'], ['management_oversight', 'Management oversight of a key decision']], required: true },
      { name: 'date', label: 'Date', kind: 'date', required: true },
      { name: 'decision', label: 'Decision', kind: 'textarea', required: true },
      { name: 'rationale', label: 'Why', kind: 'textarea', hint: 'The reasons for the decision, including the child’s wishes and feelings' },
      {
        name: 'actions',
        label: 'Actions',
        kind: 'tasks',
        row: 'Action',
        whatLabel: 'what',
        whoKey: 'owner',
        whoLabel: 'who owns it',
        byKey: 'dueDate',
        doneKey: 'doneDate',
        carriedKey: 'carriedFrom',
        hint: 'Open actions from the last supervision are carried here: record when each was done',
      },
    ],
  },
  caseNotes: {
    type: 'caseNotes',
    noun: 'case note',
    fields: [
      { name: 'occurredAt', label: 'When it happened', kind: 'datetime', required: true },
      { name: 'kind', label: 'Kind of note', kind: 'radios', options: CASE_NOTE_KINDS, required: true },
      { name: 'subject', label: 'Subject', kind: 'text', required: true },
      { name: 'text', label: 'Note', kind: 'textarea', rows: 8, required: true },
    ],
  },
  periodsOfCare: {
    type: 'periodsOfCare',
    noun: 'period of care',
    fields: [
      { name: 'startDate', label: 'Date the child became looked after', kind: 'date', required: true },
      { name: 'categoryOfNeed', label: 'Category of need', kind: 'select', options: CATEGORIES_OF_NEED, required: true },
      { name: 'carePlanDate', label: 'Date of the care plan', kind: 'date', hint: 'Before the first placement, or within 10 working days of it (Care Planning Regulations 2010, reg 4)' },
      { name: 'permanencePlanDate', label: 'Date of the permanence plan', kind: 'date', hint: 'Expected by the second review' },
      { name: 'endDate', label: 'Date the child stopped being looked after', kind: 'date' },
      { name: 'reasonCeased', label: 'Reason the child stopped being looked after', kind: 'select', options: REASONS_CARE_ENDED },
    ],
  },
  legalStatuses: {
    type: 'legalStatuses',
    noun: 'legal status',
    fields: [
      { name: 'code', label: 'Legal status', kind: 'select', options: LEGAL_STATUSES, required: true },
      { name: 'startDate', label: 'Start date', kind: 'date', required: true },
      { name: 'endDate', label: 'End date', kind: 'date' },
    ],
  },
  placements: {
    type: 'placements',
    noun: 'placement',
    fields: [
      { name: 'periodOfCareId', label: 'Period of care', kind: 'reference', recordType: 'periodsOfCare', required: true },
      { name: 'startDate', label: 'Start date of the placement', kind: 'date', required: true },
      // H5 and P2 were withdrawn from the SSDA903 in 2025: older placements keep them, new ones cannot.
      { name: 'typeCode', label: 'Type of placement', kind: 'select', options: PLACEMENT_TYPES.filter(([code]) => !PLACEMENT_TYPES_WITHDRAWN.includes(code)), required: true },
      {
        name: 'placedWith',
        label: 'Who the child lives with',
        kind: 'radios',
        options: [['parent', 'A parent (placement with parents, reg 19)'], ['connected_person', 'A relative or friend (connected person, reg 24)'], ['other', 'Someone else']],
        required: true,
      },
      { name: 'providerCode', label: 'Placement provider', kind: 'select', options: PLACEMENT_PROVIDERS, hint: 'Needed for every placement except temporary ones (T0 to T4) and other placements (Z1)' },
      { name: 'providerName', label: 'Name of the provider', kind: 'text', hint: 'The fostering agency or the company running the home. A return interview offered by them is not independent' },
      { name: 'registered', label: 'Is the home registered with Ofsted where it must be?', kind: 'yesno', hint: 'Answer no for a children’s home that should be registered and is not' },
      { name: 'longTermUntil18', label: 'Is this agreed as the child’s home until 18?', kind: 'yesno' },
      { name: 'postcode', label: 'Postcode where the child lives', kind: 'text' },
      { name: 'inLaArea', label: 'Is it inside the authority’s area?', kind: 'yesno' },
      { name: 'distanceMiles', label: 'Distance from the child’s home (miles)', kind: 'number', min: 0, max: 1000 },
      { name: 'placementPlanDate', label: 'Date of the placement plan', kind: 'date', hint: 'Before the placement, or within 5 working days (reg 9)' },
      { name: 'temporaryApprovalExtended', label: 'Has the connected person’s temporary approval been extended?', kind: 'yesno', hint: 'Regulation 25: once, by up to 8 weeks' },
      { name: 'fullApprovalDate', label: 'Date the connected person was approved as a foster carer', kind: 'date' },
      { name: 'endDate', label: 'End date of the placement', kind: 'date' },
      { name: 'reasonForChange', label: 'Reason the placement changed', kind: 'select', options: REASONS_PLACEMENT_CHANGE },
    ],
  },
  claReviews: {
    type: 'claReviews',
    noun: 'looked-after review',
    fields: [
      { name: 'date', label: 'Date of the review', kind: 'date', required: true },
      { name: 'chairName', label: 'Independent reviewing officer who chaired it', kind: 'text' },
      { name: 'participationCode', label: 'How the child took part', kind: 'select', options: REVIEW_PARTICIPATION },
      { name: 'recommendations', label: 'The IRO’s recommendations', kind: 'textarea', rows: 6 },
    ],
  },
  healthAssessments: {
    type: 'healthAssessments',
    noun: 'health assessment',
    fields: [
      { name: 'kind', label: 'Kind of assessment', kind: 'radios', options: [['initial', 'Initial health assessment'], ['review', 'Review health assessment']], required: true },
      { name: 'date', label: 'Date of the assessment', kind: 'date', required: true },
    ],
  },
  personalEducationPlans: {
    type: 'personalEducationPlans',
    noun: 'personal education plan',
    fields: [{ name: 'date', label: 'Date of the personal education plan meeting', kind: 'date', required: true }],
  },
  healthChecks: {
    type: 'healthChecks',
    noun: 'health check',
    fields: [
      { name: 'kind', label: 'Kind of check', kind: 'radios', options: [['dental', 'Dental check'], ['immunisations', 'Immunisations'], ['sight', 'Sight test'], ['sdq', 'Strengths and Difficulties Questionnaire (SDQ)']], required: true },
      { name: 'date', label: 'Date', kind: 'date', required: true },
      { name: 'upToDate', label: 'Are the child’s immunisations up to date?', kind: 'yesno', hint: 'For immunisations only' },
      { name: 'sdqScore', label: 'SDQ total difficulties score', kind: 'number', min: 0, max: 40, hint: 'For an SDQ only: 0 to 40' },
    ],
  },
  iroContacts: {
    type: 'iroContacts',
    noun: 'IRO contact',
    fields: [
      { name: 'kind', label: 'Kind of contact', kind: 'radios', options: [['visit', 'Visit to the child'], ['midway_review', 'Midway review of the care plan'], ['consultation', 'Consultation (child, carers, family)']], required: true },
      { name: 'date', label: 'Date', kind: 'date', required: true },
      { name: 'notes', label: 'Notes', kind: 'textarea' },
    ],
  },
  iroEscalations: {
    type: 'iroEscalations',
    noun: 'IRO escalation',
    fields: [
      { name: 'raisedDate', label: 'Date raised', kind: 'date', required: true },
      {
        name: 'stage',
        label: 'Stage of the dispute resolution process',
        kind: 'radios',
        options: [['informal', 'Informal: with the social worker'], ['stage_1', 'Formal stage 1: team manager'], ['stage_2', 'Formal stage 2: head of service'], ['stage_3', 'Formal stage 3: director'], ['cafcass', 'Referred to Cafcass']],
        required: true,
      },
      { name: 'concern', label: 'The concern', kind: 'textarea', rows: 6, required: true },
      { name: 'escalatedTo', label: 'Escalated to (name and role)', kind: 'text' },
      { name: 'resolvedDate', label: 'Date resolved', kind: 'date' },
      { name: 'outcome', label: 'Outcome', kind: 'textarea' },
    ],
  },
  advocacyOffers: {
    type: 'advocacyOffers',
    noun: 'advocate or independent visitor offer',
    fields: [
      { name: 'kind', label: 'What was offered', kind: 'radios', options: [['advocate', 'An advocate'], ['independent_visitor', 'An independent visitor']], required: true },
      { name: 'offeredDate', label: 'Date offered', kind: 'date', required: true },
      { name: 'outcome', label: 'Outcome', kind: 'radios', options: [['accepted', 'Accepted'], ['declined', 'Declined'], ['waiting', 'Waiting for one to be found']], required: true },
      { name: 'startDate', label: 'Date they started with the child', kind: 'date' },
      { name: 'endDate', label: 'Date they stopped', kind: 'date' },
    ],
  },
  missingEpisodes: {
    type: 'missingEpisodes',
    noun: 'missing episode',
    fields: [
      { name: 'startAt', label: 'When the child went missing', kind: 'datetime', required: true },
      { name: 'type', label: 'Missing or away', kind: 'radios', options: [['missing', 'Missing: whereabouts unknown'], ['away', 'Away: whereabouts known, absent without agreement']], required: true },
      { name: 'fromCare', label: 'Was the child missing from care?', kind: 'yesno' },
      { name: 'reportedBy', label: 'Who reported the child missing', kind: 'text' },
      { name: 'policeReference', label: 'Police reference', kind: 'text' },
      { name: 'returnedAt', label: 'When the child returned or was found', kind: 'datetime', hint: 'Leave empty while the child is still missing. The 72-hour return interview clock starts from this time' },
      { name: 'whereFound', label: 'Where the child was found', kind: 'text' },
      { name: 'withWhom', label: 'Who the child was with', kind: 'text' },
      { name: 'interviewReferredToTeamId', label: 'Refer the return interview to', kind: 'team', serviceArea: 'return_interviews', hint: 'The independent service records the interview itself' },
      { name: 'returnInterviewOfferedAt', label: 'When the return interview was offered', kind: 'datetime' },
      { name: 'interviewOfferedBy', label: 'Who offered it', kind: 'text' },
      { name: 'interviewOrganisation', label: 'Their organisation', kind: 'text' },
      { name: 'offeredByIndependentPerson', label: 'Is that person independent of the child’s social worker and placement?', kind: 'yesno', hint: 'Statutory guidance (2014): the interview is offered by someone independent of the child’s care' },
      { name: 'returnInterviewDeclined', label: 'Did the child decline the interview?', kind: 'yesno' },
      { name: 'returnInterviewCompletedAt', label: 'When the return interview took place', kind: 'datetime' },
      { name: 'childSaid', label: 'What the child said', kind: 'textarea', rows: 6 },
    ],
  },
  exploitationScreenings: {
    type: 'exploitationScreenings',
    noun: 'exploitation risk screening',
    fields: [
      { name: 'date', label: 'Date of the screening', kind: 'date', required: true },
      { name: 'sexualExploitationRisk', label: 'Risk of child sexual exploitation', kind: 'radios', options: RISK_LEVELS, required: true },
      { name: 'criminalExploitationRisk', label: 'Risk of child criminal exploitation', kind: 'radios', options: RISK_LEVELS, required: true },
      { name: 'assessedBy', label: 'Assessed by', kind: 'text', required: true },
      { name: 'locations', label: 'Places linked to the risk', kind: 'tags' },
      { name: 'associates', label: 'People linked to the risk', kind: 'tags' },
      { name: 'notes', label: 'Notes', kind: 'textarea' },
    ],
  },
  careLeaver: {
    type: 'careLeaver',
    noun: 'care-leaver record',
    fields: [
      {
        name: 'eligibility',
        label: 'Eligibility',
        kind: 'radios',
        options: [['eligible', 'Eligible (looked after, 16 or 17)'], ['relevant', 'Relevant (left care at 16 or 17)'], ['former_relevant', 'Former relevant (18 to 25)'], ['qualifying', 'Qualifying']],
        required: true,
      },
      { name: 'eligibilityOverrideReason', label: 'Why the eligibility differs from the care history', kind: 'textarea', hint: 'Only when it differs from what Lantern works out from the periods of care' },
      { name: 'eligibleFrom', label: 'Date the young person became eligible', kind: 'date', required: true },
      { name: 'personalAdviserName', label: 'Personal adviser', kind: 'text' },
      { name: 'personalAdviserAllocatedDate', label: 'Date the personal adviser was allocated', kind: 'date' },
      { name: 'needsAssessmentDate', label: 'Date of the needs assessment', kind: 'date', hint: 'Within 3 months of the 16th birthday' },
      { name: 'pathwayPlanDate', label: 'Date of the pathway plan', kind: 'date' },
      { name: 'pathwayPlanReviewDates', label: 'Pathway plan reviews', kind: 'dateList', row: 'Review', hint: 'At most 6 months apart' },
      { name: 'latestContactDate', label: 'Date of the latest contact', kind: 'date' },
      { name: 'inTouchCode', label: 'In touch', kind: 'select', options: IN_TOUCH },
      { name: 'accommodationCode', label: 'Accommodation, and whether it is suitable', kind: 'select', options: ACCOMMODATION },
      // F3 and P3 were superseded in 2022: older records keep them, new answers cannot use them.
      { name: 'activityCode', label: 'Education, employment or training', kind: 'select', options: ACTIVITIES.filter(([code]) => !ACTIVITIES_WITHDRAWN.includes(code)) },
      { name: 'stayingPut', label: 'Staying put with former foster carers?', kind: 'yesno' },
      { name: 'supportTo25Requested', label: 'Has the young person asked for support to 25?', kind: 'yesno' },
      { name: 'localOfferToldOf', label: 'The local offer: what the young person has been told of', kind: 'datedRows', row: 'Entitlement', dateKey: 'toldDate', dateLabel: 'date told', textKey: 'entitlement', textLabel: 'entitlement', textHint: 'For example, council tax exemption, setting-up-home allowance' },
      { name: 'healthHistoryGivenDate', label: 'Date the young person was given their health history', kind: 'date' },
      { name: 'endDate', label: 'Date leaving-care support ended', kind: 'date' },
    ],
  },
  preProceedings: {
    type: 'preProceedings',
    noun: 'pre-proceedings',
    fields: [
      { name: 'legalGatewayDate', label: 'Date of the legal gateway (planning) meeting', kind: 'date' },
      { name: 'letterDate', label: 'Date of the letter before proceedings', kind: 'date', required: true },
      { name: 'meetingDate', label: 'Date of the pre-proceedings meeting', kind: 'date' },
      { name: 'endDate', label: 'Date pre-proceedings ended', kind: 'date' },
      { name: 'outcome', label: 'How pre-proceedings ended', kind: 'radios', options: [['stepped_down', 'Stepped down'], ['proceedings_issued', 'Care proceedings issued'], ['other', 'Other']] },
    ],
  },
  proceedings: {
    type: 'proceedings',
    noun: 'care proceedings',
    fields: [
      { name: 'issueDate', label: 'Date the application was issued', kind: 'date', required: true },
      { name: 'finalOrderDate', label: 'Date of the final order', kind: 'date' },
      {
        name: 'hearings',
        label: 'Hearings',
        kind: 'datedRows',
        row: 'Hearing',
        dateKey: 'date',
        dateLabel: 'date',
        textKey: 'kind',
        textLabel: 'kind',
        textHint: 'For example, case management hearing, issues resolution hearing, final hearing',
      },
      { name: 'finalOrder', label: 'Final order', kind: 'text', hint: 'For example, care order, placement order, special guardianship order' },
    ],
  },
  emergencyProtectionOrders: {
    type: 'emergencyProtectionOrders',
    noun: 'emergency protection order',
    fields: [
      { name: 'appliedDate', label: 'Date the local authority applied', kind: 'date' },
      { name: 'grantedAt', label: 'When the order was made', kind: 'datetime', required: true },
      { name: 'court', label: 'Court', kind: 'text' },
      { name: 'expiresAt', label: 'When the order ends', kind: 'datetime', required: true, hint: 'At most 8 days after it was made (section 45(1), Children Act 1989)' },
      { name: 'extendedTo', label: 'Extended to', kind: 'datetime', hint: 'Once only, by at most 7 days (section 45(5))' },
      { name: 'dischargedAt', label: 'When the order was discharged', kind: 'datetime', hint: 'Leave empty if it ran to its end' },
    ],
  },
  policeProtections: {
    type: 'policeProtections',
    noun: 'police protection',
    fields: [
      { name: 'startAt', label: 'When the child was taken into police protection', kind: 'datetime', required: true },
      { name: 'policeReference', label: 'Police reference', kind: 'text' },
      { name: 'designatedOfficer', label: 'Designated officer', kind: 'text', hint: 'The officer who inquires into the case (section 46(3)(e), Children Act 1989)' },
      { name: 'endedAt', label: 'When police protection ended', kind: 'datetime', hint: 'At most 72 hours after it began (section 46(6))' },
      { name: 'childWentTo', label: 'Where the child went', kind: 'text', hint: 'For example, home to a parent, foster care, or under an emergency protection order' },
    ],
  },
  adoption: {
    type: 'adoption',
    noun: 'adoption record',
    fields: [
      { name: 'decisionDate', label: 'Date of the agency decision that the child should be placed for adoption', kind: 'date' },
      { name: 'placementOrderDate', label: 'Date of the placement order', kind: 'date' },
      { name: 'matchedDate', label: 'Date the child was matched with adopters', kind: 'date' },
      { name: 'placedDate', label: 'Date the child moved in with the adopters', kind: 'date' },
      { name: 'adoptionOrderDate', label: 'Date of the adoption order', kind: 'date' },
      { name: 'decisionReversedDate', label: 'Date of a decision that the child should no longer be placed for adoption', kind: 'date' },
      { name: 'decisionReversedReason', label: 'Why the child should no longer be placed for adoption', kind: 'textarea' },
    ],
  },
};

/** What an independent return-interview service records on an episode referred to it. */
export const RETURN_INTERVIEW_FIELDS: FormField[] = [
  { name: 'returnInterviewOfferedAt', label: 'When the interview was offered', kind: 'datetime', required: true },
  { name: 'returnInterviewDeclined', label: 'Did the child decline the interview?', kind: 'yesno' },
  { name: 'returnInterviewCompletedAt', label: 'When the interview took place', kind: 'datetime' },
  { name: 'childSaid', label: 'What the child said', kind: 'textarea', rows: 8 },
];

/** The contact decision form (front door): outcome and rationale; the time is the moment of saving. */
export const CONTACT_DECISION_FIELDS: FormField[] = [
  { name: 'outcome', label: 'Decision', kind: 'radios', options: CONTACT_OUTCOMES, required: true },
  { name: 'decisionRationale', label: 'Reasons for the decision', kind: 'textarea', rows: 6, required: true, hint: 'Say what you considered, including the history of the child and their siblings' },
];

export { AGENCIES };

export function recordFormOf(type: string): RecordForm | null {
  return (RECORD_FORMS as Record<string, RecordForm | undefined>)[type] ?? null;
}

/** How many empty rows a repeating field offers (pages work without JavaScript, so rows are fixed). */
export const EMPTY_ROWS = 2;
