// A child's whole journey, as one document: the input to the clock engine and to `lantern clocks`.
// Field names follow the Standard Safeguarding Dataset (SSD) in camelCase without its table prefixes;
// docs/clocks.md lists where we diverge and why. The JSON Schema in docs/journey.schema.json is
// generated from this definition.
import { Type, type Static } from 'typebox';
import { Id, IsoDate, Maybe, strict } from './schema-helpers.ts';
import { Contact, EarlyHelpEpisode } from './front-door.ts';
import { Assessment, Referral } from './assessment.ts';
import { CoreGroup, CpPlan, InitialConference, ReviewConference, S47Enquiry, StrategyDiscussion } from './child-protection.ts';
import { CaseNote, CaseSupervision, CinPlan, CinReview, Visit } from './child-in-need.ts';
import { AdvocacyOffer, ClaReview, HealthAssessment, HealthCheck, IroContact, IroEscalation, LegalStatus, PeriodOfCare, PersonalEducationPlan, Placement } from './looked-after.ts';
import { ExploitationScreening, MissingEpisode } from './missing.ts';
import { Adoption, EmergencyProtectionOrder, PoliceProtection, PreProceedings, Proceedings } from './court.ts';
import { CareLeaver, PrivateFostering } from './care-leaver.ts';
import { JourneyAllocation } from './allocation.ts';

const list = <T extends Parameters<typeof Type.Array>[0]>(item: T) => Type.Optional(Type.Array(item));

export const JourneyChild = Type.Object(
  {
    id: Id,
    /** Exactly one of dateOfBirth and expectedDateOfBirth (an unborn child). */
    dateOfBirth: Maybe(IsoDate),
    expectedDateOfBirth: Maybe(IsoDate),
  },
  strict,
);

export const Journey = Type.Object(
  {
    child: JourneyChild,
    allocations: list(JourneyAllocation),
    contacts: list(Contact),
    earlyHelp: list(EarlyHelpEpisode),
    referrals: list(Referral),
    assessments: list(Assessment),
    strategyDiscussions: list(StrategyDiscussion),
    s47Enquiries: list(S47Enquiry),
    initialConferences: list(InitialConference),
    cpPlans: list(CpPlan),
    coreGroups: list(CoreGroup),
    reviewConferences: list(ReviewConference),
    cinPlans: list(CinPlan),
    cinReviews: list(CinReview),
    visits: list(Visit),
    caseSupervisions: list(CaseSupervision),
    caseNotes: list(CaseNote),
    periodsOfCare: list(PeriodOfCare),
    legalStatuses: list(LegalStatus),
    placements: list(Placement),
    claReviews: list(ClaReview),
    healthAssessments: list(HealthAssessment),
    personalEducationPlans: list(PersonalEducationPlan),
    healthChecks: list(HealthCheck),
    iroContacts: list(IroContact),
    iroEscalations: list(IroEscalation),
    advocacyOffers: list(AdvocacyOffer),
    missingEpisodes: list(MissingEpisode),
    exploitationScreenings: list(ExploitationScreening),
    preProceedings: list(PreProceedings),
    proceedings: list(Proceedings),
    adoption: Maybe(Adoption),
    careLeaver: Maybe(CareLeaver),
    privateFostering: list(PrivateFostering),
    emergencyProtectionOrders: list(EmergencyProtectionOrder),
    policeProtections: list(PoliceProtection),
  },
  { ...strict, $id: 'https://lantern.example/schemas/journey.json', title: 'A child’s journey (Lantern)' },
);
export type Journey = Static<typeof Journey>;
