// Weighted caseloads, counted by hand with Lantern's default weights.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_LOCAL_STANDARDS } from '../clocks/types.ts';
import { caseloadThresholds, childWeight, weightedLoad } from './caseload-weighting.ts';

const w = DEFAULT_LOCAL_STANDARDS;

test('a child counts once, at the heaviest kind of work open for them', () => {
  assert.deepEqual(childWeight(['child_in_need', 'child_protection', 'care_proceedings'], w), { kind: 'care_proceedings', weight: 2 });
  assert.deepEqual(childWeight(['looked_after', 'care_leaver'], w), { kind: 'looked_after', weight: 1.3 });
  // A lighter kind alone counts at its own weight, not at the child in need weight.
  assert.deepEqual(childWeight(['early_help'], w), { kind: 'early_help', weight: 0.8 });
  // An allocated child with no open kind of work still counts, as child in need.
  assert.deepEqual(childWeight([], w), { kind: 'child_in_need', weight: 1 });
});

test('a worker’s load is the sum of the children’s weights, without floating-point dust', () => {
  assert.equal(weightedLoad([['care_leaver'], ['early_help'], ['child_protection']], w), 3); // 0.7 + 0.8 + 1.5
  assert.equal(weightedLoad(Array.from({ length: 18 }, () => ['child_in_need'] as const), w), 18);
  // 10 children on CP plans and 4 in proceedings: 15 + 8 = 23, over the default weighted limit of 22
  // although 14 children is under the count limit of 18.
  const heavy = [...Array.from({ length: 10 }, () => ['child_protection'] as const), ...Array.from({ length: 4 }, () => ['care_proceedings', 'child_protection'] as const)];
  assert.equal(weightedLoad(heavy, w), 23);
  assert.ok(weightedLoad(heavy, w) > caseloadThresholds(false, w).weighted);
  assert.ok(heavy.length <= caseloadThresholds(false, w).count);
  assert.equal(weightedLoad([], w), 0);
});

test('the LA’s own weights and the ASYE year’s lower limits apply', () => {
  assert.equal(weightedLoad([['early_help'], ['early_help']], { ...w, weightEarlyHelp: 0.5 }), 1);
  assert.deepEqual(caseloadThresholds(true, w), { count: 12, weighted: 14 });
  assert.deepEqual(caseloadThresholds(false, { ...w, weightedCaseloadLimit: 30 }), { count: 18, weighted: 30 });
});

test('weights are local standards with one decimal place; other standards stay whole numbers', async () => {
  const { checkLocalStandards } = await import('../clocks/local-standards.ts');
  const ok = checkLocalStandards({ weightChildProtection: '1.7', weightedCaseloadLimit: '25' });
  assert.equal(ok.ok, true);
  if (ok.ok) assert.deepEqual([ok.standards.weightChildProtection, ok.standards.weightedCaseloadLimit], [1.7, 25]);
  const bad = checkLocalStandards({ weightChildProtection: '1.75', weightEarlyHelp: '0', caseloadLimit: '18.5' });
  assert.equal(bad.ok, false);
  if (!bad.ok) assert.deepEqual(bad.problems.map((p) => p.key), ['caseloadLimit', 'weightChildProtection', 'weightEarlyHelp']);
});
