// Care leavers (Care Leavers (England) Regulations 2010; Children (Leaving Care) Act 2000) and private
// fostering (Children (Private Arrangements for Fostering) Regulations 2005). SSD: ssd_care_leavers.
import { Type, type Static } from 'typebox';
import { Id, IsoDate, Maybe, strict } from './schema-helpers.ts';

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
