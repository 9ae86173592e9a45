// Adoption (the DfE adoption scorecard's A1 and A2) and care leavers (Children Act 1989 ss23C–24;
// Care Leavers (England) Regulations 2010; SSDA903 OC3; Ofsted Annex A; PRACTICE.md §4).
import { A1_THRESHOLD_DAYS, A2_THRESHOLD_DAYS, adoptionTimeliness } from '../casework/adoption-timeliness.ts';
import { addMonths } from '../calendar/periods.ts';
import type { CareLeaver } from '../journey/care-leaver.ts';
import { accommodationSuitable } from '../journey/care-leaver-codes.ts';
import type { Journey } from '../journey/journey.ts';
import type { MeasureDefinition, MeasureFacts, MeasureItem } from './types.ts';
import { activeOn, byDate, clockItems, inWindow } from './window.ts';

/** Former relevant care leavers aged 18 to 21 on the date (the DfE's care leaver outcomes cohort). */
function careLeaversOn(facts: MeasureFacts, asAt: string, counted: (c: CareLeaver, j: Journey) => boolean): MeasureItem[] {
  const out: MeasureItem[] = [];
  for (const j of facts.journeys) {
    const c = j.careLeaver;
    const dob = j.child.dateOfBirth;
    if (!c || !dob || c.eligibility !== 'former_relevant' || !activeOn(c.eligibleFrom, c.endDate, asAt)) continue;
    if (addMonths(dob, 18 * 12) > asAt || addMonths(dob, 22 * 12) <= asAt) continue;
    out.push({ childId: j.child.id, num: counted(c, j) ? 1 : 0, den: 1 });
  }
  return out;
}

const careLeaverMeasure = (id: string, title: string, numerator: string, field: string, counted: (c: CareLeaver) => boolean): MeasureDefinition => ({
  id,
  family: 'Care leavers',
  title,
  numerator,
  denominator: 'former relevant care leavers aged 18 to 21 on the date',
  unit: 'percent',
  higherIsBetter: true,
  england: null,
  source: `care leaver record (${field}; the latest status recorded, not a history)`,
  items: (facts, asAt) => careLeaversOn(facts, asAt, counted),
});

/** 16 years and 3 months: a personal adviser should be allocated by then for an eligible child (reg 44 and the 13-week rule). */
const PA_AGE_MONTHS = 16 * 12 + 3;

export const adoptionAndLeavingCareMeasures: MeasureDefinition[] = [
  {
    id: 'adoption-a1',
    family: 'Adoption',
    title: 'A1: entering care to moving in with adopters within 426 days',
    numerator: `children placed for adoption in the 12 months within ${A1_THRESHOLD_DAYS} days of entering care`,
    denominator: 'children placed for adoption in the 12 months',
    unit: 'percent',
    higherIsBetter: true,
    england: null,
    source: 'adoption, period of care and placement records; practice/casework/adoption-timeliness.ts',
    items(facts, asAt) {
      const out: MeasureItem[] = [];
      for (const j of facts.journeys) {
        if (!j.adoption || !inWindow(j.adoption.placedDate, asAt)) continue;
        const t = adoptionTimeliness(j);
        if (t?.a1Days != null) out.push({ childId: j.child.id, num: t.a1Days <= A1_THRESHOLD_DAYS ? 1 : 0, den: 1 });
      }
      return out;
    },
  },
  {
    id: 'adoption-a2',
    family: 'Adoption',
    title: 'A2: placement order to match within 121 days',
    numerator: `children matched in the 12 months within ${A2_THRESHOLD_DAYS} days of the placement order`,
    denominator: 'children matched with adopters in the 12 months',
    unit: 'percent',
    higherIsBetter: true,
    england: null,
    source: 'adoption record (placementOrderDate, matchedDate)',
    items(facts, asAt) {
      const out: MeasureItem[] = [];
      for (const j of facts.journeys) {
        if (!j.adoption || !inWindow(j.adoption.matchedDate, asAt)) continue;
        const t = adoptionTimeliness(j);
        if (t?.a2Days != null) out.push({ childId: j.child.id, num: t.a2Days <= A2_THRESHOLD_DAYS ? 1 : 0, den: 1 });
      }
      return out;
    },
  },
  careLeaverMeasure('care-leavers-in-touch', 'Care leavers the LA is in touch with', 'those the LA is in touch with (IN_TOUCH "YES")', 'inTouchCode', (c) => (c.inTouchCode ? c.inTouchCode === 'YES' : c.inTouch === true)),
  careLeaverMeasure('care-leavers-eet', 'Care leavers in education, employment or training', 'those whose main activity is education, employment or training (ACTIV F or P codes)', 'activityCode', (c) => /^[FP]/.test(c.activityCode ?? '')),
  careLeaverMeasure('care-leavers-suitable-accommodation', 'Care leavers in suitable accommodation', 'those whose accommodation is recorded as suitable (ACCOM ending 1)', 'accommodationCode', (c) => accommodationSuitable(c.accommodationCode) === true),
  careLeaverMeasure('care-leavers-staying-put', 'Care leavers staying put with former foster carers', 'those in a staying put arrangement', 'stayingPut', (c) => c.stayingPut === true),
  {
    id: 'pathway-plans-on-time',
    family: 'Care leavers',
    title: 'Pathway plans and their reviews on time',
    numerator: 'pathway-plan and pathway-plan-review clock instances due in the 12 months and met on time',
    denominator: 'pathway-plan and pathway-plan-review clock instances due in the 12 months',
    unit: 'percent',
    higherIsBetter: true,
    england: null,
    source: 'stored clocks: pathway-plan, pathway-plan-review',
    clockIds: ['pathway-plan', 'pathway-plan-review'],
    items: (_facts, asAt, context) => clockItems(context, ['pathway-plan', 'pathway-plan-review'], asAt),
  },
  {
    id: 'pa-allocated-by-16y3m',
    family: 'Care leavers',
    title: 'Personal adviser allocated by 16 years 3 months',
    numerator: 'those with a personal adviser allocated by the later of 16 years 3 months and becoming eligible',
    denominator: 'eligible, relevant or former relevant young people aged 16 years 3 months or more on the date',
    unit: 'percent',
    higherIsBetter: true,
    england: null,
    source: 'care leaver record (eligibleFrom, personalAdviserAllocatedDate) and date of birth',
    items(facts, asAt) {
      const out: MeasureItem[] = [];
      for (const j of facts.journeys) {
        const c = j.careLeaver;
        const dob = j.child.dateOfBirth;
        if (!c || !dob || c.eligibility === 'qualifying' || !activeOn(c.eligibleFrom, c.endDate, asAt)) continue;
        const at = addMonths(dob, PA_AGE_MONTHS);
        if (at > asAt) continue;
        const by = c.eligibleFrom > at ? c.eligibleFrom : at;
        const allocated = c.personalAdviserAllocatedDate;
        out.push({ childId: j.child.id, num: allocated && byDate(allocated, asAt) && allocated <= by ? 1 : 0, den: 1 });
      }
      return out;
    },
  },
];
