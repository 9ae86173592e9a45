// Who held the child's case and when (SSD ssd_involvements): clocks carry the worker and team that
// held the case when each clock fell due.
import { Type, type Static } from 'typebox';
import { Id, IsoDate, Maybe, strict } from './schema-helpers.ts';

export const JourneyAllocation = Type.Object({ workerId: Id, teamId: Id, startDate: IsoDate, endDate: Maybe(IsoDate) }, strict);
export type JourneyAllocation = Static<typeof JourneyAllocation>;
