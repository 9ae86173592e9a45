// checkChild end to end: a journey through the return builders to findings that name the record to fix,
// and the synthetic LA (small, seed 11) shows no error Lantern's own rules can see.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { everything, EVERYTHING_TODAY } from '../casework/test-journey.ts';
import { generateLocalAuthority } from '../../synth/generate.ts';
import { checkChild, rulesYearOf, type ReturnsIdentity } from './check-child.ts';
import { IMPLEMENTED, notImplemented } from './registry.ts';
import { CATALOGUE } from './catalogue.ts';

const identity: ReturnsIdentity = {
  childReference: 'C1', dateOfBirth: '2009-05-01', expectedDateOfBirth: null, sex: '1', ethnicity: 'WBRI', upn: null, disabilities: [], uasc: false,
};

test('the collection year runs from 1 April to the day of checking', () => {
  assert.deepEqual(rulesYearOf('2025-06-30'), { start: '2025-04-01', end: '2025-06-30' });
  assert.deepEqual(rulesYearOf('2026-03-31'), { start: '2025-04-01', end: '2026-03-31' });
  assert.deepEqual(rulesYearOf('2026-04-01'), { start: '2026-04-01', end: '2026-04-01' });
});

test('the fixture journey breaks no rule today', () => {
  assert.deepEqual(checkChild(identity, everything, EVERYTHING_TODAY), []);
});

test('a referral closed without a reason breaks CIN 8805, with the DfE message and the referral to correct', () => {
  const journey = structuredClone(everything);
  journey.referrals![0]!.closeReason = null;
  const found = checkChild(identity, journey, EVERYTHING_TODAY);
  assert.deepEqual(found.map((f) => f.code), ['8805']);
  assert.equal(found[0]!.severity, 'ERROR');
  assert.equal(found[0]!.message, 'A CIN case cannot have a CIN closure date without a Reason for Closure');
  assert.deepEqual(found[0]!.record, { type: 'referrals', key: 'r1' });
});

test('PN0, the code for a child under 4, at a review in the year  (a 16-year-old) breaks 903 rule 441 on that review', () => {
  const journey = structuredClone(everything);
  journey.claReviews![0]!.date = '2025-05-10';
  journey.claReviews![0]!.participationCode = 'PN0';
  const found = checkChild(identity, journey, EVERYTHING_TODAY).filter((f) => f.return === '903');
  assert.deepEqual(found.map((f) => [f.code, f.record?.type, f.record?.key]), [['441', 'claReviews', 'cr1']]);
});

test('a placement with no provider breaks 903 rule 526 on the placement', () => {
  const journey = structuredClone(everything);
  journey.placements![0]!.providerCode = null;
  const found = checkChild(identity, journey, EVERYTHING_TODAY);
  assert.deepEqual(found.map((f) => [f.code, f.record?.type, f.record?.key, f.where]), [['526', 'placements', 'pl1', 'episode starting 15/01/2025']]);
});

test('two missing episodes begun on one day are returned in the order they began, so 903 rule 574 sees no overlap; an overlap still breaks it', () => {
  const journey = structuredClone(everything);
  const away = { ...journey.missingEpisodes![0]!, id: 'm2', type: 'away' as const, startAt: '2025-06-10T07:00', returnedAt: '2025-06-10T09:00' };
  const overnight = { ...journey.missingEpisodes![0]!, id: 'm3', startAt: '2025-06-10T22:00', returnedAt: '2025-06-11T06:00' };
  // Stored order is not the order of events (records keep the order they were written in).
  journey.missingEpisodes = [overnight, away];
  assert.deepEqual(checkChild(identity, journey, EVERYTHING_TODAY).filter((f) => f.code === '574'), []);
  journey.missingEpisodes = [{ ...away, returnedAt: '2025-06-12T09:00' }, overnight];
  const found = checkChild(identity, journey, EVERYTHING_TODAY).filter((f) => f.code === '574');
  assert.deepEqual(found.map((f) => [f.where, f.record?.key]), [['missing episode starting 10/06/2025', 'm2']]);
});

test('the registry: at least 40 rules of each return, and every other catalogue code has a reason', () => {
  assert.ok(IMPLEMENTED.cin.length >= 40, `${IMPLEMENTED.cin.length} CIN rules`);
  assert.ok(IMPLEMENTED['903'].length >= 40, `${IMPLEMENTED['903'].length} 903 rules`);
  for (const ret of ['cin', '903'] as const) {
    const rest = notImplemented(ret).flatMap((g) => g.codes);
    assert.equal(rest.length + IMPLEMENTED[ret].length, CATALOGUE[ret].length, ret);
  }
});

test('the synthetic LA (small, seed 11) shows no error Lantern’s rules can see, as at the end of the year', () => {
  const asAt = '2026-03-31';
  const la = generateLocalAuthority({ seed: 11, size: 'small', asAt, name: 'Synthetic', dfeCode: '999', usernamePrefix: '' });
  const errors: string[] = [];
  la.children.forEach((child, i) => {
    const id: ReturnsIdentity = { ...child, addresses: la.addresses.filter((a) => a.childId === child.id), allocations: la.allocations.filter((a) => a.childId === child.id) };
    for (const f of checkChild(id, la.journeys[i]!, asAt)) if (f.severity === 'ERROR') errors.push(`${child.childReference} ${f.return} ${f.code} ${f.where}`);
  });
  assert.deepEqual(errors, []);
});

test('the synthetic LAs (small, seeds 11, 22 and 5) break no rule Lantern checks, queries included, at the end of the year and later', () => {
  const found: string[] = [];
  for (const [seed, generatedAt, asAt] of [[11, '2026-11-02', '2026-11-02'], [22, '2026-11-02', '2026-11-02'], [22, '2026-11-02', '2026-03-31'], [5, '2026-03-31', '2026-03-31']] as const) {
    const la = generateLocalAuthority({ seed, size: 'small', asAt: generatedAt, name: 'Synthetic', dfeCode: '999', usernamePrefix: '' });
    la.children.forEach((child, i) => {
      const id: ReturnsIdentity = { ...child, addresses: la.addresses.filter((a) => a.childId === child.id), allocations: la.allocations.filter((a) => a.childId === child.id) };
      for (const f of checkChild(id, la.journeys[i]!, asAt)) found.push(`seed ${seed} as at ${asAt}: ${child.childReference} ${f.return} ${f.code} ${f.where}`);
    });
  }
  assert.deepEqual(found, []);
});
