// The front door and early help: contacts, their decisions, and early help episodes.
// SSD: ssd_contacts (cont_*), ssd_early_help_episodes (earl_*).
import { Type, type Static } from 'typebox';
import { Id, IsoDate, IsoDateTime, Maybe, strict } from './schema-helpers.ts';

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
  },
  strict,
);
export type EarlyHelpEpisode = Static<typeof EarlyHelpEpisode>;
