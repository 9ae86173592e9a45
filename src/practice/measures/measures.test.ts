// Each service measure on a handful of hand-made children, with the expected figure worked by hand in
// the comments. As at 31 March 2025, the window is 1 April 2024 to 31 March 2025.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Journey } from '../journey/journey.ts';
import { breakdown, evaluateMeasures, figureOf, measureById, MEASURES } from './evaluate.ts';
import type { ClockFact, MeasureFacts, StaffFact } from './types.ts';
import { inWindow, trendPoints } from './window.ts';
import { contextOf } from './evaluate.ts';

const AS_AT = '2025-03-31';

function child(id: string, parts: Omit<Partial<Journey>, 'child'> = {}, dateOfBirth = '2015-01-01'): Journey {
  return { child: { id, dateOfBirth, expectedDateOfBirth: null }, ...parts } as Journey;
}

function facts(parts: Partial<MeasureFacts>): MeasureFacts {
  return { journeys: [], clocks: [], allocations: [], staff: [], teams: [], ...parts };
}

/** The figure of one measure as at AS_AT for the whole LA. */
function figure(id: string, f: MeasureFacts, asAt = AS_AT) {
  const m = measureById(id);
  assert.ok(m, id);
  return figureOf(m.unit, m.items(f, asAt, contextOf(f)));
}

test('the window is the 12 months to the date; the trend is the 11 month ends before it and the date', () => {
  assert.equal(inWindow('2024-03-31', AS_AT), false);
  assert.equal(inWindow('2024-04-01', AS_AT), true);
  assert.equal(inWindow('2025-03-31T23:59', AS_AT), true);
  assert.equal(inWindow('2025-04-01', AS_AT), false);
  const points = trendPoints('2025-03-15');
  assert.equal(points.length, 12);
  assert.equal(points[0], '2024-04-30');
  assert.equal(points[10], '2025-02-28');
  assert.equal(points[11], '2025-03-15');
});

test('every measure has an id, a title, a numerator, a denominator and a source; ids are unique', () => {
  assert.equal(new Set(MEASURES.map((m) => m.id)).size, MEASURES.length);
  for (const m of MEASURES) assert.ok(m.title && m.numerator && m.denominator && m.source, m.id);
  assert.ok(MEASURES.length >= 30);
});

test('contacts ending in NFA: decided contacts received in the window (1 of 2)', () => {
  const f = facts({
    journeys: [
      child('a', {
        contacts: [
          { id: 'c1', receivedAt: '2024-05-01T09:00', decidedAt: '2024-05-01T15:00', outcome: 'no_further_action' },
          { id: 'c2', receivedAt: '2024-06-01T09:00', decidedAt: '2024-06-02T10:00', outcome: 'referral' },
          // Decided after the date: not yet an outcome as at it.
          { id: 'c3', receivedAt: '2025-03-31T16:00', decidedAt: '2025-04-01T09:00', outcome: 'no_further_action' },
          // Received before the window.
          { id: 'c4', receivedAt: '2024-03-30T09:00', decidedAt: '2024-03-30T10:00', outcome: 'no_further_action' },
        ],
      }),
    ],
  });
  assert.deepEqual(figure('contacts-nfa', f), { numerator: 1, denominator: 2, value: 50 });
});

test('referrals and re-referrals: two referrals in the window, one within 12 months of an earlier one', () => {
  const f = facts({
    journeys: [
      child('a', { referrals: [{ id: 'r1', referralDate: '2024-01-10' }, { id: 'r2', referralDate: '2024-06-01' }] }),
      child('b', { referrals: [{ id: 'r3', referralDate: '2023-01-01' }, { id: 'r4', referralDate: '2024-05-01' }] }),
    ],
  });
  assert.equal(figure('referrals', f).value, 3 - 1); // r2 and r4 (r1 is before the window)
  assert.deepEqual(figure('re-referrals', f), { numerator: 1, denominator: 2, value: 50 }); // r2 (r4 is 16 months after r3)
});

test('clock measures: instances due in the window, met on time; due before the window or after the date are left out', () => {
  const clocks: ClockFact[] = [
    { childId: 'a', clockId: 'child-and-family-assessment', dueDate: '2024-05-01', onTime: true },
    { childId: 'a', clockId: 'child-and-family-assessment', dueDate: '2024-06-01', onTime: false },
    { childId: 'b', clockId: 'child-and-family-assessment', dueDate: '2024-03-31', onTime: false },
    { childId: 'b', clockId: 'child-and-family-assessment', dueDate: '2025-04-10', onTime: true },
    { childId: 'b', clockId: 'first-cla-review', dueDate: '2024-07-01', onTime: true },
    { childId: 'b', clockId: 'later-cla-reviews', dueDate: '2025-01-01', onTime: true },
    { childId: 'c', clockId: 'second-cla-review', dueDate: '2024-10-01', onTime: false },
  ];
  const f = facts({ clocks });
  assert.deepEqual(figure('assessments-45-wd', f), { numerator: 1, denominator: 2, value: 50 });
  // Three kinds of review clock make one measure: 2 of 3.
  assert.deepEqual(figure('cla-reviews-on-time', f), { numerator: 2, denominator: 3, value: 66.7 });
  assert.deepEqual(figure('icpc-15-wd', f), { numerator: 0, denominator: 0, value: null });
});

test('s47 enquiries leading to an initial conference held by the date (1 of 3)', () => {
  const f = facts({
    journeys: [
      child('a', {
        s47Enquiries: [
          { id: 's1', strategyDiscussionId: 'sd1', startDate: '2024-05-01' },
          { id: 's2', strategyDiscussionId: 'sd2', startDate: '2024-06-01' },
          { id: 's3', strategyDiscussionId: 'sd3', startDate: '2025-03-20' },
        ],
        initialConferences: [
          { id: 'i1', s47EnquiryId: 's1', date: '2024-05-20' },
          { id: 'i3', s47EnquiryId: 's3', date: '2025-04-05' },
        ],
      }),
    ],
  });
  assert.deepEqual(figure('s47-to-icpc', f), { numerator: 1, denominator: 3, value: 33.3 });
});

test('CP plans ending after 2 years (2 of 3, exactly 24 months counts) and second plans (1 of 2)', () => {
  const plan = (id: string, startDate: string, endDate: string | null) => ({ id, startDate, endDate, initialCategory: 'neglect' as const });
  const f = facts({
    journeys: [
      child('a', { cpPlans: [plan('p1', '2022-08-01', '2024-09-01'), plan('p2', '2024-01-01', '2024-10-01'), plan('p3', '2022-09-01', '2024-09-01'), plan('p4', '2020-01-01', '2024-01-01')] }),
      child('b', { cpPlans: [plan('p5', '2022-01-01', '2022-12-01'), plan('p6', '2024-06-01', null)] }),
      child('c', { cpPlans: [plan('p7', '2024-07-01', null)] }),
    ],
  });
  assert.deepEqual(figure('cp-plans-2-years', f), { numerator: 2, denominator: 3, value: 66.7 });
  // Started in the window: p6 (b had p5 before: a second plan) and p7 (c's first).
  assert.deepEqual(figure('second-cp-plans', f), { numerator: 1, denominator: 2, value: 50 });
});

test('placements: 3+ in 12 months, out of area, unregistered, among children looked after on the date', () => {
  const place = (id: string, startDate: string, endDate: string | null, extra: { inLaArea?: boolean; registered?: boolean } = {}) => ({ id, periodOfCareId: 'poc', startDate, endDate, typeCode: 'U1', placedWith: 'other' as const, ...extra });
  const f = facts({
    journeys: [
      child('moved', {
        periodsOfCare: [{ id: 'poc', startDate: '2023-01-01', endDate: null }],
        placements: [place('a', '2024-05-01', '2024-07-01'), place('b', '2024-07-01', '2024-10-01'), place('c', '2024-10-01', null, { inLaArea: false, registered: false })],
      }),
      child('settled', { periodsOfCare: [{ id: 'poc', startDate: '2023-01-01', endDate: null }], placements: [place('d', '2023-01-01', null, { inLaArea: true, registered: true })] }),
      // Left care before the date: not counted.
      child('left', { periodsOfCare: [{ id: 'poc', startDate: '2024-01-01', endDate: '2024-12-01' }], placements: [place('e', '2024-04-01', '2024-06-01'), place('f', '2024-06-01', '2024-08-01'), place('g', '2024-08-01', '2024-12-01', { inLaArea: false })] }),
    ],
  });
  assert.deepEqual(figure('placement-stability', f), { numerator: 1, denominator: 2, value: 50 });
  assert.deepEqual(figure('placed-out-of-area', f), { numerator: 1, denominator: 2, value: 50 });
  assert.deepEqual(figure('unregistered-placements', f), { numerator: 1, denominator: 2, value: 50 });
});

test('missing: children and episodes; return interviews done, and done within 72 hours of the return', () => {
  const f = facts({
    journeys: [
      child('m', {
        missingEpisodes: [
          // Back at 10:00 on 2 May, interviewed 47 hours later.
          { id: 'e1', startAt: '2024-05-01T10:00', returnedAt: '2024-05-02T10:00', returnInterviewCompletedAt: '2024-05-04T09:00' },
          // Interviewed after 9 days.
          { id: 'e2', startAt: '2024-06-01T10:00', returnedAt: '2024-06-01T20:00', returnInterviewCompletedAt: '2024-06-10T10:00' },
          // "Away", not missing: left out.
          { id: 'e3', startAt: '2024-07-01T10:00', returnedAt: '2024-07-01T12:00', type: 'away' },
          // Interviewed after the date: not done as at it.
          { id: 'e4', startAt: '2025-03-29T10:00', returnedAt: '2025-03-30T10:00', returnInterviewCompletedAt: '2025-04-02T09:00' },
        ],
      }),
      child('n'),
    ],
  });
  assert.equal(figure('children-missing', f).value, 1);
  assert.equal(figure('missing-episodes', f).value, 3);
  assert.deepEqual(figure('rhi-done', f), { numerator: 2, denominator: 3, value: 66.7 });
  assert.deepEqual(figure('rhi-done-72h', f), { numerator: 1, denominator: 3, value: 33.3 });
});

test('adoption A1 (426 days) and A2 (121 days): 1 of 2 each', () => {
  const f = facts({
    journeys: [
      // A1 366 days, A2 105 days.
      child('quick', { periodsOfCare: [{ id: 'p', startDate: '2023-06-01', endDate: null }], adoption: { decisionDate: '2023-10-01', placementOrderDate: '2024-01-01', matchedDate: '2024-04-15', placedDate: '2024-06-01' } }),
      // A1 912 days, A2 152 days.
      child('slow', { periodsOfCare: [{ id: 'p', startDate: '2022-01-01', endDate: null }], adoption: { decisionDate: '2022-06-01', placementOrderDate: '2024-01-01', matchedDate: '2024-06-01', placedDate: '2024-07-01' } }),
    ],
  });
  assert.deepEqual(figure('adoption-a1', f), { numerator: 1, denominator: 2, value: 50 });
  assert.deepEqual(figure('adoption-a2', f), { numerator: 1, denominator: 2, value: 50 });
});

test('care leavers aged 18 to 21: in touch, EET, suitable accommodation, staying put; PA allocated by 16y3m', () => {
  const f = facts({
    journeys: [
      child('cl1', { careLeaver: { eligibility: 'former_relevant', eligibleFrom: '2023-01-01', inTouchCode: 'YES', activityCode: 'F2', accommodationCode: 'B1', stayingPut: true, personalAdviserAllocatedDate: '2023-02-01' } }, '2005-01-01'),
      child('cl2', { careLeaver: { eligibility: 'former_relevant', eligibleFrom: '2022-01-01', inTouchCode: 'NO', activityCode: 'G5', accommodationCode: 'B2', stayingPut: false, personalAdviserAllocatedDate: '2021-12-01' } }, '2004-06-01'),
      // 17: not in the 18-21 cohort; eligible, PA allocated before 16y3m (1 April 2024).
      child('cl3', { careLeaver: { eligibility: 'eligible', eligibleFrom: '2024-01-01', personalAdviserAllocatedDate: '2024-03-15' } }, '2008-01-01'),
    ],
  });
  for (const id of ['care-leavers-in-touch', 'care-leavers-eet', 'care-leavers-suitable-accommodation', 'care-leavers-staying-put']) assert.deepEqual(figure(id, f), { numerator: 1, denominator: 2, value: 50 }, id);
  // cl1 allocated a month after becoming eligible (late); cl2 before eligibility; cl3 before 16y3m.
  assert.deepEqual(figure('pa-allocated-by-16y3m', f), { numerator: 2, denominator: 3, value: 66.7 });
});

const staff = (id: string, teamId: string, extra: Partial<StaffFact> = {}): StaffFact => ({ id, name: id, teamId, agency: false, workforce: true, startedOn: '2020-01-01', leftOn: null, ...extra });

const workforceFacts = facts({
  teams: [
    { id: 'T', name: 'Team T', serviceArea: 'child_protection_and_children_in_need', establishment: 4 },
    { id: 'U', name: 'Team U', serviceArea: 'children_looked_after', establishment: null },
  ],
  staff: [
    staff('s1', 'T'),
    staff('s2', 'T', { agency: true, startedOn: '2024-06-01' }),
    staff('s3', 'T', { startedOn: '2019-01-01', leftOn: '2024-09-01' }),
    staff('s4', 'T', { agency: true, workforce: false }),
    staff('s5', 'T', { startedOn: '2025-04-10' }),
    staff('u1', 'U'),
  ],
  allocations: [
    { childId: 'a1', workerId: 's1', teamId: 'T', startDate: '2024-01-01', endDate: null },
    { childId: 'a2', workerId: 's1', teamId: 'T', startDate: '2024-02-01', endDate: null },
    { childId: 'a3', workerId: 's2', teamId: 'T', startDate: '2024-07-01', endDate: null },
    { childId: 'a4', workerId: 's2', teamId: 'T', startDate: '2024-07-01', endDate: '2024-12-01' },
    { childId: 'x', workerId: 'w1', teamId: 'U', startDate: '2024-01-01', endDate: '2024-05-01' },
    { childId: 'x', workerId: 'w2', teamId: 'U', startDate: '2024-05-01', endDate: '2024-09-01' },
    { childId: 'x', workerId: 'u1', teamId: 'U', startDate: '2024-09-01', endDate: null },
  ],
});

test('workforce: agency share, turnover, vacancies (in post on the date; leavers in the window)', () => {
  // In post: s1, s2 (T) and u1 (U); s2 is agency. s4 is not a social worker; s5 starts later.
  assert.deepEqual(figure('agency-share', workforceFacts), { numerator: 1, denominator: 3, value: 33.3 });
  // Leavers: s3. Headcount 31 March 2024: s1, s3, u1 (3); 31 March 2025: s1, s2, u1 (3): average 3.
  assert.deepEqual(figure('turnover', workforceFacts), { numerator: 1, denominator: 3, value: 33.3 });
  // Team T: 4 posts, 2 in post: 2 vacancies of 4. Team U has no establishment: left out.
  assert.deepEqual(figure('vacancies', workforceFacts), { numerator: 2, denominator: 4, value: 50 });
});

test('caseload per worker and children with 3 or more workers in 12 months', () => {
  // Allocated on the date: a1, a2 (s1), a3 (s2), x (u1): 4 children, 3 workers.
  assert.deepEqual(figure('caseload-per-worker', workforceFacts), { numerator: 4, denominator: 3, value: 1.3 });
  // x had w1 (to 1 May 2024, inside the window), w2 and u1.
  assert.deepEqual(figure('three-or-more-workers', workforceFacts), { numerator: 1, denominator: 4, value: 25 });
});

test('drill-down: service area → team → worker → the children behind the figure', () => {
  const byArea = breakdown(workforceFacts, AS_AT, {}, 'three-or-more-workers');
  const area = (key: string) => byArea.rows.find((r) => r.key === key)!.figure;
  assert.deepEqual(area('children_looked_after'), { numerator: 1, denominator: 1, value: 100 });
  assert.deepEqual(area('child_protection_and_children_in_need'), { numerator: 0, denominator: 3, value: 0 });
  const byTeam = breakdown(workforceFacts, AS_AT, { area: 'children_looked_after' }, 'three-or-more-workers');
  assert.deepEqual(byTeam.rows.map((r) => r.key), ['U']);
  const byWorker = breakdown(workforceFacts, AS_AT, { area: 'child_protection_and_children_in_need', teamId: 'T' }, 'caseload-per-worker');
  const worker = (key: string) => byWorker.rows.find((r) => r.key === key)!.figure;
  assert.deepEqual(worker('s1'), { numerator: 2, denominator: 1, value: 2 });
  assert.deepEqual(worker('s2'), { numerator: 1, denominator: 1, value: 1 });
  const children = breakdown(workforceFacts, AS_AT, { area: 'children_looked_after', teamId: 'U', workerId: 'u1' }, 'three-or-more-workers');
  assert.deepEqual(children.children, [{ childId: 'x', numerator: 1, denominator: 1 }]);
  // The scope's figure agrees with its row in the level above.
  const [u1] = evaluateMeasures(workforceFacts, AS_AT, { area: 'children_looked_after', teamId: 'U', workerId: 'u1' }, { only: ['three-or-more-workers'] });
  assert.deepEqual(u1!.figure, { numerator: 1, denominator: 1, value: 100 });
  assert.equal(u1!.trend.length, 12);
});

test('the trend: each month end counts its own 12 months (referrals)', () => {
  const f = facts({ journeys: [child('a', { referrals: [{ id: 'r1', referralDate: '2024-05-15' }, { id: 'r2', referralDate: '2025-02-10' }] })] });
  const [r] = evaluateMeasures(f, AS_AT, {}, { only: ['referrals'] });
  const at = (d: string) => r!.trend.find((t) => t.asAt === d)!.figure.value;
  assert.equal(at('2024-04-30'), 0);
  assert.equal(at('2024-05-31'), 1);
  assert.equal(at('2025-01-31'), 1);
  assert.equal(at('2025-02-28'), 2);
  assert.equal(at(AS_AT), 2);
});

test('docs/dashboard.md defines every measure', async () => {
  const { readFile } = await import('node:fs/promises');
  const doc = await readFile(new URL('../../../docs/dashboard.md', import.meta.url), 'utf8');
  for (const m of MEASURES) assert.ok(doc.includes(`(\`${m.id}\`)`), `${m.id} is in docs/dashboard.md`);
});

test('every clock a measure reads is in the clock catalogue', async () => {
  const { clockById } = await import('../clocks/catalogue/index.ts');
  const clockMeasures = MEASURES.filter((m) => m.source.startsWith('stored clocks'));
  assert.ok(clockMeasures.length >= 12);
  for (const m of clockMeasures) {
    assert.ok(m.clockIds && m.clockIds.length > 0, m.id);
    for (const id of m.clockIds) assert.ok(clockById(id), `${m.id}: ${id}`);
  }
});
