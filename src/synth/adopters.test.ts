// The synthetic prospective adopters: deterministic, every household passing the rules a worker's
// household must, and shaped like an adoption service's year: a few dozen enquiries a year for a
// Croydon-sized LA, households at every stage, some stage 1 late, some leaving with a reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateLocalAuthority } from './generate.ts';
import { adopterEnquiriesPerYear } from './adopters.ts';
import { checkAdopterHousehold } from '../practice/adopters/validate-adopter.ts';
import { stageOf } from '../practice/adopters/household.ts';
import { adopterClocks } from '../practice/adopters/adopter-clocks.ts';
import { createCalendar } from '../practice/calendar/calendar.ts';
import { DEFAULT_LOCAL_STANDARDS } from '../practice/clocks/types.ts';
import { mayWorkWithAdopters } from '../access/adopter-access.ts';

const options = { seed: 7, size: 'croydon' as const, asAt: '2026-03-31', name: 'Test', dfeCode: '999', usernamePrefix: '' };
const la = generateLocalAuthority(options);
const households = la.adopterHouseholds;

test('the same seed gives the same households, another seed others; family references are unique', () => {
  assert.deepEqual(generateLocalAuthority(options).adopterHouseholds, households);
  const other = generateLocalAuthority({ ...options, seed: 8 }).adopterHouseholds;
  assert.notDeepEqual(other.slice(0, 5), households.slice(0, 5));
  assert.equal(new Set(households.map((h) => h.familyReference)).size, households.length);
});

test('a Croydon-sized LA has a few dozen enquiries a year, over three years', () => {
  const perYear = adopterEnquiriesPerYear('croydon');
  assert.ok(perYear >= 24 && perYear <= 60, `per year ${perYear}`);
  assert.equal(households.length, perYear * 3);
  const lastYear = households.filter((h) => h.enquiryReceivedOn > '2025-03-31').length;
  assert.ok(lastYear > perYear * 0.6 && lastYear < perYear * 1.4, `last year ${lastYear}`);
});

test('every household passes the rules, as at the day it was generated for', () => {
  for (const h of households) assert.deepEqual(checkAdopterHousehold(h, options.asAt), [], h.familyReference);
});

test('households are at every stage; some stage 1s are late; some leave, each with a reason', () => {
  const stages = new Set(households.map(stageOf));
  for (const stage of ['stage_1', 'stage_2', 'approved', 'placed', 'adopted', 'left'] as const) assert.ok(stages.has(stage), `some at ${stage}`);
  const clocks = households.flatMap((h) => adopterClocks(h, { asAt: options.asAt, settings: DEFAULT_LOCAL_STANDARDS, calendar: createCalendar() }));
  const stage1 = clocks.filter((c) => c.clockId === 'adopter-assessment-stage-1');
  const late = stage1.filter((c) => c.state === 'met_late' || c.state === 'overdue').length;
  assert.ok(late > stage1.length * 0.1 && late < stage1.length * 0.45, `stage 1 late ${late} of ${stage1.length}`);
  const left = households.filter((h) => h.leftOn);
  assert.ok(left.length > households.length * 0.1, `left ${left.length}`);
  assert.ok(left.every((h) => h.leavingReason));
  assert.ok(new Set(left.map((h) => h.leavingReason)).size >= 2);
  assert.ok(households.some((h) => h.adopter2Name) && households.some((h) => !h.adopter2Name), 'couples and single adopters');
  assert.ok(households.some((h) => h.fosteringForAdoption));
});

test('the adoption service has workers and demo accounts who may work with adopters', () => {
  const team = la.teams.find((t) => t.serviceArea === 'fostering_and_permanence')!;
  const inTeam = la.staff.filter((s) => s.teamId === team.id);
  for (const username of ['adoption.worker', 'adoption.manager']) assert.ok(inTeam.some((s) => s.username === username && s.demo), username);
  for (const s of inTeam) assert.ok(mayWorkWithAdopters({ roles: s.roles, serviceArea: team.serviceArea }), s.username);
  assert.equal(new Set(la.staff.map((s) => s.username)).size, la.staff.length);
});
