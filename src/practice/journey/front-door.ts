// The front door and early help: contacts, their decisions, and early help episodes.
// SSD: ssd_contacts (cont_*), ssd_early_help_episodes (earl_*).
import { Type, type Static } from 'typebox';
import { Code, Id, IsoDate, IsoDateTime, Maybe, Text, strict } from './schema-helpers.ts';

export const ContactOutcome = Type.Union(
  [Type.Literal('no_further_action'), Type.Literal('advice'), Type.Literal('early_help'), Type.Literal('referral'), Type.Literal('strategy_discussion')],
  { description: 'The front door decision (SSD cont_contact_outcome_json, simplified to the routes Lantern offers)' },
);

export const Contact = Type.Object(
  {
    id: Id,
    /** SSD cont_contact_date, with the time: the 1 WD decision clock starts when the contact arrives. */
    receivedAt: IsoDateTime,
    /** CIN census referral source code (1A..10), SSD cont_contact_source_code. */
    sourceCode: Type.Optional(Type.String({ maxLength: 3 })),
    decidedAt: Maybe(IsoDateTime),
    outcome: Maybe(ContactOutcome),
    /** The partner's online submission this contact came from, when it came that way. */
    submissionId: Maybe(Id),
    /** Who made the contact and for which agency (SSD cont_contact_source_desc). */
    referrerName: Maybe(Text(200)),
    referrerAgency: Maybe(Text(200)),
    /** What the referrer is worried about, in their words. */
    concerns: Maybe(Text()),
    /** Why the front door decided as it did: recorded with the decision. */
    decisionRationale: Maybe(Text()),
    /** The member of staff who decided (staff id) and the manager who signed the decision off. */
    decidedBy: Maybe(Id),
    signedOffAt: Maybe(IsoDateTime),
    signedOffBy: Maybe(Id),
  },
  strict,
);
export type Contact = Static<typeof Contact>;

export const EarlyHelpEpisode = Type.Object(
  {
    id: Id,
    /** When early help was requested: the wait for an early help assessment starts here. */
    requestDate: IsoDate,
    assessmentDate: Maybe(IsoDate),
    /** SSD earl_episode_start_date (the plan starting) and earl_episode_end_date. */
    startDate: Maybe(IsoDate),
    endDate: Maybe(IsoDate),
    endReason: Maybe(Type.Union([Type.Literal('completed'), Type.Literal('stepped_up'), Type.Literal('declined'), Type.Literal('moved_away'), Type.Literal('other')])),
    /** How the request arrived: from the front door, or stepped down from children's social care. */
    origin: Maybe(Type.Union([Type.Literal('contact'), Type.Literal('step_down')])),
    /** The contact (or, for a step-down, the referral) that led here. */
    contactId: Maybe(Id),
    steppedDownFromReferralId: Maybe(Id),
  },
  strict,
);
export type EarlyHelpEpisode = Static<typeof EarlyHelpEpisode>;
