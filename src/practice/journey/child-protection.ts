// Strategy discussion, s47 enquiry, initial and review child protection conferences, the CP plan and
// its core groups. SSD: ssd_s47_enquiry (s47e_*), ssd_initial_cp_conference (icpc_*), ssd_cp_plans
// (cppl_*), ssd_cp_reviews (cppr_*).
import { Type, type Static } from 'typebox';
import { Code, Goal, Id, IsoDate, Maybe, Text, strict } from './schema-helpers.ts';

export const StrategyDiscussion = Type.Object(
  {
    id: Id,
    /** The decision that the s47 threshold may be met: starts the LOCAL strategy discussion clock. */
    thresholdDecisionDate: IsoDate,
    /** When the discussion was held (null while it is awaited). */
    date: Maybe(IsoDate),
    /** Agencies present: Working Together 2023 expects at least police, health and social care. */
    agencies: Type.Optional(Type.Array(Type.String({ maxLength: 60 }))),
    /** The time it was held, HH:MM, UK local time. */
    time: Maybe(Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' })),
    /** Who took part and for which agency (code-sets.ts AGENCIES); `agencies` is derived from these. */
    attendees: Type.Optional(Type.Array(Type.Object({ name: Type.String({ minLength: 1, maxLength: 200 }), agency: Code }, strict), { maxItems: 30 })),
    /** What it decided (code-sets.ts STRATEGY_DECISIONS). */
    decision: Maybe(Code),
    /** The contact or referral that led to it. */
    contactId: Maybe(Id),
    referralId: Maybe(Id),
  },
  strict,
);
export type StrategyDiscussion = Static<typeof StrategyDiscussion>;

export const S47Enquiry = Type.Object(
  {
    id: Id,
    strategyDiscussionId: Id,
    startDate: IsoDate,
    endDate: Maybe(IsoDate),
    /** Whether the enquiry concluded that an ICPC is needed. */
    icpcRequired: Maybe(Type.Boolean()),
    outcomeNotes: Maybe(Text()),
  },
  strict,
);
export type S47Enquiry = Static<typeof S47Enquiry>;

export const InitialConference = Type.Object(
  {
    id: Id,
    s47EnquiryId: Id,
    /** SSD icpc_icpc_date: held within 15 WD of the strategy discussion that started the s47. */
    date: Maybe(IsoDate),
    /** SSD icpc_icpc_outcome_cp_flag. */
    planMade: Maybe(Type.Boolean()),
  },
  strict,
);
export type InitialConference = Static<typeof InitialConference>;

/**
 * What every plan holds (Working Together 2023, 4.4.38): goals with who and by when, a contingency plan
 * if things do not improve, and the child's wishes and feelings. Optional in a stored journey (older and
 * imported plans may lack them); refused at the point of writing a plan without a contingency.
 */
export const PlanContent = {
  goals: Type.Optional(Type.Array(Goal, { maxItems: 30 })),
  contingencyPlan: Maybe(Text()),
  wishesAndFeelings: Maybe(Text()),
};

export const CpCategory = Type.Union([Type.Literal('neglect'), Type.Literal('emotional'), Type.Literal('physical'), Type.Literal('sexual'), Type.Literal('multiple')]);

export const CpPlan = Type.Object(
  {
    id: Id,
    /** The ICPC that made the plan; null for a plan transferred in from another LA. */
    initialConferenceId: Maybe(Id),
    startDate: IsoDate,
    endDate: Maybe(IsoDate),
    /** SSD cppl_cp_plan_initial_category. */
    initialCategory: CpCategory,
    /** The date a decision to enter the Public Law Outline was made (stops the drift flag). */
    ploDecisionDate: Maybe(IsoDate),
    /** SSD cppl_cp_plan_latest_category: the category after the latest review. */
    latestCategory: Maybe(CpCategory),
    /** Why the plan ended (code-sets.ts PLAN_END_REASONS). */
    endReason: Maybe(Code),
    ...PlanContent,
  },
  strict,
);
export type CpPlan = Static<typeof CpPlan>;

export const CoreGroup = Type.Object({ id: Id, cpPlanId: Id, date: IsoDate }, strict);
export type CoreGroup = Static<typeof CoreGroup>;

export const ReviewConference = Type.Object({ id: Id, cpPlanId: Id, date: IsoDate }, strict);
export type ReviewConference = Static<typeof ReviewConference>;
