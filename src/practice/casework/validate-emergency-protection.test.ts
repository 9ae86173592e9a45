// Emergency protection orders and police protection (validate-emergency-protection.ts): the law's time
// limits refused at their boundaries (8 days and one 7-day extension, s45; 72 hours, s46), ends before
// starts refused, and a lawful record accepted.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Journey } from '../journey/journey.ts';
import { ENGLAND_AND_WALES } from '../calendar/calendar.ts';
import { validateRecordWrite, type RecordProblem } from './validate-record.ts';
import type { JourneyRecordType } from '../journey/record-types.ts';

const journey: Journey = { child: { id: 'child', dateOfBirth: '2015-05-01' } };
const write = (recordType: JourneyRecordType, record: Record<string, unknown>): RecordProblem[] =>
  validateRecordWrite({ journey, recordType, record, isNew: true, today: '2025-06-30', calendar: ENGLAND_AND_WALES });
const messageFor = (problems: RecordProblem[], field: string): string | undefined => problems.find((p) => p.field === field)?.message;

const epo = (extra: Record<string, unknown>) => ({ id: 'epo1', grantedAt: '2025-06-01T14:00', expiresAt: '2025-06-09T14:00', ...extra });
const police = (extra: Record<string, unknown>) => ({ id: 'pp1', startAt: '2025-06-01T22:00', ...extra });

describe('an emergency protection order', () => {
  it('accepts 8 days to the minute, one extension of 7 days, and a discharge within the order', () => {
    assert.deepEqual(write('emergencyProtectionOrders', epo({ appliedDate: '2025-06-01', court: 'Family Court', extendedTo: '2025-06-16T14:00', dischargedAt: '2025-06-12T10:00' })), []);
  });

  it('refuses an order of more than 8 days (s45(1))', () => {
    assert.match(messageFor(write('emergencyProtectionOrders', epo({ expiresAt: '2025-06-09T14:01' })), 'expiresAt') ?? '', /at most 8 days \(section 45\(1\)/);
  });

  it('refuses an order that ends before it was made', () => {
    assert.match(messageFor(write('emergencyProtectionOrders', epo({ expiresAt: '2025-06-01T13:00' })), 'expiresAt') ?? '', /must end after it was made/);
  });

  it('refuses an extension of more than 7 days, or one that does not run beyond the first end (s45(5))', () => {
    assert.match(messageFor(write('emergencyProtectionOrders', epo({ extendedTo: '2025-06-16T14:01' })), 'extendedTo') ?? '', /once, by at most 7 days/);
    assert.match(messageFor(write('emergencyProtectionOrders', epo({ extendedTo: '2025-06-08T14:00' })), 'extendedTo') ?? '', /beyond the order’s first end/);
  });

  it('refuses a discharge before the order or after it ended, and an application after the order', () => {
    assert.match(messageFor(write('emergencyProtectionOrders', epo({ dischargedAt: '2025-05-31T09:00' })), 'dischargedAt') ?? '', /discharged after it was made/);
    assert.match(messageFor(write('emergencyProtectionOrders', epo({ dischargedAt: '2025-06-10T09:00' })), 'dischargedAt') ?? '', /had already ended/);
    assert.match(messageFor(write('emergencyProtectionOrders', epo({ appliedDate: '2025-06-02' })), 'appliedDate') ?? '', /on or before the order was made/);
  });
});

describe('police protection', () => {
  it('accepts 72 hours exactly, and an open episode', () => {
    assert.deepEqual(write('policeProtections', police({ endedAt: '2025-06-04T22:00', policeReference: 'NB-1', designatedOfficer: 'DS Raman', childWentTo: 'Foster care' })), []);
    assert.deepEqual(write('policeProtections', police({})), []);
  });

  it('refuses more than 72 hours (s46(6)), and an end before the start', () => {
    assert.match(messageFor(write('policeProtections', police({ endedAt: '2025-06-04T22:01' })), 'endedAt') ?? '', /at most 72 hours \(section 46\(6\)/);
    assert.match(messageFor(write('policeProtections', police({ endedAt: '2025-06-01T21:00' })), 'endedAt') ?? '', /must end after it began/);
  });

  it('counts hours across the clock change: 72 clock hours from 29 March 2025 22:00 GMT end at 1 April 23:00 BST', () => {
    assert.deepEqual(write('policeProtections', police({ startAt: '2025-03-29T22:00', endedAt: '2025-04-01T23:00' })), []);
    assert.ok(messageFor(write('policeProtections', police({ startAt: '2025-03-29T22:00', endedAt: '2025-04-01T23:01' })), 'endedAt'));
  });
});
