// The child in need plan and its reviews; visits (for every stage) and case supervision.
// SSD: ssd_cin_plans (cinp_*), ssd_cin_visits / ssd_cp_visits / ssd_cla_visits (one Visit type here:
// which clock a visit counts towards follows from the plan or period of care it falls in).
import { Type, type Static } from 'typebox';
import { Code, Id, IsoDate, IsoDateTime, Maybe, Text, strict } from './schema-helpers.ts';
import { PlanContent } from './child-protection.ts';

export const CinPlan = Type.Object(
  { id: Id, startDate: IsoDate, endDate: Maybe(IsoDate), endReason: Maybe(Code), ...PlanContent },
  strict,
);
export type CinPlan = Static<typeof CinPlan>;

export const CinReview = Type.Object({ id: Id, cinPlanId: Id, date: IsoDate }, strict);
export type CinReview = Static<typeof CinReview>;

export const Visit = Type.Object(
  {
    id: Id,
    date: IsoDate,
    /** Only a visit where the child was seen meets a statutory visit clock. */
    childSeen: Type.Boolean(),
    childSeenAlone: Type.Optional(Type.Boolean()),
    bedroomSeen: Type.Optional(Type.Boolean()),
    /** What kind of visit (code-sets.ts VISIT_TYPES). */
    visitType: Maybe(Code),
    /** The child's own words, and what the worker saw. */
    childSaid: Maybe(Text()),
    observations: Maybe(Text()),
  },
  strict,
);
export type Visit = Static<typeof Visit>;

/** Management oversight or supervision of this child's case. */
export const CaseSupervision = Type.Object({ id: Id, date: IsoDate }, strict);
export type CaseSupervision = Static<typeof CaseSupervision>;

/** A case note: a dated entry in the child's record that is not one of the statutory records. */
export const CaseNote = Type.Object(
  {
    id: Id,
    /** When what the note records happened (UK local time). */
    occurredAt: IsoDateTime,
    /** code-sets.ts CASE_NOTE_KINDS. */
    kind: Code,
    subject: Type.String({ minLength: 1, maxLength: 200 }),
    text: Type.String({ minLength: 1, maxLength: 20000 }),
  },
  strict,
);
export type CaseNote = Static<typeof CaseNote>;
