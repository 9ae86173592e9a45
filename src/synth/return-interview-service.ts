// The independent return-interview service: a team of the LA's installation whose workers see only the
// missing episodes referred to them. Added after everything else, from its own random stream, so the
// rest of the synthetic LA does not move; every return from a missing episode is referred to it.
import type { SyntheticLocalAuthority, StaffRow } from './generate.ts';
import { Random } from './random.ts';

export const RETURN_INTERVIEW_SERVICE = 'Young People’s Return Interview Service';

export function addReturnInterviewService(la: SyntheticLocalAuthority, seed: number, usernamePrefix: string): void {
  const random = new Random(seed * 41 + 11);
  const team = { id: random.uuid(), name: RETURN_INTERVIEW_SERVICE, serviceArea: 'return_interviews' };
  la.teams.push(team);
  const worker = (username: string, displayName: string, demo: boolean): StaffRow => ({
    id: random.uuid(),
    username: `${usernamePrefix}${username}`,
    displayName,
    jobTitle: 'Return interview worker',
    teamId: team.id,
    employmentType: 'permanent',
    asye: false,
    roles: ['return_interview_worker'],
    demo,
  });
  la.staff.push(worker('return.interviews', 'Rae Return-Interviews', true), worker('rosa.lane', 'Rosa Lane', false));
  for (const journey of la.journeys) {
    for (const episode of journey.missingEpisodes ?? []) {
      if (episode.returnedAt && episode.type !== 'away') episode.interviewReferredToTeamId = team.id;
    }
  }
}
