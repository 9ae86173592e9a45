// Checking a journey document from outside (a file for `lantern clocks`, an import): the schema first,
// then the facts a schema cannot say (one date of birth, references that resolve). Every problem names
// its path, e.g. "/assessments/0/referralId: no referral has id r9".
import { Compile } from 'typebox/compile';
import { Journey } from './journey.ts';

// The journey schema compiled once, on first use, into a checking function. Checking with the generic
// interpreter was most of the cost of loading journeys in bulk (measured: a whole LA's journeys for an
// export spent over half its time in TypeBox's dynamic checker).
const compileJourney = () => Compile(Journey);
let compiled: ReturnType<typeof compileJourney> | undefined;
function journeyValidator(): ReturnType<typeof compileJourney> {
  compiled ??= compileJourney();
  return compiled;
}

export interface JourneyProblem {
  path: string;
  message: string;
}

export type ParsedJourney = { ok: true; journey: Journey } | { ok: false, problems: JourneyProblem[] };

function referenceProblems(journey: Journey): JourneyProblem[] {
  const problems: JourneyProblem[] = [];
  const ids = (records: readonly { id: string }[] | undefined): Set<string> => new Set((records ?? []).map((r) => r.id));
  const check = <T>(records: readonly T[] | undefined, listName: string, field: keyof T & string, targets: Set<string>, targetName: string): void => {
    (records ?? []).forEach((record, index) => {
      const value = record[field];
      if (typeof value === 'string' && !targets.has(value)) problems.push({ path: `/${listName}/${index}/${field}`, message: `no ${targetName} has id ${value}` });
    });
  };
  check(journey.assessments, 'assessments', 'referralId', ids(journey.referrals), 'referral');
  check(journey.s47Enquiries, 's47Enquiries', 'strategyDiscussionId', ids(journey.strategyDiscussions), 'strategy discussion');
  check(journey.initialConferences, 'initialConferences', 's47EnquiryId', ids(journey.s47Enquiries), 's47 enquiry');
  check(journey.cpPlans, 'cpPlans', 'initialConferenceId', ids(journey.initialConferences), 'initial conference');
  check(journey.coreGroups, 'coreGroups', 'cpPlanId', ids(journey.cpPlans), 'CP plan');
  check(journey.reviewConferences, 'reviewConferences', 'cpPlanId', ids(journey.cpPlans), 'CP plan');
  check(journey.cinReviews, 'cinReviews', 'cinPlanId', ids(journey.cinPlans), 'CIN plan');
  check(journey.placements, 'placements', 'periodOfCareId', ids(journey.periodsOfCare), 'period of care');
  const child = journey.child;
  if ((child.dateOfBirth ?? null) === null && (child.expectedDateOfBirth ?? null) === null) {
    problems.push({ path: '/child', message: 'give dateOfBirth, or expectedDateOfBirth for an unborn child' });
  }
  if (child.dateOfBirth && child.expectedDateOfBirth) {
    problems.push({ path: '/child/expectedDateOfBirth', message: 'a child with a date of birth has no expected date of birth' });
  }
  return problems;
}

export function parseJourney(value: unknown): ParsedJourney {
  const validator = journeyValidator();
  if (!validator.Check(value)) {
    const problems: JourneyProblem[] = [];
    const seen = new Set<string>();
    for (const error of validator.Errors(value)) {
      // The additionalProperties detail repeats the next error; a nullable field's other branches
      // ("must be null", "must match a schema in anyOf") add nothing to the first reason for a path.
      if (error.keyword === 'boolean' || seen.has(error.instancePath)) continue;
      seen.add(error.instancePath);
      const params: Record<string, unknown> = error.params;
      const extra = error.keyword === 'additionalProperties' && Array.isArray(params.additionalProperties) ? `: ${params.additionalProperties.join(', ')}` : '';
      problems.push({ path: error.instancePath || '/', message: `${error.message}${extra}` });
      if (problems.length >= 20) break;
    }
    return { ok: false, problems };
  }
  const problems = referenceProblems(value);
  return problems.length ? { ok: false, problems } : { ok: true, journey: value };
}
