import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseJourney } from './parse-journey.ts';

test('a well-formed journey is accepted', () => {
  const result = parseJourney({ child: { id: 'c', dateOfBirth: '2015-01-01' }, referrals: [{ id: 'r1', referralDate: '2025-01-06' }], assessments: [{ id: 'a1', referralId: 'r1', startDate: '2025-01-07' }] });
  assert.equal(result.ok, true);
});

test('schema problems name the path and the problem', () => {
  const result = parseJourney({ child: { id: 'c', dateOfBirth: '2015-02-30' }, contacts: [{ id: 'x', receivedAt: 'yesterday' }], colour: 'blue' });
  assert.equal(result.ok, false);
  if (result.ok) return;
  const text = result.problems.map((p) => `${p.path}: ${p.message}`);
  assert.ok(text.some((t) => t.startsWith('/child/dateOfBirth:')), text.join('\n'));
  assert.ok(text.some((t) => t.startsWith('/contacts/0/receivedAt:')), text.join('\n'));
  assert.ok(text.some((t) => t.includes('colour')), text.join('\n'));
});

test('references that do not resolve, and a missing date of birth, are refused', () => {
  const result = parseJourney({ child: { id: 'c' }, assessments: [{ id: 'a1', referralId: 'r9', startDate: '2025-01-07' }] });
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.deepEqual(result.problems, [
    { path: '/assessments/0/referralId', message: 'no referral has id r9' },
    { path: '/child', message: 'give dateOfBirth, or expectedDateOfBirth for an unborn child' },
  ]);
});
