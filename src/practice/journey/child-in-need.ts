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

/**
 * An action agreed in supervision: what, who owns it, by when, and when it was done. Open actions carry
 * into the next supervision (Croydon 2017: supervision regular but ineffective, actions never followed up).
 */
export const SupervisionAction = Type.Object(
  {
    what: Type.String({ minLength: 1, maxLength: 1000 }),
    owner: Type.String({ minLength: 1, maxLength: 200 }),
    dueDate: IsoDate,
    doneDate: Maybe(IsoDate),
    /**
     * Set on an action carried from an earlier supervision: the date of the supervision that first
     * agreed it, so the record shows how long it has stayed open.
     */
    carriedFrom: Maybe(IsoDate),
  },
  strict,
);
export type SupervisionAction = Static<typeof SupervisionAction>;

/** Management oversight or supervision of this child's case: the decision, why, and the actions. */
export const CaseSupervision = Type.Object(
  {
    id: Id,
    date: IsoDate,
    /** A supervision session, or management oversight at a key decision (Ofsted ILACS looks for both). */
    kind: Type.Optional(Type.Union([Type.Literal('supervision'), Type.Literal('management_oversight')])),
    decision: Maybe(Text()),
    rationale: Maybe(Text()),
    actions: Type.Optional(Type.Array(SupervisionAction, { maxItems: 30 })),
  },
  strict,
);
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
