// Pre-proceedings (the Public Law Outline), care proceedings and adoption steps.
// SSD: ssd_pre_proceedings (prep_*), ssd_permanence (perm_*).
import { Type, type Static } from 'typebox';
import { Id, IsoDate, IsoDateTime, Maybe, Text, strict } from './schema-helpers.ts';

export const PreProceedings = Type.Object(
  {
    id: Id,
    /** SSD prep_pre_pro_letter_date: the letter before proceedings starts the 16 week PLO timescale. */
    letterDate: IsoDate,
    /** The legal gateway (planning) meeting that decided to enter pre-proceedings. */
    legalGatewayDate: Maybe(IsoDate),
    meetingDate: Maybe(IsoDate),
    /** Pre-proceedings end: step down, or the decision to issue care proceedings. */
    endDate: Maybe(IsoDate),
    outcome: Maybe(Type.Union([Type.Literal('stepped_down'), Type.Literal('proceedings_issued'), Type.Literal('other')])),
  },
  strict,
);
export type PreProceedings = Static<typeof PreProceedings>;

export const Proceedings = Type.Object(
  {
    id: Id,
    /** The day the application was issued: s32(1)(a) Children Act 1989, disposed of within 26 weeks. */
    issueDate: IsoDate,
    finalOrderDate: Maybe(IsoDate),
    finalOrder: Maybe(Type.String({ maxLength: 40 })),
    /** Hearings so far: the date and what kind (case management, issues resolution, final). */
    hearings: Type.Optional(Type.Array(Type.Object({ date: IsoDate, kind: Type.String({ minLength: 1, maxLength: 100 }) }, strict), { maxItems: 40 })),
  },
  strict,
);
export type Proceedings = Static<typeof Proceedings>;

export const Adoption = Type.Object(
  {
    /** SSD perm_adm_decision_date: the agency decision that the child should be placed for adoption. */
    decisionDate: Maybe(IsoDate),
    placementOrderDate: Maybe(IsoDate),
    matchedDate: Maybe(IsoDate),
    /** Moved in with the adopters (SSD perm_placed_for_adoption_date): the end of the A1 measure. */
    placedDate: Maybe(IsoDate),
    adoptionOrderDate: Maybe(IsoDate),
    decisionReversedDate: Maybe(IsoDate),
    /** Why the child should no longer be placed for adoption (Adoption Agencies Regulations 2005, reg 19). */
    decisionReversedReason: Maybe(Type.String({ maxLength: 2000 })),
  },
  strict,
);
export type Adoption = Static<typeof Adoption>;

/**
 * An emergency protection order (s44 Children Act 1989): the court authorises removing the child, or
 * keeping them where they are, for at most 8 days (s45(1)), extendable once by up to 7 days (s45(5)-(6)).
 * Times, not only dates: the 8 days run from the moment the order is made.
 */
export const EmergencyProtectionOrder = Type.Object(
  {
    id: Id,
    /** When the LA applied (an application can be made without notice and heard the same day). */
    appliedDate: Maybe(IsoDate),
    grantedAt: IsoDateTime,
    court: Maybe(Text(200)),
    /** When the order ends as made: no more than 8 days after it was granted (s45(1)). */
    expiresAt: IsoDateTime,
    /** The one extension the court may grant, by up to 7 days beyond the first expiry (s45(5), (6)). */
    extendedTo: Maybe(IsoDateTime),
    /** Discharged by the court (s45(8)), or the child returned before the order ran out. */
    dischargedAt: Maybe(IsoDateTime),
  },
  strict,
);
export type EmergencyProtectionOrder = Static<typeof EmergencyProtectionOrder>;

/**
 * Police protection (s46 Children Act 1989): a constable removes the child, or keeps them somewhere safe,
 * for at most 72 hours (s46(6)); a designated officer inquires into the case and the LA is told at once.
 */
export const PoliceProtection = Type.Object(
  {
    id: Id,
    /** When the child was taken into police protection. */
    startAt: IsoDateTime,
    policeReference: Maybe(Text(40)),
    /** The officer designated by the chief officer of police to inquire into the case (s46(3)(e)). */
    designatedOfficer: Maybe(Text(200)),
    /** When police protection ended: no more than 72 hours after it began (s46(6)). */
    endedAt: Maybe(IsoDateTime),
    /** Where the child went (home, foster care under s20, an emergency protection order). */
    childWentTo: Maybe(Text(500)),
  },
  strict,
);
export type PoliceProtection = Static<typeof PoliceProtection>;
