// Children looked after: periods of care, legal statuses, placements, reviews, health assessments and
// personal education plans. SSD: ssd_cla_episodes (clae_*), ssd_legal_status (lega_*),
// ssd_cla_placement (clap_*), ssd_cla_reviews (clar_*), ssd_cla_health (clah_*).
import { Type, type Static } from 'typebox';
import { Code, Id, IsoDate, IsoDateTime, Maybe, Text, strict } from './schema-helpers.ts';

export const PeriodOfCare = Type.Object(
  {
    id: Id,
    /** The day the child became looked after (SSD clae_entered_care_date). */
    startDate: IsoDate,
    endDate: Maybe(IsoDate),
    /** CPPCR 2010 reg 4: the care plan, before the first placement or within 10 WD of it. */
    carePlanDate: Maybe(IsoDate),
    /** The permanence plan, expected by the second review (statutory guidance vol 2). */
    permanencePlanDate: Maybe(IsoDate),
    /** SSDA903 CIN: the category of need, N1..N8 (looked-after-codes.ts CATEGORIES_OF_NEED). */
    categoryOfNeed: Maybe(Code),
    /** SSDA903 RNE for the period's first episode: S, started to be looked after (REASONS_NEW_EPISODE). */
    reasonForNewEpisode: Maybe(Code),
    /** SSDA903 REC: why the child stopped being looked after (REASONS_EPISODE_CEASED). */
    reasonCeased: Maybe(Code),
  },
  strict,
);
export type PeriodOfCare = Static<typeof PeriodOfCare>;

/** SSDA903 legal status codes: C1, C2, D1, E1, J1, J2, J3, L1, L2, L3, V2, V3, V4. */
export const LegalStatus = Type.Object(
  {
    /** Optional for older journeys; a legal status recorded on a screen always has one. */
    id: Type.Optional(Id),
    code: Type.String({ pattern: '^(C1|C2|D1|E1|J1|J2|J3|L1|L2|L3|V2|V3|V4)$' }),
    startDate: IsoDate,
    endDate: Maybe(IsoDate),
  },
  strict,
);
export type LegalStatus = Static<typeof LegalStatus>;

export const Placement = Type.Object(
  {
    id: Id,
    periodOfCareId: Id,
    startDate: IsoDate,
    endDate: Maybe(IsoDate),
    /** SSDA903 placement type code (for example U1..U6 foster care, K2 children's home, P1 with parents). */
    typeCode: Type.String({ maxLength: 3 }),
    /**
     * Who the child is placed with: decides the visit rules (CPPCR 2010 reg 28: placed with a parent
     * under reg 19, or a connected person under reg 24, are visited weekly to the first review).
     */
    placedWith: Type.Union([Type.Literal('parent'), Type.Literal('connected_person'), Type.Literal('other')]),
    /** Agreed as the child's permanent home to 18: visits after the first year may be 3-monthly (reg 28(3)). */
    longTermUntil18: Type.Optional(Type.Boolean()),
    /** CPPCR 2010 reg 9: the placement plan, before the placement or within 5 WD. */
    placementPlanDate: Maybe(IsoDate),
    /** Connected person temporary approval (regs 24-25): one extension of up to 8 weeks. */
    temporaryApprovalExtended: Type.Optional(Type.Boolean()),
    /** Full approval as a foster carer, ending the temporary approval. */
    fullApprovalDate: Maybe(IsoDate),
    /** Secure accommodation: without a court order at most 72 hours (Children (Secure Accommodation) Regulations 1991 reg 10). */
    secureFrom: Maybe(IsoDateTime),
    secureCourtOrderAt: Maybe(IsoDateTime),
    /** SSDA903 PLACE_PROVIDER, PR0..PR5 (looked-after-codes.ts PLACEMENT_PROVIDERS). */
    providerCode: Maybe(Code),
    /** Who provides the placement (the fostering agency, the children's home's operator), by name. */
    providerName: Maybe(Text(200)),
    /** Where the child lives (SSDA903 PL_POST); the LA's own area or not, and how far from home. */
    postcode: Maybe(Type.String({ maxLength: 10 })),
    inLaArea: Type.Optional(Type.Boolean()),
    distanceMiles: Maybe(Type.Number({ minimum: 0, maximum: 1000 })),
    /** False for a home that should be registered with Ofsted and is not (an unregistered children's home). */
    registered: Type.Optional(Type.Boolean()),
    /** SSDA903 REASON_PLACE_CHANGE when the placement ended in a move (REASONS_PLACEMENT_CHANGE). */
    reasonForChange: Maybe(Code),
  },
  strict,
);
export type Placement = Static<typeof Placement>;

export const ClaReview = Type.Object(
  {
    id: Id,
    date: IsoDate,
    /** The independent reviewing officer who chaired it. */
    chairName: Maybe(Text(200)),
    /** Whether the child took part, and how (SSDA903 participation codes PN0..PN7; looked-after-codes.ts). */
    participationCode: Maybe(Code),
    /** Recommendations the IRO made, in the IRO's words. */
    recommendations: Maybe(Text()),
  },
  strict,
);
export type ClaReview = Static<typeof ClaReview>;

export const HealthAssessment = Type.Object({ id: Id, kind: Type.Union([Type.Literal('initial'), Type.Literal('review')]), date: IsoDate }, strict);
export type HealthAssessment = Static<typeof HealthAssessment>;

export const PersonalEducationPlan = Type.Object({ id: Id, date: IsoDate }, strict);
export type PersonalEducationPlan = Static<typeof PersonalEducationPlan>;

/**
 * The IRO's own contact with the child between reviews: visits, the midway check on the care plan,
 * consultations (IRO Handbook 2010, 3.17 and 3.74: the IRO monitors the plan between reviews).
 */
export const IroContact = Type.Object(
  {
    id: Id,
    date: IsoDate,
    kind: Type.Union([Type.Literal('visit'), Type.Literal('midway_review'), Type.Literal('consultation')]),
    notes: Maybe(Text()),
  },
  strict,
);
export type IroContact = Static<typeof IroContact>;

/**
 * The IRO's formal escalation of a concern about the child's plan (the dispute resolution protocol,
 * IRO Handbook 2010, 3.75–3.80; referral to Cafcass as the last step), tracked stage by stage to its
 * resolution.
 */
export const IroEscalation = Type.Object(
  {
    id: Id,
    raisedDate: IsoDate,
    /** The stage reached: informal, then formal stages 1–3 up the management line, then Cafcass. */
    stage: Type.Union([Type.Literal('informal'), Type.Literal('stage_1'), Type.Literal('stage_2'), Type.Literal('stage_3'), Type.Literal('cafcass')]),
    concern: Type.String({ minLength: 1, maxLength: 5000 }),
    /** Who it was escalated to at this stage (a manager's name and role). */
    escalatedTo: Maybe(Text(200)),
    resolvedDate: Maybe(IsoDate),
    outcome: Maybe(Text()),
  },
  strict,
);
export type IroEscalation = Static<typeof IroEscalation>;

/**
 * Health checks beyond the statutory health assessments: dental checks, immunisations, sight tests and
 * the Strengths and Difficulties Questionnaire (SSDA903 OC2: teeth checked, immunisations up to date,
 * SDQ score 0–40).
 */
export const HealthCheck = Type.Object(
  {
    id: Id,
    date: IsoDate,
    kind: Type.Union([Type.Literal('dental'), Type.Literal('immunisations'), Type.Literal('sight'), Type.Literal('sdq')]),
    /** For immunisations: whether they are up to date. */
    upToDate: Type.Optional(Type.Boolean()),
    /** For an SDQ: the total difficulties score, 0–40. */
    sdqScore: Maybe(Type.Integer({ minimum: 0, maximum: 40 })),
  },
  strict,
);
export type HealthCheck = Static<typeof HealthCheck>;

/**
 * An advocate or independent visitor offered to the child (Children Act 1989 s23ZB, s26A), and what
 * came of the offer: accepted, declined, or waiting for one to be found.
 */
export const AdvocacyOffer = Type.Object(
  {
    id: Id,
    kind: Type.Union([Type.Literal('advocate'), Type.Literal('independent_visitor')]),
    offeredDate: IsoDate,
    outcome: Type.Union([Type.Literal('accepted'), Type.Literal('declined'), Type.Literal('waiting')]),
    /** When the advocate or visitor started with the child. */
    startDate: Maybe(IsoDate),
    endDate: Maybe(IsoDate),
  },
  strict,
);
export type AdvocacyOffer = Static<typeof AdvocacyOffer>;
