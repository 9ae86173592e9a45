// Synthetic journeys: deterministic, valid, coherent with each child's team, and calibrated so the clock
// engine finds national-looking timeliness (PRACTICE.md §5) with some work overdue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateLocalAuthority } from './generate.ts';
import { generateJourney, stageOfJourney, JOURNEY_STAGES, type JourneySeed, type JourneyStage } from './journeys.ts';
import { Random } from './random.ts';
import { parseJourney } from '../practice/journey/parse-journey.ts';
import type { Journey } from '../practice/journey/journey.ts';
import { computeClocks } from '../practice/clocks/engine.ts';
import { DEFAULT_LOCAL_STANDARDS, type ClockInstance } from '../practice/clocks/types.ts';
import { createCalendar } from '../practice/calendar/calendar.ts';
import { fromDayNumber, toDayNumber } from '../practice/calendar/day-number.ts';

const AS_AT = '2026-03-31';
const options = { seed: 7, size: 'medium' as const, asAt: AS_AT, name: 'Test', dfeCode: '999', usernamePrefix: '' };
const la = generateLocalAuthority(options);

/** Every dated value in a journey (dates and date-times), with its path; the allocations are the seed's own. */
function datedValues(journey: Journey): { path: string; day: string }[] {
  const out: { path: string; day: string }[] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      if (value.length >= 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45) out.push({ path, day: value.slice(0, 10) });
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}/${i}`));
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}/${k}`);
  };
  for (const [key, value] of Object.entries(journey)) if (key !== 'child' && key !== 'allocations') walk(value, `/${key}`);
  return out;
}

test('the same seed gives the same journeys, one per child in the same order', () => {
  // (generate.test.ts compares whole medium LAs, journeys included; a small one is enough here.)
  const small = { ...options, size: 'small' as const };
  const one = generateLocalAuthority(small);
  assert.deepEqual(generateLocalAuthority(small).journeys, one.journeys);
  assert.notDeepEqual(generateLocalAuthority({ ...small, seed: 8 }).journeys.slice(0, 5), one.journeys.slice(0, 5));
  assert.equal(la.journeys.length, la.children.length);
  la.children.forEach((child, i) => assert.equal(la.journeys[i]!.child.id, child.id));
  const seed: JourneySeed = { childId: 'c1', dateOfBirth: '2014-05-02', expectedDateOfBirth: null, stage: 'looked_after', allocations: [], uasc: false };
  assert.deepEqual(generateJourney(new Random(5), seed, AS_AT), generateJourney(new Random(5), seed, AS_AT));
  assert.notDeepEqual(generateJourney(new Random(6), seed, AS_AT), generateJourney(new Random(5), seed, AS_AT));
});

test('every journey of a medium LA is valid, uses its allocations, and has nothing after as-at or before birth', () => {
  const allocationsOf = new Map<string, number>();
  for (const a of la.allocations) allocationsOf.set(a.childId, (allocationsOf.get(a.childId) ?? 0) + 1);
  const problems: string[] = [];
  for (const journey of la.journeys) {
    const parsed = parseJourney(journey);
    if (!parsed.ok) problems.push(`${journey.child.id}: ${JSON.stringify(parsed.problems.slice(0, 3))}`);
    assert.equal(journey.allocations?.length ?? 0, allocationsOf.get(journey.child.id) ?? 0);
    const birth = journey.child.dateOfBirth;
    for (const { path, day } of datedValues(journey)) {
      if (day > AS_AT) problems.push(`${journey.child.id}${path}: ${day} is after ${AS_AT}`);
      if (birth && day < birth) problems.push(`${journey.child.id}${path}: ${day} is before the birth on ${birth}`);
    }
    if (problems.length > 10) break;
  }
  assert.deepEqual(problems, []);
});

test('each child’s stage follows its team: about a quarter of the CP and CIN teams’ children on plans', () => {
  const areaOfTeam = new Map(la.teams.map((t) => [t.id, t.serviceArea]));
  const currentArea = new Map(la.allocations.filter((a) => a.endDate === null).map((a) => [a.childId, areaOfTeam.get(a.teamId)]));
  const expected: Record<string, readonly JourneyStage[]> = {
    assessment: ['assessment'], child_protection_and_children_in_need: ['child_protection', 'child_in_need'], children_looked_after: ['looked_after'],
    care_leavers: ['care_leaver'], early_help: ['early_help'], closed: ['closed'],
  };
  const counts = new Map<JourneyStage, number>();
  la.journeys.forEach((journey, i) => {
    const child = la.children[i]!;
    const area = currentArea.get(child.id) ?? 'closed';
    const stage = stageOfJourney(journey);
    assert.ok(expected[area]?.includes(stage), `${child.id} in ${area} shows as ${stage}`);
    counts.set(stage, (counts.get(stage) ?? 0) + 1);
    if (child.expectedDateOfBirth !== null) assert.equal(stage, 'child_protection', 'an unborn child is a pre-birth CP case');
  });
  for (const stage of JOURNEY_STAGES) assert.ok((counts.get(stage) ?? 0) > 0, `no ${stage} journeys`);
  const cp = counts.get('child_protection') ?? 0;
  const cin = counts.get('child_in_need') ?? 0;
  const share = cp / (cp + cin);
  assert.ok(share > 0.2 && share < 0.3, `CP share of the CP and CIN teams ${share.toFixed(3)}`);
  assert.equal(counts.get('closed'), la.children.length - currentArea.size);
});

test('each stage is generated coherently for any child: babies, unborn children, the youngest and oldest', () => {
  const random = new Random(11);
  const asAt = toDayNumber(AS_AT);
  const ages: Record<JourneyStage, readonly [number, number]> = {
    early_help: [0, 15], assessment: [0, 17], child_in_need: [0, 16], child_protection: [0, 16], looked_after: [0, 17], care_leaver: [18, 22], closed: [0, 17],
  };
  for (const stage of JOURNEY_STAGES) {
    for (let i = 0; i < 50; i++) {
      const [from, to] = ages[stage];
      // Every 10th child is as young as the stage allows (born on the as-at day for most stages).
      const ageDays = i % 10 === 0 ? from * 365 : random.int(from * 365, to * 365 + 364);
      const unborn = stage === 'child_protection' && i % 7 === 0;
      const start = asAt - random.int(7, 900);
      const allocations = stage === 'closed'
        ? [{ workerId: 'w1', teamId: 't1', startDate: fromDayNumber(asAt - random.int(230, 900)), endDate: fromDayNumber(asAt - random.int(30, 229)) }]
        : [{ workerId: 'w0', teamId: 't0', startDate: fromDayNumber(start - random.int(30, 240)), endDate: fromDayNumber(start) }, { workerId: 'w1', teamId: 't1', startDate: fromDayNumber(start), endDate: null }];
      const seed: JourneySeed = {
        childId: `${stage}-${i}`, dateOfBirth: unborn ? null : fromDayNumber(asAt - ageDays), expectedDateOfBirth: unborn ? fromDayNumber(asAt + random.int(14, 150)) : null,
        stage, allocations, uasc: stage === 'looked_after' && i % 5 === 0,
      };
      const journey = generateJourney(random, seed, AS_AT);
      const parsed = parseJourney(journey);
      assert.ok(parsed.ok, `${seed.childId}: ${parsed.ok ? '' : JSON.stringify(parsed.problems)}`);
      assert.deepEqual(journey.allocations, allocations);
      const birth = seed.dateOfBirth;
      for (const { path, day } of datedValues(journey)) {
        assert.ok(day <= AS_AT, `${seed.childId}${path}: ${day}`);
        if (birth) assert.ok(day >= birth, `${seed.childId}${path}: ${day} before birth ${birth}`);
      }
      // A newborn cannot yet be on a plan made at a conference after a 15 working day enquiry.
      const tooYoung = stage === 'child_protection' && birth !== null && asAt - toDayNumber(birth) < 3;
      if (!tooYoung) assert.equal(stageOfJourney(journey), stage, seed.childId);
    }
  }
});

test('the clocks over a medium LA look like national practice, with some work overdue', () => {
  const calendar = createCalendar();
  const all: ClockInstance[] = [];
  for (const journey of la.journeys) for (const i of computeClocks(journey, { settings: DEFAULT_LOCAL_STANDARDS, calendar, asAt: AS_AT })) all.push(i);
  const of = (clockId: string) => all.filter((i) => i.clockId === clockId);
  const onTime = (instances: ClockInstance[]): number => {
    const met = instances.filter((i) => i.state === 'met_on_time').length;
    return met / (met + instances.filter((i) => i.state === 'met_late').length);
  };

  // Assessments: 85.7% within 45 WD nationally.
  const assessments = onTime(of('child-and-family-assessment'));
  assert.ok(assessments >= 0.75 && assessments <= 0.95, `assessments within 45 WD: ${assessments.toFixed(3)}`);
  // ICPCs: 81% within 15 WD of the strategy discussion nationally.
  const conferences = onTime(of('initial-child-protection-conference'));
  assert.ok(conferences >= 0.7 && conferences <= 0.9, `ICPCs within 15 WD: ${conferences.toFixed(3)}`);

  // CP visits: some overdue now, but a minority of the plans' current visit clocks.
  const visits = of('child-protection-visits');
  const current = new Map<string, ClockInstance>();
  for (const i of visits) {
    const previous = current.get(i.recordId + i.childId);
    if (!previous || previous.occurrence < i.occurrence) current.set(i.recordId + i.childId, i);
  }
  const running = [...current.values()].filter((i) => i.state === 'overdue' || i.state === 'upcoming' || i.state === 'due_soon');
  const overdue = running.filter((i) => i.state === 'overdue').length;
  assert.ok(overdue > 0, 'some CP visits are overdue');
  assert.ok(overdue / running.length < 0.3, `overdue CP visits ${overdue} of ${running.length}`);
  assert.ok(visits.filter((i) => i.state === 'overdue').length / visits.length < 0.3);

  // And elsewhere: assessments, supervision and CIN visits have something overdue to show.
  for (const clockId of ['child-and-family-assessment', 'case-supervision', 'child-in-need-visits']) {
    assert.ok(of(clockId).some((i) => i.state === 'overdue'), `nothing overdue for ${clockId}`);
  }
});
