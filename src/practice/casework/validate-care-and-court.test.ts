// The looked-after and adoption rules (validate-care-and-court.ts): for each, a write refused with the
// message a worker sees, and one accepted, at the boundaries chosen. The base journey: a child born
// 1 May 2015, looked after from 1 March 2025 (poc1, open) after an earlier period in 2024 (poc0).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseJourney } from '../journey/parse-journey.ts';
import type { Journey } from '../journey/journey.ts';
import type { JourneyRecordType } from '../journey/record-types.ts';
import { ENGLAND_AND_WALES } from '../calendar/calendar.ts';
import { validateRecordWrite, type RecordProblem } from './validate-record.ts';

const TODAY = '2025-06-30';

const base = ((): Journey => {
  const parsed = parseJourney({
    child: { id: 'child', dateOfBirth: '2015-05-01' },
    periodsOfCare: [
      { id: 'poc0', startDate: '2024-01-10', endDate: '2024-04-20', reasonCeased: 'E4A', reasonForNewEpisode: 'S', categoryOfNeed: 'N1' },
      { id: 'poc1', startDate: '2025-03-01', reasonForNewEpisode: 'S', categoryOfNeed: 'N1' },
    ],
    legalStatuses: [
      { id: 'ls0', code: 'V2', startDate: '2024-01-10', endDate: '2024-04-20' },
      { id: 'ls1', code: 'C1', startDate: '2025-03-01', endDate: '2025-05-01' },
      { id: 'ls2', code: 'C2', startDate: '2025-05-01', endDate: null },
    ],
    placements: [
      { id: 'pl1', periodOfCareId: 'poc1', startDate: '2025-03-01', endDate: '2025-04-10', typeCode: 'U6', placedWith: 'other', providerCode: 'PR1', reasonForChange: 'CARPL' },
      { id: 'pl2', periodOfCareId: 'poc1', startDate: '2025-04-10', endDate: null, typeCode: 'U4', placedWith: 'other', providerCode: 'PR4' },
    ],
    adoption: { decisionDate: null },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.journey;
})();

function write(recordType: JourneyRecordType, record: Record<string, unknown>, options: { isNew?: boolean; journey?: Journey } = {}): RecordProblem[] {
  return validateRecordWrite({ journey: options.journey ?? base, recordType, record, isNew: options.isNew ?? true, today: TODAY, calendar: ENGLAND_AND_WALES });
}
const messageFor = (problems: RecordProblem[], field: string): string | undefined => problems.find((p) => p.field === field)?.message;

const period = (extra: Record<string, unknown>) => ({ id: 'poc9', startDate: '2024-06-01', ...extra });
/** A new placement in poc1 from 1 May 2025 (the journey's own placements are not touched). */
const placement = (extra: Record<string, unknown>) => ({ id: 'pl9', periodOfCareId: 'poc1', startDate: '2025-05-01', typeCode: 'U4', placedWith: 'other', providerCode: 'PR4', ...extra });

describe('codes are in their SSDA903 code sets', () => {
  it('refuses unknown codes, each with its own message', () => {
    const cases: [JourneyRecordType, Record<string, unknown>, string, string][] = [
      ['periodsOfCare', period({ categoryOfNeed: 'N9' }), 'categoryOfNeed', 'Select a category of need from the list'],
      ['periodsOfCare', period({ reasonForNewEpisode: 'Q' }), 'reasonForNewEpisode', 'Select a reason for the new episode from the list'],
      ['periodsOfCare', period({ endDate: '2024-07-01', reasonCeased: 'E43' }), 'reasonCeased', 'Select a reason the child stopped being looked after from the list'],
      ['placements', placement({ typeCode: 'Q1' }), 'typeCode', 'Select a placement type from the list'],
      ['placements', placement({ providerCode: 'PR9' }), 'providerCode', 'Select a placement provider from the list'],
      ['placements', placement({ endDate: '2025-05-20', reasonForChange: 'BORED' }), 'reasonForChange', 'Select a reason for the placement change from the list'],
      ['claReviews', { id: 'cr1', date: '2025-04-01', participationCode: 'PN8' }, 'participationCode', 'Select how the child took part from the list'],
    ];
    for (const [type, record, field, message] of cases) assert.equal(messageFor(write(type, record), field), message, `${type}.${field}`);
  });

  it('accepts known codes', () => {
    assert.deepEqual(write('periodsOfCare', period({ categoryOfNeed: 'N8', reasonForNewEpisode: 'S', endDate: '2024-07-01', reasonCeased: 'E45' })), []);
    assert.deepEqual(write('placements', placement({ typeCode: 'K2', providerCode: 'PR5', endDate: '2025-05-20', reasonForChange: 'CUSTOD' })), []);
    assert.deepEqual(write('claReviews', { id: 'cr1', date: '2025-04-01', participationCode: 'PN6', chairName: 'Pat Lee', recommendations: 'Keep contact weekly' }), []);
  });

  it('takes only S as the reason for a period of care’s first episode, and never X1 as the reason care ended', () => {
    assert.equal(messageFor(write('periodsOfCare', period({ reasonForNewEpisode: 'P' })), 'reasonForNewEpisode'), 'Select ‘Started to be looked after’: a period of care begins when the child starts to be looked after');
    assert.equal(messageFor(write('periodsOfCare', period({ endDate: '2024-07-01', reasonCeased: 'X1' })), 'reasonCeased'), 'Select why the child stopped being looked after: ‘Episode ceases, and new episode begins on same day’ means the child is still looked after');
  });
});

describe('the end of a period of care and its reason (903 rule 148)', () => {
  it('wants a reason once the period has ended', () => {
    assert.deepEqual(write('periodsOfCare', period({ endDate: '2024-07-01' })), [{ field: 'reasonCeased', message: 'Select why the child stopped being looked after' }]);
    assert.deepEqual(write('periodsOfCare', period({ endDate: '2024-07-01', reasonCeased: 'E13' })), []);
  });

  it('refuses a reason while the period is open', () => {
    assert.deepEqual(write('periodsOfCare', period({ reasonCeased: 'E13' })), [{ field: 'endDate', message: 'Enter the date the child stopped being looked after' }]);
    assert.deepEqual(write('periodsOfCare', period({})), []);
  });
});

describe('the placement provider', () => {
  const providerMessage = (extra: Record<string, unknown>): string | undefined => messageFor(write('placements', placement(extra)), 'providerCode');

  it('keeps PR0 for placements with parents (P1), and P1 for PR0 (903 rules 550, 527–531)', () => {
    assert.equal(providerMessage({ typeCode: 'U4', providerCode: 'PR0' }), 'Select ‘Parent(s) or other person(s) with parental responsibility’ only for a placement with parents (P1)');
    assert.equal(providerMessage({ typeCode: 'P1', placedWith: 'parent', providerCode: 'PR4' }), 'Select ‘Parent(s) or other person(s) with parental responsibility’: it is the only provider of a placement with parents (P1)');
    assert.equal(providerMessage({ typeCode: 'P1', placedWith: 'parent', providerCode: 'PR0' }), undefined);
  });

  it('wants no provider for a temporary placement, and none need be given for Z1 (903 rules 213, 526)', () => {
    assert.equal(providerMessage({ typeCode: 'T1', providerCode: 'PR1' }), 'Remove the placement provider: a temporary placement (T0 to T4) does not have one');
    assert.equal(providerMessage({ typeCode: 'T4', providerCode: null }), undefined);
    assert.equal(providerMessage({ typeCode: 'Z1', providerCode: null }), undefined);
    assert.equal(providerMessage({ typeCode: 'Z1', providerCode: 'PR4' }), undefined);
  });

  it('wants a provider for every other placement (903 rule 526)', () => {
    assert.equal(providerMessage({ typeCode: 'U4', providerCode: null }), 'Select the placement provider');
    assert.equal(providerMessage({ typeCode: 'P1', placedWith: 'parent', providerCode: null }), 'Select the placement provider');
  });

  it('refuses providers that cannot provide the placement type (903 rules 527, 528, 529)', () => {
    assert.equal(providerMessage({ typeCode: 'R5', providerCode: 'PR1' }), 'Select another provider: a local authority does not provide NHS or health placements (R2) or young offender institutions (R5)');
    assert.equal(providerMessage({ typeCode: 'R2', providerCode: 'PR3' }), undefined);
    assert.equal(providerMessage({ typeCode: 'K2', providerCode: 'PR3' }), 'Select another provider: other public provision does not provide adoption, children’s home or foster placements');
  });
});

describe('the reason for a placement change', () => {
  // poc1 is open; pl1 ended on 10 April 2025 in a move to pl2.
  it('wants a reason when the placement ended and the child stayed looked after (903 rule 225)', () => {
    assert.deepEqual(write('placements', placement({ endDate: '2025-05-20' })), [{ field: 'reasonForChange', message: 'Select the reason for the placement change' }]);
    assert.deepEqual(write('placements', placement({ endDate: '2025-05-20', reasonForChange: 'CREQB' })), []);
    const { reasonForChange: _, ...pl1 } = base.placements![0]!;
    assert.equal(messageFor(write('placements', pl1, { isNew: false }), 'reasonForChange'), 'Select the reason for the placement change');
  });

  it('refuses a reason while the placement has not ended (903 rule 233)', () => {
    assert.deepEqual(write('placements', placement({ reasonForChange: 'CARPL' })), [{ field: 'endDate', message: 'Enter the date the placement ended' }]);
  });

  it('refuses a reason when the period of care ended the same day, and needs none', () => {
    const journey: Journey = { ...base, periodsOfCare: [base.periodsOfCare![0]!, { ...base.periodsOfCare![1]!, endDate: '2025-06-01', reasonCeased: 'E4A' }] };
    const ended = (extra: Record<string, unknown>) => write('placements', placement({ endDate: '2025-06-01', ...extra }), { journey });
    assert.deepEqual(ended({ reasonForChange: 'CARPL' }), [{ field: 'reasonForChange', message: 'Remove the reason for the placement change: the child stopped being looked after when the placement ended (1 June 2025)' }]);
    assert.deepEqual(ended({}), []);
    // The day before the period ended, the child moved: a reason is wanted.
    assert.equal(messageFor(write('placements', placement({ endDate: '2025-05-31' }), { journey }), 'reasonForChange'), 'Select the reason for the placement change');
  });

  it('wants no reason for a temporary placement or the move into one (903 rules 225, 226)', () => {
    assert.equal(messageFor(write('placements', placement({ typeCode: 'T2', providerCode: null, endDate: '2025-05-08', reasonForChange: 'OTHER' })), 'reasonForChange'), 'Remove the reason for the placement change: there is none for a temporary placement (T0 to T4) or a move into one');
    assert.deepEqual(write('placements', placement({ typeCode: 'T2', providerCode: null, endDate: '2025-05-08' })), []);
    const journey: Journey = { ...base, placements: [...base.placements!, { id: 'pl3', periodOfCareId: 'poc1', startDate: '2025-05-20', endDate: '2025-05-27', typeCode: 'T1', placedWith: 'other' }] };
    assert.deepEqual(write('placements', placement({ endDate: '2025-05-20' }), { journey }), []);
    assert.equal(messageFor(write('placements', placement({ endDate: '2025-05-20', reasonForChange: 'CARPL' }), { journey }), 'reasonForChange'), 'Remove the reason for the placement change: there is none for a temporary placement (T0 to T4) or a move into one');
  });
});

describe('where the child is placed', () => {
  it('accepts UK postcodes in either case, with or without the space', () => {
    for (const postcode of ['SW1A 1AA', 'sw1a1aa', 'M1 1AE', 'b33 8th', 'CR2 6XH', 'DN55 1PT', 'EC1A 1BB', 'W1A 0AX', '  LS1 4AP ']) {
      assert.deepEqual(write('placements', placement({ postcode })), [], postcode);
    }
  });

  it('refuses a postcode of the wrong shape', () => {
    for (const postcode of ['SW1A', '12345', 'SW1A  1AA', 'SW1A 1A', 'Q', 'SW1A-1AA', '1AA SW1A']) {
      assert.equal(messageFor(write('placements', placement({ postcode })), 'postcode'), 'Enter a real postcode, like SW1A 1AA', postcode);
    }
  });

  it('wants the placement postcode with a distance from home', () => {
    assert.deepEqual(write('placements', placement({ distanceMiles: 12.5 })), [{ field: 'postcode', message: 'Enter the postcode of the placement, or remove the distance from home' }]);
    assert.deepEqual(write('placements', placement({ distanceMiles: 12.5, postcode: 'LS1 4AP', inLaArea: false })), []);
    assert.deepEqual(write('placements', placement({ distanceMiles: 0, postcode: 'LS1 4AP' })), []);
  });
});

describe('legal statuses', () => {
  it('refuses a legal status that overlaps another (one SSDA903 episode at a time)', () => {
    assert.deepEqual(write('legalStatuses', { id: 'ls9', code: 'L2', startDate: '2025-04-01', endDate: '2025-04-08' }), [
      { field: 'startDate', message: 'This legal status overlaps ‘Interim care order’ from 1 March 2025 to 1 May 2025' },
    ]);
    assert.deepEqual(write('legalStatuses', { id: 'ls9', code: 'E1', startDate: '2025-06-01' }), [
      { field: 'startDate', message: 'The child already has the legal status ‘Full care order’ from 1 May 2025 that has not ended: end that one first' },
    ]);
  });

  it('lets statuses meet: one ends the day the next starts', () => {
    const journey: Journey = { ...base, legalStatuses: base.legalStatuses!.slice(0, 2) };
    assert.deepEqual(write('legalStatuses', { id: 'ls9', code: 'E1', startDate: '2025-05-01' }, { journey }), []);
  });

  it('does not count the status being edited as an overlap, by its id or, without one, its code and start', () => {
    assert.deepEqual(write('legalStatuses', { id: 'ls2', code: 'C2', startDate: '2025-05-01', endDate: '2025-06-01' }, { isNew: false }), []);
    const journey: Journey = { ...base, legalStatuses: [{ code: 'C2', startDate: '2025-05-01', endDate: null }] };
    assert.deepEqual(write('legalStatuses', { code: 'C2', startDate: '2025-05-01', endDate: '2025-06-01' }, { journey, isNew: false }), []);
    assert.equal(write('legalStatuses', { code: 'C2', startDate: '2025-05-01' }, { journey }).length, 1);
  });

  it('keeps a legal status within a period of care', () => {
    assert.equal(messageFor(write('legalStatuses', { id: 'ls9', code: 'V2', startDate: '2024-08-01', endDate: '2024-09-01' }), 'startDate'), 'Start date of the legal status must be during a period of care, when the child was looked after');
    assert.equal(messageFor(write('legalStatuses', { id: 'ls9', code: 'V2', startDate: '2024-03-01', endDate: '2024-05-01' }, { journey: { ...base, legalStatuses: [] } }), 'endDate'), 'End date of the legal status must be on or before the child stopped being looked after (20 April 2024)');
    assert.equal(messageFor(write('legalStatuses', { id: 'ls9', code: 'V2', startDate: '2024-03-01' }, { journey: { ...base, legalStatuses: [] } }), 'endDate'), 'Enter the end date of the legal status: the child stopped being looked after (20 April 2024)');
    assert.deepEqual(write('legalStatuses', { id: 'ls9', code: 'V2', startDate: '2024-03-01', endDate: '2024-04-20' }, { journey: { ...base, legalStatuses: [] } }), []);
    assert.equal(messageFor(write('legalStatuses', { id: 'ls9', code: 'V2', startDate: '2024-03-01' }, { journey: { ...base, periodsOfCare: [], placements: [], legalStatuses: [] } }), 'startDate'), 'Record when the child became looked after before recording their legal status');
  });
});

describe('looked after reviews', () => {
  // Born 1 May 2015: 4 on 1 May 2019.
  const journey: Journey = { ...base, periodsOfCare: [{ id: 'poc0', startDate: '2018-01-01', endDate: null }], legalStatuses: [], placements: [] };
  const review = (date: string, participationCode: string) => write('claReviews', { id: 'cr9', date, participationCode }, { journey });

  it('keeps PN0 for a child under 4 on the day of the review (903 rules 440, 441)', () => {
    assert.deepEqual(review('2019-04-30', 'PN0'), []);
    assert.equal(messageFor(review('2019-05-01', 'PN0'), 'participationCode'), 'Select how the child took part: they were 4 or over on the day of the review (born 1 May 2015)');
    assert.equal(messageFor(review('2019-04-30', 'PN7'), 'participationCode'), 'Select ‘Child aged under 4 at the time of the review’: the child was under 4 on the day of the review (born 1 May 2015)');
    assert.deepEqual(review('2019-05-01', 'PN1'), []);
  });
});

describe('adoption', () => {
  const adoption = (extra: Record<string, unknown>) => write('adoption', { decisionDate: '2025-01-10', ...extra }, { isNew: false });

  it('refuses an adoption order without a placement', () => {
    assert.deepEqual(adoption({ adoptionOrderDate: '2025-06-01' }), [{ field: 'adoptionOrderDate', message: 'Enter the date the child moved in with the adopters before recording the adoption order' }]);
    assert.deepEqual(adoption({ placedDate: '2025-03-01', adoptionOrderDate: '2025-06-01' }), []);
  });

  it('refuses an adoption order before the child moved in; the same day is accepted', () => {
    assert.equal(messageFor(adoption({ placedDate: '2025-03-01', adoptionOrderDate: '2025-02-28' }), 'adoptionOrderDate'), 'Date of the adoption order must be on or after the child moved in with the adopters (1 March 2025)');
    assert.deepEqual(adoption({ placedDate: '2025-03-01', adoptionOrderDate: '2025-03-01' }), []);
  });

  it('wants matching and the placement order on or before the child moved in (903 rule 331)', () => {
    const problems = adoption({ placementOrderDate: '2025-03-02', matchedDate: '2025-03-02', placedDate: '2025-03-01' });
    assert.equal(messageFor(problems, 'matchedDate'), 'Date the child was matched must be on or before the child moved in with the adopters (1 March 2025)');
    assert.equal(messageFor(problems, 'placementOrderDate'), 'Date of the placement order must be on or before the child moved in with the adopters (1 March 2025)');
    assert.deepEqual(adoption({ placementOrderDate: '2025-02-01', matchedDate: '2025-03-01', placedDate: '2025-03-01' }), []);
  });

  it('wants the decision first (903 rules 333, 521, 554)', () => {
    const problems = adoption({ placementOrderDate: '2025-01-09', matchedDate: '2025-01-09', placedDate: '2025-01-09' });
    assert.equal(messageFor(problems, 'placementOrderDate'), 'Date of the placement order must be on or after the decision that the child should be placed for adoption (10 January 2025)');
    assert.equal(messageFor(problems, 'matchedDate'), 'Date the child was matched must be on or after the decision that the child should be placed for adoption (10 January 2025)');
    assert.equal(messageFor(problems, 'placedDate'), 'Date the child moved in with the adopters must be on or after the decision that the child should be placed for adoption (10 January 2025)');
  });

  it('keeps a reversal on or after the decision, and not without one (903 rules 522, 563)', () => {
    assert.equal(messageFor(adoption({ decisionReversedDate: '2025-01-09' }), 'decisionReversedDate'), 'Date the decision was reversed must be on or after the decision that the child should be placed for adoption (10 January 2025)');
    assert.deepEqual(adoption({ decisionReversedDate: '2025-01-10', decisionReversedReason: 'Returning home to mother' }), []);
    assert.deepEqual(adoption({ decisionDate: null, decisionReversedDate: '2025-01-10', decisionReversedReason: 'Returning home to mother' }), [{ field: 'decisionDate', message: 'Enter the date of the decision that the child should be placed for adoption' }]);
  });
});

describe('pre-proceedings: the legal gateway meeting', () => {
  const pre = (extra: Record<string, unknown>) => write('preProceedings', { id: 'pp1', letterDate: '2025-04-10', ...extra });

  it('keeps the legal gateway meeting on or before the letter before proceedings; the same day is accepted', () => {
    assert.deepEqual(pre({ legalGatewayDate: '2025-04-11' }), [{ field: 'legalGatewayDate', message: 'Date of the legal gateway meeting must be on or before the letter before proceedings (10 April 2025)' }]);
    assert.deepEqual(pre({ legalGatewayDate: '2025-04-10' }), []);
    assert.deepEqual(pre({ legalGatewayDate: '2025-03-27' }), []);
    assert.deepEqual(pre({ legalGatewayDate: null }), []);
  });

  it('refuses a legal gateway meeting in the future', () => {
    assert.deepEqual(pre({ legalGatewayDate: '2025-07-01', letterDate: '2025-07-01' }).find((p) => p.field === 'legalGatewayDate'), { field: 'legalGatewayDate', message: 'Date of the legal gateway meeting must be today or in the past' });
  });
});

describe('care proceedings: hearings', () => {
  const proceedings = (hearings: { date: string; kind: string }[], extra: Record<string, unknown> = {}) =>
    write('proceedings', { id: 'pr1', issueDate: '2025-02-03', hearings, ...extra });

  it('accepts hearings from the issue date to the final order, both days included', () => {
    assert.deepEqual(proceedings([{ date: '2025-02-03', kind: 'First hearing' }, { date: '2025-06-20', kind: 'Final hearing' }], { finalOrderDate: '2025-06-20', finalOrder: 'Care order' }), []);
    assert.deepEqual(proceedings([]), []);
  });

  it('refuses a hearing before the proceedings were issued', () => {
    assert.deepEqual(proceedings([{ date: '2025-02-02', kind: 'Case management hearing' }]), [
      { field: 'hearings', message: 'The hearing on 2 February 2025 must be on or after the proceedings were issued (3 February 2025)' },
    ]);
  });

  it('refuses a hearing after the final order, and none is too late while there is no final order', () => {
    assert.deepEqual(proceedings([{ date: '2025-06-21', kind: 'Final hearing' }], { finalOrderDate: '2025-06-20', finalOrder: 'Care order' }), [
      { field: 'hearings', message: 'The hearing on 21 June 2025 must be on or before the final order (20 June 2025)' },
    ]);
    assert.deepEqual(proceedings([{ date: '2025-06-21', kind: 'Issues resolution hearing' }]), []);
  });

  it('refuses a hearing in the future', () => {
    assert.deepEqual(proceedings([{ date: '2025-07-01', kind: 'Issues resolution hearing' }]), [{ field: 'hearings', message: 'Date of each hearing must be today or in the past' }]);
  });

  it('wants the kind of each hearing, before anything else about the hearings', () => {
    assert.deepEqual(proceedings([{ date: '2025-02-01', kind: 'Case management hearing' }, { date: '2025-03-04', kind: '   ' }]), [
      { field: 'hearings', message: 'Enter what kind of hearing was held on 4 March 2025' },
    ]);
  });
});

describe('adoption: the reason a decision was reversed', () => {
  const adoption = (extra: Record<string, unknown>) => write('adoption', { decisionDate: '2025-01-10', ...extra }, { isNew: false });

  it('wants the reason with the reversal (Adoption Agencies Regulations 2005 reg 19)', () => {
    assert.deepEqual(adoption({ decisionReversedDate: '2025-03-01' }), [{ field: 'decisionReversedReason', message: 'Enter why the child should no longer be placed for adoption' }]);
    assert.deepEqual(adoption({ decisionReversedDate: '2025-03-01', decisionReversedReason: ' ' }), [{ field: 'decisionReversedReason', message: 'Enter why the child should no longer be placed for adoption' }]);
    assert.deepEqual(adoption({ decisionReversedDate: '2025-03-01', decisionReversedReason: 'Birth father’s family assessed positively' }), []);
  });

  it('refuses a reason without a reversal', () => {
    assert.deepEqual(adoption({ decisionReversedReason: 'Birth father’s family assessed positively' }), [{ field: 'decisionReversedDate', message: 'Enter the date the decision was reversed' }]);
    assert.deepEqual(adoption({ decisionReversedDate: null, decisionReversedReason: null }), []);
  });
});
