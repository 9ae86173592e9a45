// Writing a missing episode and an exploitation risk screening (journey/missing.ts). Statutory guidance
// on children who run away or go missing from home or care (DfE 2014): a child who returns is offered a
// return interview by someone independent of their care, within 72 hours; what they say there is the
// start of understanding why they went and where. Working Together 2023 (3.55, contextual safeguarding):
// the places and people linked to a child's risk of exploitation are recorded so that links between
// children can be seen.
import type { ExploitationScreening, MissingEpisode } from '../journey/missing.ts';
import { RISK_LEVELS } from '../journey/care-leaver-codes.ts';
import { toInstant } from '../calendar/clock-hours.ts';
import { isBlank, when, type Problems, type WriteContext } from './record-write.ts';

export function checkMissingEpisode(episode: MissingEpisode, { today }: WriteContext, p: Problems): void {
  p.notFuture('startAt', episode.startAt, 'Date the child went missing', today);
  p.notFuture('returnedAt', episode.returnedAt, 'Date the child returned', today);
  p.notFuture('returnInterviewOfferedAt', episode.returnInterviewOfferedAt, 'Date the return interview was offered', today);
  p.notFuture('returnInterviewCompletedAt', episode.returnInterviewCompletedAt, 'Date of the return interview', today);
  // Instants, not dates: a child can go missing and return the same day.
  const before = (a: string | null | undefined, b: string | null | undefined): boolean => !!a && !!b && toInstant(a) < toInstant(b);
  if (before(episode.returnedAt, episode.startAt)) p.add('returnedAt', `The child’s return must be after they went missing ${when(episode.startAt)}`);
  // The return interview follows the return (statutory guidance, 2014).
  for (const field of ['returnInterviewOfferedAt', 'returnInterviewCompletedAt'] as const) {
    const value = episode[field];
    if (!value) continue;
    if (!episode.returnedAt) p.add(field, 'Enter when the child returned before recording the return interview');
    else if (before(value, episode.returnedAt)) p.add(field, `The return interview must be after the child returned ${when(episode.returnedAt)}`);
  }
  checkReturnInterview(episode, p);
}

/**
 * Who offered the return interview is recorded with the offer, so that its independence can be seen
 * (statutory guidance, 2014: the interview is carried out by an independent person); who and for which
 * organisation are not recorded without an offer. A child who declined the interview did not have it,
 * so it is not both declined and completed. What the child said is theirs from an interview that took
 * place: it needs the interview's date.
 */
function checkReturnInterview(episode: MissingEpisode, p: Problems): void {
  const offered = !!episode.returnInterviewOfferedAt;
  if (offered && isBlank(episode.interviewOfferedBy)) p.add('interviewOfferedBy', 'Enter who offered the return interview');
  if (!offered && (!isBlank(episode.interviewOfferedBy) || !isBlank(episode.interviewOrganisation))) {
    p.add('returnInterviewOfferedAt', 'Enter when the return interview was offered');
  }
  if (episode.returnInterviewDeclined === true && episode.returnInterviewCompletedAt) {
    p.add('returnInterviewDeclined', 'A return interview that took place was not declined: remove the date of the interview or say it was not declined');
  }
  if (!isBlank(episode.childSaid) && !episode.returnInterviewCompletedAt) {
    p.add('returnInterviewCompletedAt', 'Enter the date of the return interview to record what the child said in it');
  }
}

export function checkExploitationScreening(screening: ExploitationScreening, { today }: WriteContext, p: Problems): void {
  p.notFuture('date', screening.date, 'Date of the screening', today);
  // Both risks are judged at every screening: "none" is an answer, a blank is not.
  const level = (value: string | undefined): boolean => !!value && RISK_LEVELS.some(([c]) => c === value);
  if (!level(screening.sexualExploitationRisk)) p.add('sexualExploitationRisk', 'Select the level of risk of child sexual exploitation');
  if (!level(screening.criminalExploitationRisk)) p.add('criminalExploitationRisk', 'Select the level of risk of child criminal exploitation');
  if (isBlank(screening.assessedBy)) p.add('assessedBy', 'Enter who carried out the screening');
  checkTags('locations', screening.locations, 'place', p);
  checkTags('associates', screening.associates, 'person', p);
}

/**
 * Places and people are tags, compared between children (so "Mill Park" on one child's screening finds
 * "mill park " on another's): each is something once spaces are trimmed, and appears once, compared
 * trimmed and ignoring case. The reader of a form trims them; a check here refuses what it cannot fix.
 */
function checkTags(field: 'locations' | 'associates', tags: readonly string[] | undefined, noun: string, p: Problems): void {
  const seen = new Set<string>();
  for (const tag of tags ?? []) {
    const key = tag.trim().toLowerCase();
    if (key === '') {
      p.add(field, `Enter each ${noun}, or remove the empty one`);
      continue;
    }
    if (seen.has(key)) p.add(field, `Remove the second ‘${tag.trim()}’: each ${noun} is listed once`);
    seen.add(key);
  }
}
