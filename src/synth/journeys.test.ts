// Synthetic journeys: deterministic, valid, coherent with each child's team, and calibrated so the clock
// engine finds national-looking timeliness (PRACTICE.md §5) with some work overdue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateLocalAuthority } from './generate.ts';
import { addMonthsForTest, generateJourney, stageOfJourney, JOURNEY_STAGES, type JourneySeed, type JourneyStage } from './journeys.ts';
import { Random } from './random.ts';
import { parseJourney } from '../practice/journey/parse-journey.ts';
import type { Journey } from '../practice/journey/journey.ts';
import { computeClocks } from '../practice/clocks/engine.ts';
import { DEFAULT_LOCAL_STANDARDS, type ClockInstance } from '../practice/clocks/types.ts';
import { createCalendar } from '../practice/calendar/calendar.ts';
import { daysFromCivil, fromDayNumber, toDayNumber } from '../practice/calendar/day-number.ts';
import { addMonthsToDayNumber } from '../practice/calendar/periods.ts';
import { lookedAfterFigures, missingAndLeavingCareFigures } from './looked-after-figures.ts';
import { PLACEMENT_TYPES, PLACEMENT_TYPES_WITHDRAWN } from '../practice/journey/looked-after-codes.ts';
import { ACCOMMODATION, ACTIVITIES, ACTIVITIES_WITHDRAWN, IN_TOUCH } from '../practice/journey/care-leaver-codes.ts';
import { Problems, type WriteContext } from '../practice/casework/record-write.ts';
import { checkExploitationScreening, checkMissingEpisode } from '../practice/casework/validate-missing.ts';
import { checkCareLeaver } from '../practice/casework/validate-care-leaver.ts';
import { checkEmergencyProtectionOrder, checkPoliceProtection } from '../practice/casework/validate-emergency-protection.ts';
import { birthdayOf, careLeaverEligibilityOf } from '../practice/casework/care-leaver-eligibility.ts';
import { RETURN_INTERVIEW_BY_SOCIAL_WORKER } from './casework-text.ts';

const AS_AT = '2026-03-31';
const options = { seed: 7, size: 'medium' as const, asAt: AS_AT, name: 'Test', dfeCode: '999', usernamePrefix: '' };
const la = generateLocalAuthority(options);

/**
 * Every dated value in a journey (dates and date-times), with its path; the allocations are the seed's own,
 * and a plan goal's target date (byWhen) and a supervision action's due date may lie ahead of as-at.
 */
function datedValues(journey: Journey): { path: string; day: string }[] {
  const out: { path: string; day: string }[] = [];
  const walk = (value: unknown, path: string): void => {
    if (path.endsWith('/byWhen') || /\/actions\/\d+\/dueDate$/.test(path)) return;
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

// --- Calibration to PRACTICE.md §5 and the casework each record carries -------------------------------------

/** Two Croydon-sized LAs (about 9,000 journeys): enough for the national shares to settle within a few points. */
const population = [7, 8].flatMap((seed) => generateLocalAuthority({ ...options, seed, size: 'croydon' }).journeys);
const calendar = createCalendar();
const asAtDay = toDayNumber(AS_AT);
const inYear = (date: string | null | undefined): boolean => {
  if (!date) return false;
  const d = toDayNumber(date.slice(0, 10));
  return d > asAtDay - 365 && d <= asAtDay;
};
const quartile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
};

interface Figures {
  referralsPer10k: number; reReferral: number; assessmentQuartiles: number[]; icpcPerS47: number; concludedS47ToIcpc: number;
  icpcWithin15: number; cpEndingLengths: number[]; categories: Record<string, number>;
}

/**
 * The §5 figures over the year to as-at. The LA's child population is not part of the synthetic LA: it is
 * taken as the one at which its children in need (open assessments, CIN and CP plans, children looked after)
 * are the national 330 per 10,000 (for a Croydon-sized LA this gives about 87,000, near Croydon's 93,435).
 */
function figures(journeys: readonly Journey[]): Figures {
  let referrals = 0, reReferrals = 0, s47 = 0, concluded = 0, concludedToIcpc = 0, icpc = 0, icpcIn15 = 0, inNeed = 0;
  const lengths: number[] = [];
  const endings = [0, 0, 0, 0, 0];
  const categories: Record<string, number> = {};
  let started = 0;
  for (const j of journeys) {
    const referralDays = new Map((j.referrals ?? []).map((r) => [r.id, toDayNumber(r.referralDate)]));
    for (const r of j.referrals ?? []) {
      if (!inYear(r.referralDate)) continue;
      referrals += 1;
      const d = toDayNumber(r.referralDate);
      if ([...referralDays.values()].some((p) => p < d && p >= d - 365)) reReferrals += 1;
    }
    for (const a of j.assessments ?? []) if (a.authorisedDate && inYear(a.authorisedDate)) lengths.push(calendar.workingDaysBetweenDayNumbers(referralDays.get(a.referralId)!, toDayNumber(a.authorisedDate)));
    const discussions = new Map((j.strategyDiscussions ?? []).map((s) => [s.id, s]));
    const enquiries = new Map((j.s47Enquiries ?? []).map((e) => [e.id, e]));
    for (const e of j.s47Enquiries ?? []) {
      if (inYear(e.startDate)) s47 += 1;
      if (e.endDate && inYear(e.endDate)) {
        concluded += 1;
        if (e.icpcRequired) concludedToIcpc += 1;
      }
    }
    for (const c of j.initialConferences ?? []) {
      if (!c.date || !inYear(c.date)) continue;
      icpc += 1;
      const discussion = discussions.get(enquiries.get(c.s47EnquiryId)!.strategyDiscussionId)!;
      if (calendar.workingDaysBetween(discussion.date!, c.date) <= 15) icpcIn15 += 1;
    }
    for (const p of j.cpPlans ?? []) {
      if (inYear(p.startDate)) {
        started += 1;
        categories[p.initialCategory] = (categories[p.initialCategory] ?? 0) + 1;
      }
      if (p.endDate && inYear(p.endDate)) {
        const days = toDayNumber(p.endDate) - toDayNumber(p.startDate);
        endings[days <= 91 ? 0 : days <= 182 ? 1 : days <= 365 ? 2 : days <= 730 ? 3 : 4]! += 1;
      }
    }
    const stage = stageOfJourney(j);
    if (stage === 'assessment' || stage === 'child_in_need' || stage === 'child_protection' || stage === 'looked_after') inNeed += 1;
  }
  const ended = endings.reduce((s, n) => s + n, 0);
  for (const k of Object.keys(categories)) categories[k] = categories[k]! / started;
  return {
    referralsPer10k: (referrals / (inNeed / 0.033)) * 10000, reReferral: reReferrals / referrals,
    assessmentQuartiles: [quartile(lengths, 0.25), quartile(lengths, 0.5), quartile(lengths, 0.75)],
    icpcPerS47: icpc / s47, concludedS47ToIcpc: concludedToIcpc / concluded, icpcWithin15: icpcIn15 / icpc,
    cpEndingLengths: endings.map((n) => n / ended), categories,
  };
}

test('a generated population matches the national figures (PRACTICE.md §5) as at the generation date', (t) => {
  const f = figures(population);
  const show = JSON.stringify(f, (_, v: unknown) => (typeof v === 'number' ? +v.toFixed(3) : v));
  t.diagnostic(show);
  // Referrals: 519 per 10,000 nationally. The synthetic LA holds only the children its teams know (open
  // cases and a few closed ones: sizes.ts), so the short referrals that end at the front door or after an
  // assessment are under-represented: about 300 per 10,000 is what these sizes allow.
  assert.ok(f.referralsPer10k > 250 && f.referralsPer10k < 560, `referrals per 10,000: ${show}`);
  // Re-referrals within 12 months: 22.6%.
  assert.ok(f.reReferral >= 0.18 && f.reReferral <= 0.27, `re-referral rate: ${show}`);
  // Child and family assessments, working days from referral to authorisation: quartiles 17 / 33 / 43.
  [17, 33, 43].forEach((target, i) => assert.ok(Math.abs(f.assessmentQuartiles[i]! - target) <= 4, `assessment quartiles: ${show}`));
  // ICPCs: 31% of s47 enquiries (ICPCs held in the year over enquiries started), and of enquiries concluded.
  assert.ok(f.icpcPerS47 >= 0.26 && f.icpcPerS47 <= 0.36, `ICPCs per s47: ${show}`);
  assert.ok(f.concludedS47ToIcpc >= 0.26 && f.concludedS47ToIcpc <= 0.38, `s47s concluding with an ICPC: ${show}`);
  // 81% within 15 WD of the strategy discussion.
  assert.ok(f.icpcWithin15 >= 0.76 && f.icpcWithin15 <= 0.86, `ICPCs within 15 WD: ${show}`);
  // CP plans ending: ≤3 months 16%, 3-6 months 11%, 6-12 months 44%, 1-2 years 25%, 2+ years 4.4% (±6 points).
  [0.16, 0.11, 0.44, 0.25, 0.044].forEach((target, i) => assert.ok(Math.abs(f.cpEndingLengths[i]! - target) <= 0.06, `CP plan lengths: ${show}`));
  // First category: neglect about half, emotional abuse a third, sexual abuse 3%.
  assert.ok(f.categories.neglect! > 0.42 && f.categories.neglect! < 0.58, `categories: ${show}`);
  assert.ok(f.categories.emotional! > 0.27 && f.categories.emotional! < 0.41, `categories: ${show}`);
  assert.ok((f.categories.sexual ?? 0) < 0.06, `categories: ${show}`);
});

/** CIN census factors that fit each CP category (casework-text.ts themes). */
const FACTORS_OF_CATEGORY: Record<string, readonly string[]> = {
  neglect: ['16A', '2B', '1B', '4B'], emotional: ['3A', '3B', '4B', '1B', '17A', '24A', '11A', '13A'], physical: ['18C'], sexual: ['19C'],
};

test('plans, assessments, strategy discussions, contacts and visits carry coherent casework', () => {
  let plans = 0, cinPlans = 0, cinWithoutContingency = 0, held = 0, stepDownAndUp = 0, withReferral = 0, notesOnCp = 0, cpCases = 0;
  const missing = { police: 0, health: 0, education: 0 };
  for (const j of population) {
    const id = j.child.id;
    const parsed = parseJourney(j);
    assert.ok(parsed.ok, `${id}: ${parsed.ok ? '' : JSON.stringify(parsed.problems.slice(0, 3))}`);
    for (const plan of [...(j.cpPlans ?? []), ...(j.cinPlans ?? [])]) {
      const goals = plan.goals ?? [];
      assert.ok(goals.length >= 1 && goals.length <= 4, `${id} ${plan.id}: ${goals.length} goals`);
      for (const g of goals) assert.ok(g.byWhen > plan.startDate && g.what && g.who, `${id} ${plan.id}: goal ${JSON.stringify(g)}`);
    }
    for (const plan of j.cpPlans ?? []) {
      plans += 1;
      assert.ok(plan.contingencyPlan && plan.wishesAndFeelings, `${id} ${plan.id}: a CP plan always has a contingency and the child's wishes`);
      assert.equal(plan.endReason === null || plan.endReason === undefined, !plan.endDate, `${id} ${plan.id}: end reason with the end`);
    }
    for (const plan of j.cinPlans ?? []) {
      cinPlans += 1;
      if (!plan.contingencyPlan) cinWithoutContingency += 1;
    }
    // Assessments: authorised ones say what was found and what follows.
    const referralById = new Map((j.referrals ?? []).map((r) => [r.id, r]));
    for (const a of j.assessments ?? []) {
      if (a.childSeen) assert.ok(a.childSeenDate === null || a.childSeenDate! >= a.startDate, `${id} ${a.id}: seen ${a.childSeenDate}`);
      if (!a.authorisedDate) continue;
      assert.ok(a.factors && a.factors.length >= 1 && a.factors.length <= 3 && a.outcome && a.summary, `${id} ${a.id}: factors, outcome, summary`);
      // (A CIN plan follows, or the case awaits transfer with its referral still open.)
      if (a.outcome === 'cin_plan') assert.ok((j.cinPlans ?? []).length > 0 || !referralById.get(a.referralId)!.closeDate, `${id} ${a.id}: CIN plan outcome without a CIN plan`);
      if (a.outcome === 'strategy_discussion') assert.ok((j.strategyDiscussions ?? []).some((s) => s.referralId === a.referralId), `${id} ${a.id}`);
      if (a.outcome === 'early_help') assert.ok(['RC9', null, undefined].includes(referralById.get(a.referralId)!.closeReason), `${id} ${a.id}: early help outcome closed otherwise`);
    }
    // A CP plan's category fits the factors found by the assessment that led to it.
    const s47ById = new Map((j.s47Enquiries ?? []).map((e) => [e.id, e]));
    const sdById = new Map((j.strategyDiscussions ?? []).map((s) => [s.id, s]));
    const icpcById = new Map((j.initialConferences ?? []).map((c) => [c.id, c]));
    for (const plan of j.cpPlans ?? []) {
      const fitting = FACTORS_OF_CATEGORY[plan.initialCategory];
      const icpc = plan.initialConferenceId ? icpcById.get(plan.initialConferenceId) : undefined;
      const referralId = icpc ? sdById.get(s47ById.get(icpc.s47EnquiryId)!.strategyDiscussionId)!.referralId : null;
      const assessment = (j.assessments ?? []).find((a) => a.referralId === referralId && a.authorisedDate);
      if (fitting && assessment) assert.ok(assessment.factors!.some((f) => fitting.includes(f)), `${id} ${plan.id}: ${plan.initialCategory} with factors ${assessment.factors!.join(',')}`);
    }
    // Strategy discussions: `agencies` is the attendees' agencies; the decision follows from the s47.
    for (const sd of j.strategyDiscussions ?? []) {
      const hasS47 = (j.s47Enquiries ?? []).some((e) => e.strategyDiscussionId === sd.id);
      if (!sd.date) {
        assert.ok(!hasS47 && sd.decision === null && (sd.attendees ?? []).length === 0, `${id} ${sd.id}: awaited`);
        continue;
      }
      held += 1;
      const attendees = sd.attendees ?? [];
      assert.ok(attendees.length >= 2 && attendees.length <= 5 && sd.time, `${id} ${sd.id}: ${attendees.length} attendees at ${sd.time}`);
      assert.deepEqual(sd.agencies, [...new Set(attendees.map((a) => a.agency))], `${id} ${sd.id}: agencies`);
      assert.ok(sd.agencies!.includes('social_care'));
      for (const agency of ['police', 'health', 'education'] as const) if (!sd.agencies!.includes(agency)) missing[agency] += 1;
      assert.equal(sd.decision, hasS47 ? 's47' : sd.decision, `${id} ${sd.id}: decision`);
      if (hasS47) assert.equal(sd.decision, 's47');
      assert.ok(sd.referralId === null || referralById.has(sd.referralId!), `${id} ${sd.id}: referral`);
    }
    for (const e of j.s47Enquiries ?? []) assert.equal(Boolean(e.outcomeNotes), Boolean(e.endDate), `${id} ${e.id}: outcome notes when concluded`);
    // Contacts: who referred, and why the front door decided as it did.
    const contactById = new Map((j.contacts ?? []).map((c) => [c.id, c]));
    for (const c of j.contacts ?? []) {
      assert.ok(c.referrerAgency && c.concerns, `${id} ${c.id}: referrer and concerns`);
      assert.equal(Boolean(c.decisionRationale), Boolean(c.decidedAt), `${id} ${c.id}: rationale with the decision`);
      if (c.signedOffAt) assert.ok(c.decidedAt && c.signedOffAt > c.decidedAt, `${id} ${c.id}: signed off after the decision`);
      if (c.decidedBy) assert.ok((j.allocations ?? []).some((a) => a.workerId === c.decidedBy), `${id} ${c.id}: decided by a worker of the child`);
    }
    for (const r of j.referrals ?? []) if (r.contactId) assert.ok(['referral', 'strategy_discussion'].includes(contactById.get(r.contactId)!.outcome!), `${id} ${r.id}`);
    // Early help: from the front door, or stepped down from a referral (and some back up within six months).
    for (const e of j.earlyHelp ?? []) {
      if (e.origin === 'step_down') {
        const from = referralById.get(e.steppedDownFromReferralId!);
        assert.ok(from && from.closeReason === 'RC9' && !e.contactId, `${id} ${e.id}: stepped down from ${e.steppedDownFromReferralId}`);
        if (e.endReason === 'stepped_up' && (j.referrals ?? []).some((r) => r.referralDate > from.closeDate! && toDayNumber(r.referralDate) - toDayNumber(from.closeDate!) <= 183)) stepDownAndUp += 1;
      } else {
        assert.equal(e.origin, 'contact', `${id} ${e.id}: origin`);
        assert.equal(contactById.get(e.contactId!)?.outcome, 'early_help', `${id} ${e.id}: contact`);
      }
    }
    if ((j.referrals ?? []).length > 0) withReferral += 1;
    // Visits where the child was seen say what the child said (once old enough) and what the worker saw.
    for (const v of j.visits ?? []) {
      assert.ok(v.visitType && v.observations, `${id} ${v.id}: type and observations`);
      if (!v.childSeen) assert.equal(v.childSaid, null);
    }
    // Case notes on open cases only; more under child protection.
    const notes = j.caseNotes ?? [];
    const stage = stageOfJourney(j);
    assert.ok(notes.length <= 4, `${id}: ${notes.length} notes`);
    if (stage === 'closed') assert.equal(notes.length, 0, `${id}: notes on a closed case`);
    if (stage === 'child_protection') {
      cpCases += 1;
      notesOnCp += notes.length;
    }
  }
  assert.ok(plans > 100 && cinPlans > 100);
  // About 3% of CIN plans have drifted without a contingency plan: old records, on purpose.
  assert.ok(cinWithoutContingency > 0 && cinWithoutContingency / cinPlans < 0.06, `CIN plans without a contingency: ${cinWithoutContingency} of ${cinPlans}`);
  // Some discussions lack police, health or education, so the "missing agencies" warning has something to show.
  for (const [agency, n] of Object.entries(missing)) assert.ok(n > 0 && n < held * 0.6, `${agency} missing from ${n} of ${held} discussions`);
  const share = stepDownAndUp / withReferral;
  assert.ok(share > 0.005 && share < 0.08, `stepped down and back up within six months: ${stepDownAndUp} of ${withReferral}`);
  assert.ok(notesOnCp / cpCases >= 2, `notes per CP case ${notesOnCp / cpCases}`);
});

// --- Children looked after: SSDA903 detail and calibration (PRACTICE.md §5) ---------------------------------

const REASONS_CEASED = new Set(['E11', 'E12', 'E2', 'E3', 'E4A', 'E4B', 'E13', 'E41', 'E45', 'E46', 'E47', 'E48', 'E5', 'E6', 'E7', 'E9', 'E14', 'E15', 'E16', 'E17', 'E8']);
const REASONS_CHANGE = new Set(['CARPL', 'CLOSE', 'ALLEG', 'STAND', 'APPRR', 'CREQB', 'CREQO', 'CHILD', 'LAREQ', 'PLACE', 'OTHER']);
const PARTICIPATION = new Set(['PN0', 'PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7']);
const PLACEMENT_TYPE_CODES = new Set(PLACEMENT_TYPES.map(([code]) => code));
const NO_PROVIDER = new Set(['T0', 'T1', 'T2', 'T3', 'T4', 'Z1']);

test('looked-after records carry their SSDA903 detail coherently', () => {
  let adopted = 0, unregistered = 0, reviews = 0, underFourReviews = 0;
  const iros = new Set<string>();
  for (const j of population) {
    const id = j.child.id;
    const periods = j.periodsOfCare ?? [];
    const periodById = new Map(periods.map((p) => [p.id, p]));
    for (const p of periods) {
      assert.ok(p.categoryOfNeed && /^N[1-8]$/.test(p.categoryOfNeed), `${id} ${p.id}: category of need ${p.categoryOfNeed}`);
      assert.equal(p.reasonForNewEpisode, 'S', `${id} ${p.id}`);
      // reasonCeased exactly when the period ended.
      assert.equal(Boolean(p.reasonCeased), Boolean(p.endDate), `${id} ${p.id}: reason ceased ${p.reasonCeased} with end ${p.endDate}`);
      if (p.reasonCeased) assert.ok(REASONS_CEASED.has(p.reasonCeased), `${id} ${p.id}: ${p.reasonCeased}`);
      if (p.reasonCeased === 'E17') assert.ok(j.careLeaver?.stayingPut, `${id}: E17 is staying put`);
    }
    const statusIds = new Set<string>();
    for (const s of j.legalStatuses ?? []) {
      assert.ok(s.id && !statusIds.has(s.id), `${id}: legal status id ${s.id}`);
      statusIds.add(s.id);
    }
    for (const pl of j.placements ?? []) {
      const period = periodById.get(pl.periodOfCareId)!;
      // SSDA903 types only; H5 and P2 were withdrawn for placements from April 2025 (K3 instead).
      assert.ok(PLACEMENT_TYPE_CODES.has(pl.typeCode) && (pl.startDate < '2025-04-01' || !PLACEMENT_TYPES_WITHDRAWN.includes(pl.typeCode)), `${id} ${pl.id}: ${pl.typeCode} from ${pl.startDate}`);
      // Provider: PR0 only (and always) for P1; none for temporary and other placements; PR1-PR5 otherwise.
      if (pl.typeCode === 'P1') assert.equal(pl.providerCode, 'PR0', `${id} ${pl.id}`);
      else if (NO_PROVIDER.has(pl.typeCode)) assert.equal(pl.providerCode ?? null, null, `${id} ${pl.id}: ${pl.typeCode} with ${pl.providerCode}`);
      else assert.ok(pl.providerCode && /^PR[1-5]$/.test(pl.providerCode), `${id} ${pl.id}: ${pl.typeCode} with ${pl.providerCode}`);
      assert.ok(pl.postcode && typeof pl.inLaArea === 'boolean' && typeof pl.distanceMiles === 'number', `${id} ${pl.id}: where`);
      if (pl.inLaArea) assert.ok(pl.distanceMiles! <= 20 && pl.postcode!.startsWith('NB'), `${id} ${pl.id}: ${pl.distanceMiles} miles in area`);
      else assert.ok(pl.distanceMiles! >= 8 && !pl.postcode!.startsWith('NB'), `${id} ${pl.id}: ${pl.distanceMiles} miles out of area`);
      // reasonForChange exactly when the placement ended and the period of care did not end with it.
      const moved = Boolean(pl.endDate) && pl.endDate !== period.endDate;
      assert.equal(Boolean(pl.reasonForChange), moved, `${id} ${pl.id}: reason ${pl.reasonForChange}, ended ${pl.endDate}, period ${period.endDate}`);
      if (pl.reasonForChange) assert.ok(REASONS_CHANGE.has(pl.reasonForChange), `${id} ${pl.id}: ${pl.reasonForChange}`);
      if (pl.registered === false) {
        unregistered += 1;
        assert.ok(['H5', 'K3', 'K2', 'Z1'].includes(pl.typeCode) && !pl.endDate && !period.endDate, `${id} ${pl.id}: unregistered ${pl.typeCode}`);
      }
    }
    for (const r of j.claReviews ?? []) {
      reviews += 1;
      assert.ok(r.chairName && r.recommendations && r.participationCode && PARTICIPATION.has(r.participationCode), `${id} ${r.id}: ${JSON.stringify(r)}`);
      iros.add(r.chairName);
      const underFour = toDayNumber(r.date) - toDayNumber(j.child.dateOfBirth!) < 1461;
      assert.equal(r.participationCode === 'PN0', underFour, `${id} ${r.id}: ${r.participationCode} at ${r.date}, born ${j.child.dateOfBirth}`);
      if (underFour) underFourReviews += 1;
    }
    // A completed adoption: decision, placement order, match, placed, order, in that order; care ended on the order.
    const a = j.adoption;
    if (a?.adoptionOrderDate) {
      adopted += 1;
      const steps = [a.decisionDate, a.placementOrderDate, a.matchedDate, a.placedDate, a.adoptionOrderDate];
      assert.ok(steps.every(Boolean), `${id}: ${JSON.stringify(a)}`);
      for (let i = 1; i < steps.length; i++) assert.ok(steps[i - 1]! <= steps[i]!, `${id}: adoption steps ${JSON.stringify(a)}`);
      const last = periods[periods.length - 1]!;
      assert.ok(last.endDate === a.adoptionOrderDate && (last.reasonCeased === 'E11' || last.reasonCeased === 'E12'), `${id}: adopted, care ${JSON.stringify(last)}`);
      assert.ok((j.placements ?? []).some((pl) => pl.typeCode === 'A6' && pl.startDate === a.placedDate), `${id}: placed for adoption`);
      assert.equal(stageOfJourney(j), 'closed', `${id}: adopted is closed`);
    }
  }
  assert.ok(adopted > 20, `completed adoptions ${adopted}`);
  assert.ok(unregistered > 0, 'some children are in unregistered settings');
  assert.ok(underFourReviews > 0 && underFourReviews < reviews, 'PN0 and other participation codes');
  assert.ok(iros.size >= 3 && iros.size <= 10, `a handful of IROs: ${[...iros].join(', ')}`);
});

test('looked-after figures match the national ones (PRACTICE.md §5)', (t) => {
  const f = lookedAfterFigures(population, AS_AT);
  const show = JSON.stringify(f, (_, v: unknown) => (typeof v === 'number' ? +v.toFixed(3) : v));
  t.diagnostic(show);
  // Foster care about 68% of placements; care orders about 76%, s20 about 19% of legal statuses (±4 points).
  assert.ok(Math.abs(f.fosterShare - 0.68) <= 0.04, `foster care: ${show}`);
  assert.ok(Math.abs(f.careOrderShare - 0.76) <= 0.04, `care orders: ${show}`);
  assert.ok(Math.abs(f.s20Share - 0.19) <= 0.04, `s20: ${show}`);
  // 23% of those in care 2+ years had 3+ placements in 2 years (±5 points: about 500 such children in two LAs);
  // 3+ placements in the last 12 months, about 10% nationally (DfE; not in §5) (±3.5 points).
  assert.ok(Math.abs(f.threePlusIn2YearsOf2YearStayers - 0.23) <= 0.05, `placement stability, 2 years: ${show}`);
  assert.ok(Math.abs(f.threePlusIn12Months - 0.1) <= 0.035, `placement stability, 12 months: ${show}`);
  // Every move says why; the care plan is the commonest reason.
  assert.ok(f.moves > 0 && f.movesWithReason === f.moves, `moves: ${show}`);
  assert.ok(f.moveReasons.CARPL! / f.moves > 0.3, `move reasons: ${show}`);
  // Adoptions: 3,040 a year against 81,770 looked after, 3.7 per 100 (±1.5); A10 and A2 near the adoption
  // scorecard (thresholds 426 and 121 days; most LAs take longer).
  assert.ok(Math.abs(f.adoptionsPer100LookedAfter - 3.7) <= 1.5, `adoptions: ${show}`);
  assert.ok(f.a10Days > 350 && f.a10Days < 600 && f.a2Days > 90 && f.a2Days < 300, `adoption timeliness: ${show}`);
  // Unregistered settings: a few (about 0.5% of children looked after), so the dashboards have some to show.
  assert.ok(f.unregistered > 0 && f.unregistered / f.lookedAfter < 0.015, `unregistered: ${show}`);
});

test('records kept alongside care fall within a period of care and pair their fields', () => {
  // (Every journey of the population is parsed by parseJourney in the casework test above.)
  const problems: string[] = [];
  const fail = (message: string): void => {
    if (problems.length < 10) problems.push(message);
  };
  let escalations = 0, informalOrStage1 = 0, cafcass = 0, reversed = 0, withFinalOrder = 0, sdqUnder4 = 0;
  const resolvedAfter: number[] = [];
  const dental = { under5: 0, under5Years: 0, over5: 0, over5Years: 0 };
  let firstReviewsOver5 = 0, offeredAtFirstReview = 0;
  for (const j of population) {
    const id = j.child.id;
    const periods = j.periodsOfCare ?? [];
    const birth = j.child.dateOfBirth ? toDayNumber(j.child.dateOfBirth) : null;
    const inCare = (date: string): boolean => date <= AS_AT && periods.some((p) => p.startDate <= date && date <= (p.endDate ?? AS_AT));
    for (const c of j.healthChecks ?? []) {
      if (!inCare(c.date)) fail(`${id} ${c.id}: ${c.kind} on ${c.date} outside care`);
      // upToDate only (and always) for immunisations; a score 0-40 only (and always) for an SDQ.
      if ((c.kind === 'immunisations') !== (typeof c.upToDate === 'boolean')) fail(`${id} ${c.id}: ${c.kind} with upToDate ${c.upToDate}`);
      const scored = c.sdqScore !== null && c.sdqScore !== undefined;
      if ((c.kind === 'sdq') !== scored || (scored && (c.sdqScore! < 0 || c.sdqScore! > 40))) fail(`${id} ${c.id}: ${c.kind} with score ${c.sdqScore}`);
      if (c.kind === 'sdq' && birth !== null) {
        const age = toDayNumber(c.date) - birth;
        if (age < 1461 || age >= 6209) sdqUnder4 += 1;
      }
    }
    for (const c of j.iroContacts ?? []) {
      if (!inCare(c.date)) fail(`${id} ${c.id}: IRO ${c.kind} on ${c.date} outside care`);
      if (!c.notes) fail(`${id} ${c.id}: notes`);
    }
    for (const e of j.iroEscalations ?? []) {
      escalations += 1;
      if (e.stage === 'informal' || e.stage === 'stage_1') informalOrStage1 += 1;
      if (e.stage === 'cafcass') cafcass += 1;
      if (!inCare(e.raisedDate)) fail(`${id} ${e.id}: raised ${e.raisedDate} outside care`);
      if (!e.concern) fail(`${id} ${e.id}: concern`);
      if (e.stage !== 'informal' && !e.escalatedTo) fail(`${id} ${e.id}: ${e.stage} escalated to nobody`);
      if (Boolean(e.resolvedDate) !== Boolean(e.outcome)) fail(`${id} ${e.id}: resolved ${e.resolvedDate} with outcome ${e.outcome}`);
      if (e.resolvedDate) {
        if (e.resolvedDate < e.raisedDate || e.resolvedDate > AS_AT) fail(`${id} ${e.id}: resolved ${e.resolvedDate}, raised ${e.raisedDate}`);
        resolvedAfter.push(toDayNumber(e.resolvedDate) - toDayNumber(e.raisedDate));
      }
    }
    for (const o of j.advocacyOffers ?? []) {
      if (!inCare(o.offeredDate)) fail(`${id} ${o.id}: offered ${o.offeredDate} outside care`);
      if (o.startDate && (o.outcome !== 'accepted' || o.startDate < o.offeredDate || o.startDate > AS_AT)) fail(`${id} ${o.id}: ${o.outcome} from ${o.startDate}`);
      if (o.endDate && (!o.startDate || o.endDate < o.startDate || o.endDate > AS_AT)) fail(`${id} ${o.id}: ended ${o.endDate}`);
    }
    // The legal gateway meeting a few weeks before each letter before proceedings.
    for (const pre of j.preProceedings ?? []) {
      if (!pre.legalGatewayDate || pre.legalGatewayDate > pre.letterDate || toDayNumber(pre.letterDate) - toDayNumber(pre.legalGatewayDate) > 70) fail(`${id} ${pre.id}: gateway ${pre.legalGatewayDate}, letter ${pre.letterDate}`);
    }
    // Hearings from the issue to the final order (2 to 5 once there is one), in date order, none after as-at.
    for (const pr of j.proceedings ?? []) {
      const hearings = pr.hearings ?? [];
      const until = pr.finalOrderDate ?? AS_AT;
      if (hearings.some((h, i) => h.date < pr.issueDate || h.date > until || h.date > AS_AT || !h.kind || (i > 0 && h.date < hearings[i - 1]!.date))) fail(`${id} ${pr.id}: ${JSON.stringify(pr)}`);
      if (pr.finalOrderDate) {
        withFinalOrder += 1;
        if (hearings.length < 2 || hearings.length > 5 || hearings[hearings.length - 1]!.date !== pr.finalOrderDate) fail(`${id} ${pr.id}: ${hearings.length} hearings to the final order`);
      }
    }
    // A reversed adoption decision says why.
    const a = j.adoption;
    if (a && Boolean(a.decisionReversedDate) !== Boolean(a.decisionReversedReason)) fail(`${id}: reversal ${JSON.stringify(a)}`);
    if (a?.decisionReversedDate) {
      reversed += 1;
      if (!a.decisionDate || a.decisionReversedDate < a.decisionDate) fail(`${id}: reversed before the decision ${JSON.stringify(a)}`);
    }
    // Dental checks in the last year of those looked after for a year (fewer for the under-fives), and
    // advocacy offered at the first review to most children over 5.
    const open = periods.find((p) => !p.endDate);
    if (open && birth !== null && toDayNumber(open.startDate) <= asAtDay - 365) {
      const teeth = (j.healthChecks ?? []).some((c) => c.kind === 'dental' && inYear(c.date));
      if (asAtDay - birth < 1826 + 365) {
        dental.under5Years += 1;
        if (teeth) dental.under5 += 1;
      } else if (asAtDay - birth >= 1826 + 365) {
        dental.over5Years += 1;
        if (teeth) dental.over5 += 1;
      }
    }
    for (const p of periods) {
      const first = (j.claReviews ?? []).find((r) => r.date >= p.startDate && r.date <= (p.endDate ?? AS_AT));
      if (!first || birth === null || toDayNumber(first.date) - birth < 1826) continue;
      firstReviewsOver5 += 1;
      if ((j.advocacyOffers ?? []).some((o) => o.offeredDate === first.date)) offeredAtFirstReview += 1;
    }
  }
  assert.deepEqual(problems, []);
  assert.equal(sdqUnder4, 0, 'SDQs only for children aged 4 to 16');
  assert.ok(withFinalOrder > 100 && reversed > 5, `proceedings with a final order ${withFinalOrder}, reversed adoption decisions ${reversed}`);
  // Escalations: most informal or stage 1, resolved within weeks; Cafcass very rare.
  assert.ok(informalOrStage1 / escalations > 0.75 && cafcass / escalations < 0.03, `escalations ${escalations}: informal or stage 1 ${informalOrStage1}, Cafcass ${cafcass}`);
  assert.ok(quartile(resolvedAfter, 0.5) <= 35, `median days to resolve ${quartile(resolvedAfter, 0.5)}`);
  const under5 = dental.under5 / dental.under5Years, over5 = dental.over5 / dental.over5Years;
  assert.ok(over5 > 0.75 && under5 < over5 - 0.1, `dental checks in the year: under 5 ${under5.toFixed(3)}, over 5 ${over5.toFixed(3)}`);
  assert.ok(offeredAtFirstReview / firstReviewsOver5 > 0.75, `advocacy offered at ${offeredAtFirstReview} of ${firstReviewsOver5} first reviews of children over 5`);
});

test('health checks, IRO escalations and advocacy of children looked after come in rough national shares', (t) => {
  const f = lookedAfterFigures(population, AS_AT);
  const show = JSON.stringify({
    lookedAfter: f.lookedAfter, lookedAfter12Months: f.lookedAfter12Months, dental: f.dentalShare, immunised: f.immunisationsUpToDateShare, sdq: f.sdqShare, sdqAverage: f.sdqAverage,
    escalations: f.escalationShare, open: f.openEscalations, offers: f.advocacyOffers, accepted: f.advocacyAcceptedShare, waiting: f.advocacyWaitingShare,
  }, (_, v: unknown) => (typeof v === 'number' ? +v.toFixed(3) : v));
  t.diagnostic(show);
  // IRO escalations for about 4% of children looked after (2-6%), some still open for the "needing attention" list.
  assert.ok(f.escalationShare >= 0.02 && f.escalationShare <= 0.06 && f.openEscalations > 0, `escalations: ${show}`);
  // OC2-like: most with a dental check in the year, about 85% with immunisations up to date, SDQs mostly recorded, scores mostly 5-20.
  assert.ok(f.dentalShare > 0.7 && f.dentalShare < 0.95, `dental: ${show}`);
  assert.ok(Math.abs(f.immunisationsUpToDateShare - 0.85) <= 0.06, `immunisations: ${show}`);
  assert.ok(f.sdqShare > 0.6 && f.sdqAverage > 10 && f.sdqAverage < 18, `SDQ: ${show}`);
  // About 30% accept advocacy or an independent visitor; some are still waiting for one to be found.
  assert.ok(f.advocacyAcceptedShare > 0.2 && f.advocacyAcceptedShare < 0.4 && f.advocacyWaitingShare > 0, `advocacy: ${show}`);
});

test('months() through its day index agrees with the calendar over 1990-2100 and beyond', () => {
  for (let d = daysFromCivil(1989, 12, 1); d <= daysFromCivil(2101, 1, 31); d += 3) {
    for (const n of [-13, -1, 0, 1, 3, 6, 12, 192, 216]) assert.equal(addMonthsForTest(d, n), addMonthsToDayNumber(d, n), `${fromDayNumber(d)} + ${n} months`);
  }
});

test('the same Random gives the same looked-after, care-leaver and adopted journeys', () => {
  for (const stage of ['looked_after', 'care_leaver', 'closed'] as const) {
    for (let i = 0; i < 20; i++) {
      const seed: JourneySeed = {
        childId: `c${i}`, dateOfBirth: fromDayNumber(asAtDay - (stage === 'care_leaver' ? 7000 : 400 + 300 * i)), expectedDateOfBirth: null, stage, uasc: stage === 'looked_after' && i % 4 === 0,
        allocations: [{ workerId: 'w1', teamId: 't1', startDate: fromDayNumber(asAtDay - 200), endDate: stage === 'closed' ? fromDayNumber(asAtDay - 40) : null }],
      };
      assert.deepEqual(generateJourney(new Random(100 + i), seed, AS_AT), generateJourney(new Random(100 + i), seed, AS_AT), `${stage} ${i}`);
    }
  }
});

// --- Missing episodes, exploitation screenings and care leavers -------------------------------------------

/** The write rules a record must pass (practice/casework), run directly on a generated record. */
function writeProblems(check: (p: Problems, context: WriteContext) => void, journey: Journey): string[] {
  const p = new Problems();
  check(p, { journey, today: AS_AT, calendar, isNew: false });
  return p.list.map((x) => `${x.field}: ${x.message}`);
}
const minuteOf = (value: string): number => toDayNumber(value.slice(0, 10)) * 1440 + Number(value.slice(11, 13)) * 60 + Number(value.slice(14, 16));
const codes = (set: readonly (readonly [string, string])[]): Set<string> => new Set(set.map(([c]) => c));
const IN_TOUCH_CODES = codes(IN_TOUCH);
const ACTIVITY_CODES = codes(ACTIVITIES);
const ACCOMMODATION_CODES = codes(ACCOMMODATION);

test('missing episodes, exploitation screenings and care leavers pass their write rules and fit together', () => {
  const problems: string[] = [];
  const fail = (message: string): void => {
    if (problems.length < 10) problems.push(message);
  };
  let episodes = 0, notIndependent = 0, withChildSaid = 0, screenings = 0, teenageScreenings = 0, leavers = 0, overrides = 0, named = 0;
  const childrenOfTag = new Map<string, Set<string>>();
  for (const j of population) {
    const id = j.child.id;
    const birth = j.child.dateOfBirth;
    for (const m of j.missingEpisodes ?? []) {
      episodes += 1;
      for (const x of writeProblems((p, c) => checkMissingEpisode(m, c, p), j)) fail(`${id} ${m.id}: ${x}`);
      // Who offered the interview with the offer (and only then); what the child said only from an interview held; not declined and held.
      if (Boolean(m.returnInterviewOfferedAt) !== Boolean(m.interviewOfferedBy) || Boolean(m.interviewOfferedBy) !== Boolean(m.interviewOrganisation)) fail(`${id} ${m.id}: offer ${JSON.stringify(m)}`);
      if (m.childSaid && !m.returnInterviewCompletedAt) fail(`${id} ${m.id}: child said without an interview`);
      if (m.returnInterviewDeclined && m.returnInterviewCompletedAt) fail(`${id} ${m.id}: declined and held`);
      if (m.childSaid) withChildSaid += 1;
      if (m.returnInterviewOfferedAt && (m.offeredByIndependentPerson === false) !== (m.interviewOrganisation === RETURN_INTERVIEW_BY_SOCIAL_WORKER)) fail(`${id} ${m.id}: ${m.offeredByIndependentPerson} by ${m.interviewOrganisation}`);
      if (m.offeredByIndependentPerson === false) notIndependent += 1;
      // Reported by someone; a police reference for most missing (not away) episodes, of the year the child went.
      if (!m.reportedBy) fail(`${id} ${m.id}: reported by nobody`);
      if (m.policeReference && (m.type === 'away' || m.policeReference.slice(0, 8) !== `NB-${m.startAt.slice(0, 4)}-` || !/^NB-\d{4}-\d{6}$/.test(m.policeReference))) fail(`${id} ${m.id}: ${m.type} ${m.policeReference}`);
      if (m.returnedAt ? !m.whereFound : m.whereFound || m.withWhom) fail(`${id} ${m.id}: returned ${m.returnedAt}, found ${m.whereFound}`);
    }
    for (const s of j.exploitationScreenings ?? []) {
      screenings += 1;
      for (const x of writeProblems((p, c) => checkExploitationScreening(s, c, p), j)) fail(`${id} ${s.id}: ${x}`);
      for (const tag of [...(s.locations ?? []), ...(s.associates ?? [])]) {
        if (tag !== tag.trim()) fail(`${id} ${s.id}: untrimmed ‘${tag}’`);
        childrenOfTag.set(tag.toLowerCase(), (childrenOfTag.get(tag.toLowerCase()) ?? new Set()).add(id));
      }
      for (const tags of [s.locations ?? [], s.associates ?? []]) if (new Set(tags.map((t) => t.toLowerCase())).size !== tags.length) fail(`${id} ${s.id}: repeated tags ${tags.join(', ')}`);
      const age = toDayNumber(s.date) - toDayNumber(birth!);
      if (age < 3652) fail(`${id} ${s.id}: screened at ${age} days old`);
      if (age >= 4748) teenageScreenings += 1;
    }
    if ((j.missingEpisodes ?? []).length === 0 && (j.exploitationScreenings ?? []).length > 0 && !(j.referrals ?? []).length) fail(`${id}: screened with no missing episode or referral`);
    const leaver = j.careLeaver;
    if (!leaver) continue;
    leavers += 1;
    for (const x of writeProblems((p, c) => checkCareLeaver(leaver, c, p), j)) fail(`${id} careLeaver: ${x}`);
    // The eligibility is the care history's (and so is the day it began), or the record says why not.
    const computed = careLeaverEligibilityOf(j, AS_AT);
    if (computed.category === leaver.eligibility) {
      if (leaver.eligibilityOverrideReason) fail(`${id}: override reason ${leaver.eligibilityOverrideReason} with ${leaver.eligibility}`);
      if (computed.eligibleFrom !== null && computed.eligibleFrom !== leaver.eligibleFrom) fail(`${id}: eligible from ${leaver.eligibleFrom}, history ${computed.eligibleFrom}`);
    } else {
      overrides += 1;
      if (!leaver.eligibilityOverrideReason) fail(`${id}: ${leaver.eligibility} but the history gives ${computed.category} (${computed.reason})`);
    }
    // SSDA903 OC3: all three codes or none, only once left care as a relevant or former relevant young person.
    const left = (j.periodsOfCare ?? []).every((p) => p.endDate);
    const oc3 = left && (leaver.eligibility === 'relevant' || leaver.eligibility === 'former_relevant');
    const coded = [leaver.inTouchCode, leaver.activityCode, leaver.accommodationCode].filter(Boolean).length;
    if (coded !== (oc3 ? 3 : 0)) fail(`${id}: ${leaver.eligibility}, left care ${left}, codes ${leaver.inTouchCode}/${leaver.activityCode}/${leaver.accommodationCode}`);
    if (oc3) {
      if (!IN_TOUCH_CODES.has(leaver.inTouchCode!) || !ACTIVITY_CODES.has(leaver.activityCode!) || ACTIVITIES_WITHDRAWN.includes(leaver.activityCode!) || !ACCOMMODATION_CODES.has(leaver.accommodationCode!)) fail(`${id}: codes ${JSON.stringify(leaver)}`);
      const inTouch = leaver.inTouchCode === 'YES';
      // 345: in touch, nothing is 0; 344 (and not in touch here): 0.
      if (inTouch === (leaver.activityCode === '0') || inTouch === (leaver.accommodationCode === '0')) fail(`${id}: ${leaver.inTouchCode} with ${leaver.activityCode}/${leaver.accommodationCode}`);
      if (inTouch && !leaver.latestContactDate) fail(`${id}: in touch with no contact date`);
      if (leaver.inTouch !== inTouch) fail(`${id}: inTouch ${leaver.inTouch} with ${leaver.inTouchCode}`);
      const under18 = AS_AT < birthdayOf(birth!, 18);
      // 347: no foyer under 18; 3001: with former foster carers only when staying put, from 18.
      if (leaver.accommodationCode!.startsWith('T') && under18) fail(`${id}: foyer under 18`);
      if (leaver.accommodationCode!.startsWith('Z') !== Boolean(leaver.stayingPut)) fail(`${id}: ${leaver.accommodationCode}, staying put ${leaver.stayingPut}`);
    }
    if (leaver.personalAdviserAllocatedDate) named += leaver.personalAdviserName ? 1 : 0;
    else if (leaver.personalAdviserName) fail(`${id}: adviser named but not allocated`);
    if (leaver.latestContactDate && (leaver.latestContactDate > AS_AT || leaver.latestContactDate < birth!)) fail(`${id}: latest contact ${leaver.latestContactDate}`);
    const offer = leaver.localOfferToldOf ?? [];
    if (offer.length > 0 && (!leaver.pathwayPlanDate || offer.some((o) => o.toldDate < leaver.pathwayPlanDate!))) fail(`${id}: told of the local offer before the pathway plan`);
  }
  assert.deepEqual(problems, []);
  assert.ok(notIndependent > 0 && notIndependent / episodes < 0.1, `return interviews offered by the child’s own social worker: ${notIndependent} of ${episodes} episodes`);
  assert.ok(withChildSaid > episodes * 0.2, `what the child said in ${withChildSaid} of ${episodes}`);
  assert.ok(teenageScreenings / screenings > 0.75, `screenings of teenagers ${teenageScreenings} of ${screenings}`);
  // The pools are small, so places and people link children (contextual safeguarding).
  assert.ok([...childrenOfTag.values()].filter((children) => children.size >= 5).length >= 10, 'tags shared between children');
  assert.ok(overrides > 0 && overrides < leavers * 0.05, `eligibility overrides ${overrides} of ${leavers}`);
  assert.ok(named > leavers * 0.8, `personal advisers named for ${named} of ${leavers}`);
});

test('missing episodes and care leavers match the national figures (PRACTICE.md §5)', (t) => {
  const f = missingAndLeavingCareFigures(population, AS_AT);
  const show = JSON.stringify(f, (_, v: unknown) => (typeof v === 'number' ? +v.toFixed(3) : v));
  t.diagnostic(show);
  // About 11% of children looked after in the year went missing (±2.5 points: about 200 children in two LAs),
  // 6.8 incidents each (±1), mostly aged 16 or over.
  assert.ok(Math.abs(f.wentMissingShare - 0.11) <= 0.025, `went missing: ${show}`);
  assert.ok(Math.abs(f.episodesEach - 6.8) <= 1, `incidents each: ${show}`);
  assert.ok(f.aged16PlusShare > 0.5 && f.aged16PlusShare < 0.85, `aged 16+: ${show}`);
  // Independent return interviews offered within 72 hours: about 63% (±5 points).
  assert.ok(Math.abs(f.independentOfferWithin72hShare - 0.63) <= 0.05, `return interviews: ${show}`);
  // Most who went missing were screened for exploitation; some screenings judged a risk high.
  assert.ok(f.screenedShareOfMissing > 0.7 && f.highRiskShare > 0.05 && f.highRiskShare < 0.35, `screenings: ${show}`);
  // Care leavers (Croydon 2017): 92% in touch, 78% in education, employment or training (±4 points); about
  // 88% in suitable accommodation (DfE nationally; not in §5).
  assert.ok(Math.abs(f.inTouchShare - 0.92) <= 0.03, `in touch: ${show}`);
  assert.ok(Math.abs(f.eetShare - 0.78) <= 0.04, `EET: ${show}`);
  assert.ok(Math.abs(f.suitableAccommodationShare - 0.88) <= 0.04, `accommodation: ${show}`);
});

test('the same Random gives the same missing episodes, screenings and care leaver records; worker names flow through', () => {
  let withScreenings = 0;
  for (let i = 0; i < 40; i++) {
    const seed: JourneySeed = {
      childId: `m${i}`, dateOfBirth: fromDayNumber(asAtDay - 5900 - 20 * i), expectedDateOfBirth: null, stage: 'looked_after', uasc: false,
      allocations: [{ workerId: 'w1', teamId: 't1', startDate: fromDayNumber(asAtDay - 400), endDate: null }], workerNames: new Map([['w1', 'Named Worker']]),
    };
    const one = generateJourney(new Random(300 + i), seed, AS_AT);
    assert.deepEqual(generateJourney(new Random(300 + i), seed, AS_AT), one, `m${i}`);
    if ((one.exploitationScreenings ?? []).length > 0) {
      withScreenings += 1;
      assert.ok(one.exploitationScreenings!.every((s) => s.assessedBy === 'Named Worker'), `m${i}: screened by the allocated worker`);
    }
  }
  assert.ok(withScreenings > 5, `${withScreenings} of 40 older children looked after screened`);
  const leaver: JourneySeed = {
    childId: 'l1', dateOfBirth: fromDayNumber(asAtDay - 7000), expectedDateOfBirth: null, stage: 'care_leaver', uasc: false,
    allocations: [{ workerId: 'pa', teamId: 't1', startDate: fromDayNumber(asAtDay - 300), endDate: null }], workerNames: new Map([['pa', 'Pat Adviser']]),
  };
  const journey = generateJourney(new Random(9), leaver, AS_AT);
  assert.deepEqual(generateJourney(new Random(9), leaver, AS_AT), journey);
  if (journey.careLeaver!.personalAdviserAllocatedDate) assert.equal(journey.careLeaver!.personalAdviserName, 'Pat Adviser');
});

test('a small share of children coming into care start in police protection or under an emergency protection order, each within the law’s limits', () => {
  const inCare = la.journeys.filter((j) => (j.periodsOfCare ?? []).length > 0);
  const police = inCare.filter((j) => (j.policeProtections ?? []).length > 0).length;
  const epo = inCare.filter((j) => (j.emergencyProtectionOrders ?? []).length > 0).length;
  assert.ok(police / inCare.length > 0.03 && police / inCare.length < 0.2, `police protection ${police} of ${inCare.length}`);
  assert.ok(epo > 0 && epo < police, `EPOs ${epo}, police protection ${police}`);
  assert.equal(la.journeys.filter((j) => !(j.periodsOfCare ?? []).length && ((j.policeProtections ?? []).length || (j.emergencyProtectionOrders ?? []).length)).length, 0, 'only children who came into care');
  const problems: string[] = [];
  for (const journey of inCare) {
    const context: WriteContext = { journey, today: AS_AT, calendar, isNew: false };
    for (const record of journey.policeProtections ?? []) {
      const p = new Problems();
      checkPoliceProtection(record, context, p);
      problems.push(...p.list.map((x) => `${journey.child.id} ${x.message}`));
    }
    for (const record of journey.emergencyProtectionOrders ?? []) {
      const p = new Problems();
      checkEmergencyProtectionOrder(record, context, p);
      problems.push(...p.list.map((x) => `${journey.child.id} ${x.message}`));
    }
  }
  assert.deepEqual(problems, []);
});
