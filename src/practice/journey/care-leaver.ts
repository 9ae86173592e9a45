// Care leavers (Care Leavers (England) Regulations 2010; Children (Leaving Care) Act 2000) and private
// fostering (Children (Private Arrangements for Fostering) Regulations 2005). SSD: ssd_care_leavers.
import { Type, type Static } from 'typebox';
import { Code, Id, IsoDate, Maybe, Text, strict } from './schema-helpers.ts';

export const CareLeaver = Type.Object(
  {
    /** Eligible, relevant, former relevant, qualifying (SSD clea_care_leaver_eligibility). */
    eligibility: Type.Union([Type.Literal('eligible'), Type.Literal('relevant'), Type.Literal('former_relevant'), Type.Literal('qualifying')]),
    /** The day the young person became eligible (16+, 13 weeks looked after since 14): PA at once. */
    eligibleFrom: IsoDate,
    needsAssessmentDate: Maybe(IsoDate),
    personalAdviserAllocatedDate: Maybe(IsoDate),
    pathwayPlanDate: Maybe(IsoDate),
    pathwayPlanReviewDates: Type.Optional(Type.Array(IsoDate)),
    inTouch: Maybe(Type.Boolean()),
    stayingPut: Type.Optional(Type.Boolean()),
    /** Leaving-care duties end at 25 (or 21 if no longer wanting support); null while open. */
    endDate: Maybe(IsoDate),
    /** Set when the eligibility recorded differs from the one Lantern computes from the care history. */
    eligibilityOverrideReason: Maybe(Text(1000)),
    personalAdviserName: Maybe(Text(200)),
    /** The latest contact with the young person, and SSDA903 IN_TOUCH (care-leaver-codes.ts IN_TOUCH). */
    latestContactDate: Maybe(IsoDate),
    inTouchCode: Maybe(Code),
    /** SSDA903 ACCOM: the kind of accommodation and, in the code's digit, whether it is suitable. */
    accommodationCode: Maybe(Code),
    /** SSDA903 ACTIV: education, employment or training. */
    activityCode: Maybe(Code),
    /** The LA's local offer: each entitlement and the date the young person was told of it. */
    localOfferToldOf: Type.Optional(Type.Array(Type.Object({ entitlement: Type.String({ minLength: 1, maxLength: 200 }), toldDate: IsoDate }, strict), { maxItems: 40 })),
    /** Support from a personal adviser to 25 on request (Children and Social Work Act 2017, s3). */
    supportTo25Requested: Type.Optional(Type.Boolean()),
    /** The young person's health history given to them (statutory guidance, at 18). */
    healthHistoryGivenDate: Maybe(IsoDate),
  },
  strict,
);
export type CareLeaver = Static<typeof CareLeaver>;

export const PrivateFostering = Type.Object(
  {
    id: Id,
    notificationDate: IsoDate,
    /** Reg 4: visited within 7 WD of the notification; then reg 8: every 6 weeks in year one, 12 after. */
    visitDates: Type.Optional(Type.Array(IsoDate)),
    endDate: Maybe(IsoDate),
  },
  strict,
);
export type PrivateFostering = Static<typeof PrivateFostering>;
