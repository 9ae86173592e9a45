// Missing episodes and return home interviews. SSD: ssd_missing (miss_*). Statutory guidance on
// children who run away or go missing from home or care (DfE 2014): a return interview offered by an
// independent person within 72 hours of the child's return.
import { Type, type Static } from 'typebox';
import { Id, IsoDateTime, Maybe, strict } from './schema-helpers.ts';

export const MissingEpisode = Type.Object(
  {
    id: Id,
    startAt: IsoDateTime,
    /** When the child returned (or was found); null while still missing. */
    returnedAt: Maybe(IsoDateTime),
    /** 'missing' or 'away' (absent without agreement) as in SSD miss_missing_episode_type. */
    type: Type.Optional(Type.Union([Type.Literal('missing'), Type.Literal('away')])),
    fromCare: Type.Optional(Type.Boolean()),
    returnInterviewOfferedAt: Maybe(IsoDateTime),
    /** The offer counts only if made by someone independent of the child's care. */
    offeredByIndependentPerson: Type.Optional(Type.Boolean()),
    returnInterviewCompletedAt: Maybe(IsoDateTime),
    returnInterviewDeclined: Type.Optional(Type.Boolean()),
  },
  strict,
);
export type MissingEpisode = Static<typeof MissingEpisode>;
