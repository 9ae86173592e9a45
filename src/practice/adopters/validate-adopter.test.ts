// The prospective adopter rules, each passing and failing: codes known, dates in order, a leaving date
// with its reason. A refusal names the field it is about.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAdopterHousehold } from './validate-adopter.ts';
import { householdOf } from './test-household.ts';
import { stageOf } from './household.ts';

const TODAY = '2026-11-02';
const fields = (parts: Parameters<typeof householdOf>[0]): string[] => checkAdopterHousehold(householdOf(parts), TODAY).map((p) => p.field);
const messageFor = (parts: Parameters<typeof householdOf>[0], field: string): string | undefined =>
  checkAdopterHousehold(householdOf(parts), TODAY).find((p) => p.field === field)?.message;

/** A household that has been all the way through, on dates in order. */
const ADOPTED = {
  stage1StartedOn: '2025-01-10', stage1EndedOn: '2025-03-05', applicationSubmittedOn: '2025-03-20', stage2StartedOn: '2025-03-20', stage2EndedOn: '2025-07-15',
  approvedOn: '2025-07-20', matchedOn: '2025-09-01', placedOn: '2025-10-01', childrenPlaced: 2, placedChildReferences: ['C000012', 'C000013'], adoptionOrderOn: '2026-06-30',
  enquiryReceivedOn: '2024-12-01',
};

test('an enquiry alone, and a household all the way to an adoption order, pass', () => {
  assert.deepEqual(fields({}), []);
  assert.deepEqual(fields(ADOPTED), []);
  assert.equal(stageOf(householdOf(ADOPTED)), 'adopted');
  assert.deepEqual(fields({ adopter2Name: 'Sam Morgan', adopter2Gender: 'male', adopter2Ethnicity: 'MWBC', adopter2Disability: 'unknown' }), []);
});

test('stage 1 cannot end before it starts, nor end without a start', () => {
  assert.deepEqual(fields({ stage1StartedOn: '2026-02-01', stage1EndedOn: '2026-01-20' }), ['stage1EndedOn']);
  assert.match(messageFor({ stage1StartedOn: '2026-02-01', stage1EndedOn: '2026-01-20' }, 'stage1EndedOn')!, /Date stage 1 ended must be on or after the date stage 1 started \(1 February 2026\)/);
  assert.deepEqual(fields({ stage1EndedOn: '2026-03-01' }), ['stage1EndedOn']);
  assert.deepEqual(fields({ stage1StartedOn: '2026-02-01', stage1EndedOn: '2026-02-01' }), [], 'the same day is in order');
});

test('stage 2 is not before stage 1 ends; a fast-track household may start at stage 2', () => {
  assert.deepEqual(fields({ stage1StartedOn: '2026-02-01', stage1EndedOn: '2026-04-01', stage2StartedOn: '2026-03-15' }), ['stage2StartedOn']);
  assert.deepEqual(fields({ stage1StartedOn: '2026-02-01', stage1EndedOn: '2026-04-01', stage2StartedOn: '2026-04-20' }), []);
  assert.deepEqual(fields({ stage2StartedOn: '2026-02-01' }), [], 'fast track: no stage 1');
  assert.deepEqual(fields({ stage2StartedOn: '2025-12-01' }), ['stage2StartedOn'], 'not before the enquiry');
});

test('approval is not before stage 2 ends; a match not before approval', () => {
  assert.deepEqual(fields({ ...ADOPTED, approvedOn: '2025-07-01' }), ['approvedOn']);
  assert.deepEqual(fields({ ...ADOPTED, stage2EndedOn: null }), ['approvedOn'], 'approval needs the end of stage 2');
  assert.deepEqual(fields({ ...ADOPTED, matchedOn: '2025-07-19' }), ['matchedOn']);
  assert.match(messageFor({ ...ADOPTED, approvedOn: null }, 'matchedOn')!, /Enter the date approved as suitable to adopt before date matched/);
});

test('placement is not before the match; the adoption order not before the placement', () => {
  assert.deepEqual(fields({ ...ADOPTED, placedOn: '2025-08-31' }), ['placedOn']);
  assert.deepEqual(fields({ ...ADOPTED, adoptionOrderOn: '2025-09-30' }), ['adoptionOrderOn']);
  assert.deepEqual(fields({ ...ADOPTED, placedOn: null, childrenPlaced: null, placedChildReferences: [] }), ['adoptionOrderOn'], 'an order needs a placement');
});

test('the number of children placed goes with the placement; references look like child references', () => {
  assert.deepEqual(fields({ ...ADOPTED, childrenPlaced: null, placedChildReferences: [] }), ['childrenPlaced']);
  assert.deepEqual(fields({ ...ADOPTED, childrenPlaced: 1 }), ['placedChildReferences'], 'two children named, one placed');
  assert.deepEqual(fields({ ...ADOPTED, placedChildReferences: ['c 12!'] }), ['placedChildReferences']);
  assert.deepEqual(fields({ childrenPlaced: 1 }), ['childrenPlaced']);
});

test('a leaving date needs a reason, and a reason a date', () => {
  assert.deepEqual(fields({ leftOn: '2026-03-01' }), ['leavingReason']);
  assert.equal(messageFor({ leftOn: '2026-03-01' }, 'leavingReason'), 'Select why the household left the adoption process');
  assert.deepEqual(fields({ leavingReason: 'withdrew' }), ['leftOn']);
  assert.deepEqual(fields({ leftOn: '2026-03-01', leavingReason: 'withdrew' }), []);
  assert.equal(stageOf(householdOf({ leftOn: '2026-03-01', leavingReason: 'withdrew' })), 'left');
});

test('unknown codes are refused, each naming its field', () => {
  assert.deepEqual(fields({ adopter1Gender: 'M' }), ['adopter1Gender']);
  assert.deepEqual(fields({ adopter1Ethnicity: 'White' }), ['adopter1Ethnicity']);
  assert.deepEqual(fields({ adopter1Disability: 'maybe' }), ['adopter1Disability']);
  assert.deepEqual(fields({ leftOn: '2026-03-01', leavingReason: 'moved' }), ['leavingReason']);
  assert.deepEqual(fields({ adopter2Name: 'Sam Morgan' }), ['adopter2Gender', 'adopter2Ethnicity', 'adopter2Disability'], 'a second adopter needs their details');
});

test('dates are not in the future, and the enquiry is required', () => {
  assert.deepEqual(fields({ stage1StartedOn: '2026-11-03' }), ['stage1StartedOn']);
  assert.deepEqual(fields({ enquiryReceivedOn: '' }), ['enquiryReceivedOn']);
});
