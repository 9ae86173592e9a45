// Children looked after: periods of care, legal statuses, placements, reviews, health assessments and
// personal education plans. SSD: ssd_cla_episodes (clae_*), ssd_legal_status (lega_*),
// ssd_cla_placement (clap_*), ssd_cla_reviews (clar_*), ssd_cla_health (clah_*).
import { Type, type Static } from 'typebox';
import { Id, IsoDate, IsoDateTime, Maybe, strict } from './schema-helpers.ts';

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
  },
  strict,
);
export type PeriodOfCare = Static<typeof PeriodOfCare>;

/** SSDA903 legal status codes: C1, C2, D1, E1, J1, J2, J3, L1, L2, L3, V2, V3, V4. */
export const LegalStatus = Type.Object({ code: Type.String({ pattern: '^(C1|C2|D1|E1|J1|J2|J3|L1|L2|L3|V2|V3|V4)$' }), startDate: IsoDate, endDate: Maybe(IsoDate) }, strict);
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
  },
  strict,
);
export type Placement = Static<typeof Placement>;

export const ClaReview = Type.Object({ id: Id, date: IsoDate }, strict);
export type ClaReview = Static<typeof ClaReview>;

export const HealthAssessment = Type.Object({ id: Id, kind: Type.Union([Type.Literal('initial'), Type.Literal('review')]), date: IsoDate }, strict);
export type HealthAssessment = Static<typeof HealthAssessment>;

export const PersonalEducationPlan = Type.Object({ id: Id, date: IsoDate }, strict);
export type PersonalEducationPlan = Static<typeof PersonalEducationPlan>;
