// Referral (a CIN episode) and the child and family assessment.
// SSD: ssd_cin_episodes (cine_*), ssd_cin_assessments (cina_*).
import { Type, type Static } from 'typebox';
import { Code, Id, IsoDate, Maybe, Text, strict } from './schema-helpers.ts';

export const Referral = Type.Object(
  {
    id: Id,
    /** SSD cine_referral_date: starts the 45 WD assessment clock. */
    referralDate: IsoDate,
    sourceCode: Type.Optional(Type.String({ maxLength: 3 })),
    /** CIN census primary need code N1..N9. */
    primaryNeedCode: Maybe(Type.String({ pattern: '^N[0-9]$' })),
    noFurtherAction: Type.Optional(Type.Boolean()),
    closeDate: Maybe(IsoDate),
    /** CIN census reason for closure RC1..RC8. */
    closeReason: Maybe(Type.String({ maxLength: 4 })),
    /** The contact that became this referral. */
    contactId: Maybe(Id),
  },
  strict,
);
export type Referral = Static<typeof Referral>;

export const Assessment = Type.Object(
  {
    id: Id,
    referralId: Id,
    /** SSD cina_assessment_start_date. */
    startDate: IsoDate,
    /** SSD cina_assessment_auth_date: the assessment is complete when a manager authorises it. */
    authorisedDate: Maybe(IsoDate),
    childSeen: Type.Optional(Type.Boolean()),
    /** When the child was seen during the assessment (SSD cina_assessment_child_seen). */
    childSeenDate: Maybe(IsoDate),
    /** Working Together 2023: reasons must be recorded when 45 WD is exceeded. */
    reasonForDelay: Maybe(Type.String({ maxLength: 2000 })),
    /** CIN census factors identified at the end of assessment (code-sets.ts ASSESSMENT_FACTORS). */
    factors: Type.Optional(Type.Array(Code, { maxItems: 45 })),
    /** What the assessment concluded (code-sets.ts ASSESSMENT_OUTCOMES). */
    outcome: Maybe(Code),
    /** The manager who authorised it (staff id). */
    authorisedBy: Maybe(Id),
    summary: Maybe(Text(10000)),
  },
  strict,
);
export type Assessment = Static<typeof Assessment>;
