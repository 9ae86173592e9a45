// The synthetic LA is deterministic, well-formed, and shaped like a real one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateLocalAuthority, DEMO_ACCOUNTS } from './generate.ts';
import { isValidNhsNumber } from '../practice/identity/nhs-number.ts';
import { isValidUpn } from '../practice/identity/upn.ts';

const options = { seed: 7, size: 'medium' as const, asAt: '2026-03-31', name: 'Test', dfeCode: '999', usernamePrefix: '' };

test('the same seed and date give the same LA; another seed gives another', () => {
  const one = generateLocalAuthority(options);
  const two = generateLocalAuthority(options);
  assert.deepEqual(one, two);
  const other = generateLocalAuthority({ ...options, seed: 8 });
  assert.notEqual(other.id, one.id);
  assert.notDeepEqual(other.children.slice(0, 5), one.children.slice(0, 5));
});

test('identifiers are valid and unique; NHS numbers are in the 999 test range', () => {
  const la = generateLocalAuthority(options);
  const nhs = la.children.flatMap((c) => (c.nhsNumber ? [c.nhsNumber] : []));
  assert.ok(nhs.length > la.children.length * 0.9);
  assert.equal(new Set(nhs).size, nhs.length);
  for (const n of nhs) {
    assert.ok(isValidNhsNumber(n), n);
    assert.ok(n.startsWith('999'));
  }
  const upns = la.children.flatMap((c) => (c.upn ? [c.upn] : []));
  assert.ok(upns.length > 100);
  for (const u of upns) assert.ok(isValidUpn(u), u);
  assert.equal(new Set(la.children.map((c) => c.id)).size, la.children.length);
  assert.equal(new Set(la.staff.map((s) => s.username)).size, la.staff.length);
});

test('every open child has exactly one current allocation, to a worker in the allocation’s team', () => {
  const la = generateLocalAuthority(options);
  const staffTeam = new Map(la.staff.map((s) => [s.id, s.teamId]));
  const current = la.allocations.filter((a) => a.endDate === null);
  assert.equal(new Set(current.map((a) => a.childId)).size, current.length);
  for (const a of current) assert.equal(staffTeam.get(a.workerId), a.teamId);
  for (const a of la.allocations) if (a.endDate) assert.ok(a.endDate >= a.startDate);
  const childrenWithHistory = new Set(la.allocations.filter((a) => a.endDate !== null).map((a) => a.childId));
  assert.ok(childrenWithHistory.size > la.children.length * 0.3, 'many children have had more than one worker');
});

test('siblings are separate records linked both ways; unborn children have an expected date of birth', () => {
  const la = generateLocalAuthority(options);
  const links = new Set(la.familyLinks.map((l) => `${l.childId}>${l.relatedChildId}:${l.relationship}`));
  for (const l of la.familyLinks) assert.ok(links.has(`${l.relatedChildId}>${l.childId}:${l.relationship}`));
  assert.ok(la.familyLinks.length > 0);
  for (const c of la.children) assert.ok((c.dateOfBirth === null) !== (c.expectedDateOfBirth === null));
  for (const c of la.children.filter((c) => c.sex === '0')) assert.ok(c.expectedDateOfBirth && c.expectedDateOfBirth > options.asAt);
});

test('the workforce looks like a real one: caseloads near 16, agency share near the national 18%', () => {
  const la = generateLocalAuthority({ ...options, size: 'croydon' });
  const workers = la.staff.filter((s) => s.roles.some((r) => r === 'social_worker' || r === 'personal_adviser' || r === 'early_help_worker'));
  const agency = workers.filter((s) => s.employmentType === 'agency').length / workers.length;
  assert.ok(agency > 0.1 && agency < 0.28, `agency share ${agency}`);
  const open = la.allocations.filter((a) => a.endDate === null).length;
  const caseload = open / workers.length;
  assert.ok(caseload > 10 && caseload < 22, `caseload ${caseload}`);
  for (const demo of DEMO_ACCOUNTS) assert.ok(la.staff.some((s) => s.username === demo.username && s.roles.includes(demo.role)));
});

test('the UASC share is a setting: about 8% of children looked after by default (England), 48% for Croydon 2017', () => {
  const shareOf = (la: ReturnType<typeof generateLocalAuthority>): number => {
    // Looked after now: an open period of care.
    const lookedAfter = new Set(la.journeys.filter((j) => (j.periodsOfCare ?? []).some((p) => !p.endDate)).map((j) => j.child.id));
    const uasc = la.children.filter((c) => lookedAfter.has(c.id) && c.uasc).length;
    assert.equal(la.children.filter((c) => c.uasc && !lookedAfter.has(c.id)).length, 0, 'only children looked after are flagged UASC');
    return uasc / lookedAfter.size;
  };
  // Two Croydon-sized LAs (about 900 children looked after each): the share settles within a few points.
  for (const [uascShare, tolerance] of [[undefined, 0.025], [0.48, 0.04], [0, 0]] as const) {
    const shares = [7, 8].map((seed) => shareOf(generateLocalAuthority({ ...options, seed, size: 'croydon', ...(uascShare === undefined ? {} : { uascShare }) })));
    const mean = (shares[0]! + shares[1]!) / 2;
    const expected = uascShare ?? 0.08;
    assert.ok(Math.abs(mean - expected) <= tolerance, `UASC share ${mean.toFixed(3)} for a setting of ${expected}`);
  }
  assert.throws(() => generateLocalAuthority({ ...options, uascShare: 1.5 }), /between 0 and 1/);
});
