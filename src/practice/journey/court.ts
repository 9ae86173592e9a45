// Pre-proceedings (the Public Law Outline), care proceedings and adoption steps.
// SSD: ssd_pre_proceedings (prep_*), ssd_permanence (perm_*).
import { Type, type Static } from 'typebox';
import { Id, IsoDate, Maybe, strict } from './schema-helpers.ts';

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
