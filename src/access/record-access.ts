// Who may write which records of a child's journey: the write half of the access matrix, deny by
// default. Seeing the child at all is decided first by the child-scope rule (child-access.ts); this
// says which of the child's records a role may then create or change.
//
//   record                      | may write
//   ----------------------------+------------------------------------------------------------------
//   contact                     | front door worker, out-of-hours worker, team manager
//   early help                  | early help worker, front door worker, social worker, team manager
//   referral                    | front door worker, out-of-hours worker, social worker, team manager
//   child and family assessment | social worker, team manager
//   strategy discussion         | social worker, team manager, front door worker, out-of-hours worker
//   s47 enquiry                 | social worker, team manager, out-of-hours worker
//   ICPC, review conference     | CP chair / IRO, social worker, team manager
//   CP plan                     | CP chair / IRO, social worker, team manager
//   core group                  | social worker, team manager
//   CIN plan, CIN review        | social worker, team manager
//   visit                       | social worker, team manager, early help worker, personal adviser, out-of-hours worker
//   case supervision            | team manager
//   case note                   | every role that holds casework (the above)
//   period of care, legal status, placement, health assessment, PEP
//                               | social worker, team manager
//   CLA review                  | CP chair / IRO, social worker, team manager
//   IRO contact, IRO escalation | CP chair / IRO
//   health check, advocacy offer| social worker, team manager
//   pre-proceedings, proceedings, adoption
//                               | social worker, team manager
//   emergency protection order, police protection
//                               | social worker, team manager, out-of-hours worker
//   missing episode             | social worker, team manager, out-of-hours worker, personal adviser, early help worker
//   exploitation screening      | social worker, team manager, personal adviser, early help worker
//   care-leaver record          | personal adviser, social worker, team manager
//   anything else               | nobody yet (private fostering screens come later)
//
// Manager-only acts (Working Together 2023: management oversight is recorded, not assumed): authorising
// a child and family assessment and signing off a front door decision need `authorise_casework`.
import type { Actor } from './actor.ts';
import type { Role } from './roles.ts';
import type { JourneyRecordType } from '../practice/journey/record-types.ts';

const CASEWORK_ROLES: readonly Role[] = ['front_door_worker', 'out_of_hours_worker', 'social_worker', 'team_manager', 'early_help_worker', 'personal_adviser', 'cp_chair_iro'];

export const RECORD_WRITERS: Partial<Record<JourneyRecordType, readonly Role[]>> = {
  contacts: ['front_door_worker', 'out_of_hours_worker', 'team_manager'],
  earlyHelp: ['early_help_worker', 'front_door_worker', 'social_worker', 'team_manager'],
  referrals: ['front_door_worker', 'out_of_hours_worker', 'social_worker', 'team_manager'],
  assessments: ['social_worker', 'team_manager'],
  strategyDiscussions: ['social_worker', 'team_manager', 'front_door_worker', 'out_of_hours_worker'],
  s47Enquiries: ['social_worker', 'team_manager', 'out_of_hours_worker'],
  initialConferences: ['cp_chair_iro', 'social_worker', 'team_manager'],
  cpPlans: ['cp_chair_iro', 'social_worker', 'team_manager'],
  coreGroups: ['social_worker', 'team_manager'],
  reviewConferences: ['cp_chair_iro', 'social_worker', 'team_manager'],
  cinPlans: ['social_worker', 'team_manager'],
  cinReviews: ['social_worker', 'team_manager'],
  visits: ['social_worker', 'team_manager', 'early_help_worker', 'personal_adviser', 'out_of_hours_worker'],
  caseSupervisions: ['team_manager'],
  caseNotes: CASEWORK_ROLES,
  periodsOfCare: ['social_worker', 'team_manager'],
  legalStatuses: ['social_worker', 'team_manager'],
  placements: ['social_worker', 'team_manager'],
  claReviews: ['cp_chair_iro', 'social_worker', 'team_manager'],
  healthAssessments: ['social_worker', 'team_manager'],
  personalEducationPlans: ['social_worker', 'team_manager'],
  preProceedings: ['social_worker', 'team_manager'],
  proceedings: ['social_worker', 'team_manager'],
  adoption: ['social_worker', 'team_manager'],
  // Police protection is often recorded out of hours, when the police call the emergency duty team.
  emergencyProtectionOrders: ['social_worker', 'team_manager', 'out_of_hours_worker'],
  policeProtections: ['social_worker', 'team_manager', 'out_of_hours_worker'],
  healthChecks: ['social_worker', 'team_manager'],
  advocacyOffers: ['social_worker', 'team_manager'],
  iroContacts: ['cp_chair_iro'],
  iroEscalations: ['cp_chair_iro'],
  missingEpisodes: ['social_worker', 'team_manager', 'out_of_hours_worker', 'personal_adviser', 'early_help_worker'],
  exploitationScreenings: ['social_worker', 'team_manager', 'personal_adviser', 'early_help_worker'],
  careLeaver: ['personal_adviser', 'social_worker', 'team_manager'],
};

export function mayWriteRecord(actor: Pick<Actor, 'roles'>, type: JourneyRecordType): boolean {
  const writers = RECORD_WRITERS[type];
  return writers !== undefined && actor.roles.some((role) => writers.includes(role));
}

/** The record types this actor may write, in the order of the matrix. */
export function writableRecordTypes(actor: Pick<Actor, 'roles'>): JourneyRecordType[] {
  return (Object.keys(RECORD_WRITERS) as JourneyRecordType[]).filter((type) => mayWriteRecord(actor, type));
}

/**
 * Fields only a manager may set or change: an assessment's authorisation and a contact decision's
 * sign-off. The store refuses a write that changes one of these without `authorise_casework`.
 */
export const MANAGER_FIELDS: Partial<Record<JourneyRecordType, readonly string[]>> = {
  assessments: ['authorisedDate', 'authorisedBy'],
  contacts: ['signedOffAt', 'signedOffBy'],
};

/**
 * What an independent return-interview service may change on a missing episode referred to it: the
 * interview, and nothing else about the episode or the child (statutory guidance on children who run
 * away or go missing, 2014: the interview is offered by someone independent of the child's care).
 */
export const RETURN_INTERVIEW_FIELDS = [
  'returnInterviewOfferedAt', 'interviewOfferedBy', 'interviewOfferedByStaffId', 'interviewOrganisation', 'offeredByIndependentPerson',
  'returnInterviewDeclined', 'returnInterviewCompletedAt', 'childSaid',
] as const;
