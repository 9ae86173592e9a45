// Missing episodes and return home interviews. SSD: ssd_missing (miss_*). Statutory guidance on
// children who run away or go missing from home or care (DfE 2014): a return interview offered by an
// independent person within 72 hours of the child's return.
import { Type, type Static } from 'typebox';
import { Code, Id, IsoDate, IsoDateTime, Maybe, Text, strict } from './schema-helpers.ts';

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
    /** Who reported the child missing, and the police reference. */
    reportedBy: Maybe(Text(200)),
    policeReference: Maybe(Text(40)),
    /** Where the child was found and who they were with: the start of an exploitation picture. */
    whereFound: Maybe(Text(500)),
    withWhom: Maybe(Text(500)),
    /** Who offered the return interview and for which organisation (independent of the child's care). */
    interviewOfferedBy: Maybe(Text(200)),
    interviewOrganisation: Maybe(Text(200)),
    /** The staff user who offered it, when they use Lantern (stamped by the independent service's screen). */
    interviewOfferedByStaffId: Maybe(Id),
    /** What the child said in the return interview. */
    childSaid: Maybe(Text()),
    /** The independent return-interview service (a team) the interview is referred to. */
    interviewReferredToTeamId: Maybe(Id),
  },
  strict,
);
export type MissingEpisode = Static<typeof MissingEpisode>;

const RiskLevel = Type.Union([Type.Literal('none'), Type.Literal('low'), Type.Literal('medium'), Type.Literal('high')]);

/**
 * An exploitation risk screening: the levels of risk of child sexual exploitation and child criminal
 * exploitation (county lines), who assessed, and the places and people linked to the risk, kept as tags
 * so that links between children can be seen (Working Together 2023, 3.55: contextual safeguarding).
 */
export const ExploitationScreening = Type.Object(
  {
    id: Id,
    date: IsoDate,
    sexualExploitationRisk: RiskLevel,
    criminalExploitationRisk: RiskLevel,
    assessedBy: Type.String({ minLength: 1, maxLength: 200 }),
    locations: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 30 })),
    associates: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 30 })),
    notes: Maybe(Text()),
  },
  strict,
);
export type ExploitationScreening = Static<typeof ExploitationScreening>;
