// The checks a record must pass when a worker writes it (creating or editing), beyond its TypeBox schema:
// dates of things that have happened are not in the future, ends follow starts, references resolve and
// respect the order of the child's journey, codes are in their code sets (code-sets.ts, looked-after-codes.ts, care-leaver-codes.ts), and plans and
// assessments hold what Working Together 2023 says they must. The record has already passed Value.Check
// against its schema. Messages follow the GOV.UK Design System's error message pattern, one per field.
import type { JourneyRecordType } from '../journey/record-types.ts';
import type { Contact, EarlyHelpEpisode } from '../journey/front-door.ts';
import type { Assessment, Referral } from '../journey/assessment.ts';
import type { CoreGroup, CpPlan, InitialConference, ReviewConference, S47Enquiry, StrategyDiscussion } from '../journey/child-protection.ts';
import type { CaseNote, CaseSupervision, CinPlan, CinReview, Visit } from '../journey/child-in-need.ts';
import type {
  AdvocacyOffer, ClaReview, HealthAssessment, HealthCheck, IroContact, IroEscalation, LegalStatus, PeriodOfCare, PersonalEducationPlan, Placement,
} from '../journey/looked-after.ts';
import type { ExploitationScreening, MissingEpisode } from '../journey/missing.ts';
import type { Adoption, EmergencyProtectionOrder, PoliceProtection, PreProceedings, Proceedings } from '../journey/court.ts';
import type { CareLeaver, PrivateFostering } from '../journey/care-leaver.ts';
import { Problems, type RecordProblem, type RecordWrite, type WriteContext } from './record-write.ts';
import { checkContact, checkEarlyHelp } from './validate-front-door.ts';
import { checkAssessment, checkReferral } from './validate-assessment.ts';
import { checkCpMeeting, checkCpPlan, checkInitialConference, checkS47Enquiry, checkStrategyDiscussion } from './validate-child-protection.ts';
import { checkCaseNote, checkCaseSupervision, checkCinPlan, checkCinReview, checkVisit } from './validate-child-in-need.ts';
import {
  checkAdoption, checkClaReview, checkDatedMeeting, checkLegalStatus, checkPeriodOfCare, checkPlacement, checkPreProceedings, checkPrivateFostering,
  checkProceedings,
} from './validate-care-and-court.ts';
import { checkExploitationScreening, checkMissingEpisode } from './validate-missing.ts';
import { checkCareLeaver } from './validate-care-leaver.ts';
import { checkEmergencyProtectionOrder, checkPoliceProtection } from './validate-emergency-protection.ts';
import { checkAdvocacyOffer, checkHealthCheck, checkIroContact, checkIroEscalation } from './validate-looked-after-support.ts';

export type { RecordProblem, RecordWrite } from './record-write.ts';

type Check = (record: never, context: WriteContext, problems: Problems) => void;

/** One check per record type: the compiler insists every type in journey.ts has one. */
const CHECKS: Record<JourneyRecordType, Check> = {
  contacts: (r: Contact, c, p) => checkContact(r, c, p),
  earlyHelp: (r: EarlyHelpEpisode, c, p) => checkEarlyHelp(r, c, p),
  referrals: (r: Referral, c, p) => checkReferral(r, c, p),
  assessments: (r: Assessment, c, p) => checkAssessment(r, c, p),
  strategyDiscussions: (r: StrategyDiscussion, c, p) => checkStrategyDiscussion(r, c, p),
  s47Enquiries: (r: S47Enquiry, c, p) => checkS47Enquiry(r, c, p),
  initialConferences: (r: InitialConference, c, p) => checkInitialConference(r, c, p),
  cpPlans: (r: CpPlan, c, p) => checkCpPlan(r, c, p),
  coreGroups: (r: CoreGroup, c, p) => checkCpMeeting(r, 'core group meeting', c, p),
  reviewConferences: (r: ReviewConference, c, p) => checkCpMeeting(r, 'review child protection conference', c, p),
  cinPlans: (r: CinPlan, c, p) => checkCinPlan(r, c, p),
  cinReviews: (r: CinReview, c, p) => checkCinReview(r, c, p),
  visits: (r: Visit, c, p) => checkVisit(r, c, p),
  caseSupervisions: (r: CaseSupervision, c, p) => checkCaseSupervision(r, c, p),
  caseNotes: (r: CaseNote, c, p) => checkCaseNote(r, c, p),
  periodsOfCare: (r: PeriodOfCare, c, p) => checkPeriodOfCare(r, c, p),
  legalStatuses: (r: LegalStatus, c, p) => checkLegalStatus(r, c, p),
  placements: (r: Placement, c, p) => checkPlacement(r, c, p),
  claReviews: (r: ClaReview, c, p) => checkClaReview(r, c, p),
  healthAssessments: (r: HealthAssessment, c, p) => checkDatedMeeting(r, 'health assessment', c, p),
  personalEducationPlans: (r: PersonalEducationPlan, c, p) => checkDatedMeeting(r, 'personal education plan', c, p),
  healthChecks: (r: HealthCheck, c, p) => checkHealthCheck(r, c, p),
  iroContacts: (r: IroContact, c, p) => checkIroContact(r, c, p),
  iroEscalations: (r: IroEscalation, c, p) => checkIroEscalation(r, c, p),
  advocacyOffers: (r: AdvocacyOffer, c, p) => checkAdvocacyOffer(r, c, p),
  missingEpisodes: (r: MissingEpisode, c, p) => checkMissingEpisode(r, c, p),
  exploitationScreenings: (r: ExploitationScreening, c, p) => checkExploitationScreening(r, c, p),
  preProceedings: (r: PreProceedings, c, p) => checkPreProceedings(r, c, p),
  proceedings: (r: Proceedings, c, p) => checkProceedings(r, c, p),
  privateFostering: (r: PrivateFostering, c, p) => checkPrivateFostering(r, c, p),
  emergencyProtectionOrders: (r: EmergencyProtectionOrder, c, p) => checkEmergencyProtectionOrder(r, c, p),
  policeProtections: (r: PoliceProtection, c, p) => checkPoliceProtection(r, c, p),
  adoption: (r: Adoption, c, p) => checkAdoption(r, c, p),
  careLeaver: (r: CareLeaver, c, p) => checkCareLeaver(r, c, p),
};

export function validateRecordWrite(write: RecordWrite): RecordProblem[] {
  const problems = new Problems();
  identityProblems(write, problems);
  const context: WriteContext = { journey: write.journey, today: write.today, calendar: write.calendar, isNew: write.isNew };
  (CHECKS[write.recordType] as (record: unknown, context: WriteContext, problems: Problems) => void)(write.record, context, problems);
  return problems.list;
}

/**
 * A record's id is its key within the child's journey (storage's record_key, what clocks refer to): a
 * new one must not reuse a key, and an edit must be of a record that exists. Adoption and care-leaver
 * status are single records, keyed by their type; legal statuses have no id of their own.
 */
function identityProblems({ journey, recordType, record, isNew }: RecordWrite, p: Problems): void {
  if (recordType === 'adoption' || recordType === 'careLeaver') {
    const exists = journey[recordType] !== null && journey[recordType] !== undefined;
    const noun = recordType === 'adoption' ? 'an adoption record' : 'a care leaver record';
    if (isNew && exists) p.add('', `The child already has ${noun}: change that one instead`);
    if (!isNew && !exists) p.add('', 'This record no longer exists: it may have been removed by someone else');
    return;
  }
  if (recordType === 'legalStatuses') return;
  const id = record.id;
  if (typeof id !== 'string') return;
  const list = ((journey as Record<string, unknown>)[recordType] as readonly { id?: string }[] | undefined) ?? [];
  const exists = list.some((r) => r.id === id);
  if (isNew && exists) p.add('id', 'This record has already been saved: go back to the child’s record to see it');
  if (!isNew && !exists) p.add('id', 'This record no longer exists: it may have been removed by someone else');
}
