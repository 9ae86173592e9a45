// Child protection measures (Working Together 2023; DfE "Children in need" statistics, PRACTICE.md §4–5).
import { addMonths } from '../calendar/periods.ts';
import type { MeasureDefinition, MeasureItem } from './types.ts';
import { byDate, clockItems, inWindow } from './window.ts';

const DFE_CIN_2025 = 'DfE Children in need, year to 31 March 2025';

export const childProtectionMeasures: MeasureDefinition[] = [
  {
    id: 's47-to-icpc',
    family: 'Child protection',
    title: 'Section 47 enquiries that led to an initial conference',
    numerator: 's47 enquiries started in the 12 months with an initial child protection conference held by the date',
    denominator: 's47 enquiries started in the 12 months',
    unit: 'percent',
    // Neither: a low share may mean enquiries start too readily (Croydon 2017: 63% did not lead to one).
    higherIsBetter: null,
    england: { value: 31, source: DFE_CIN_2025 },
    source: 's47 enquiry and initial conference records (s47EnquiryId, date)',
    items(facts, asAt) {
      const out: MeasureItem[] = [];
      for (const j of facts.journeys) {
        const held = new Set((j.initialConferences ?? []).filter((c) => byDate(c.date, asAt)).map((c) => c.s47EnquiryId));
        for (const s of j.s47Enquiries ?? []) if (inWindow(s.startDate, asAt)) out.push({ childId: j.child.id, num: held.has(s.id) ? 1 : 0, den: 1 });
      }
      return out;
    },
  },
  {
    id: 'icpc-15-wd',
    family: 'Child protection',
    title: 'Initial conferences within 15 working days of the strategy discussion',
    numerator: 'initial-child-protection-conference clock instances due in the 12 months and met on time',
    denominator: 'initial-child-protection-conference clock instances due in the 12 months',
    unit: 'percent',
    higherIsBetter: true,
    england: { value: 81, source: DFE_CIN_2025 },
    source: 'stored clocks: initial-child-protection-conference',
    clockIds: ['initial-child-protection-conference'],
    items: (_facts, asAt, context) => clockItems(context, ['initial-child-protection-conference'], asAt),
  },
  {
    id: 'cp-plans-2-years',
    family: 'Child protection',
    title: 'Child protection plans ending after 2 years or more',
    numerator: 'plans ended in the 12 months that had lasted 2 years or more',
    denominator: 'plans ended in the 12 months',
    unit: 'percent',
    higherIsBetter: false,
    england: { value: 4.4, source: DFE_CIN_2025 },
    source: 'CP plan records (startDate, endDate)',
    items(facts, asAt) {
      const out: MeasureItem[] = [];
      for (const j of facts.journeys) {
        for (const p of j.cpPlans ?? []) if (inWindow(p.endDate, asAt)) out.push({ childId: j.child.id, num: p.endDate! >= addMonths(p.startDate, 24) ? 1 : 0, den: 1 });
      }
      return out;
    },
  },
  {
    id: 'second-cp-plans',
    family: 'Child protection',
    title: 'Second or subsequent child protection plans',
    numerator: 'plans started in the 12 months for a child who had an earlier plan',
    denominator: 'plans started in the 12 months',
    unit: 'percent',
    higherIsBetter: false,
    england: null,
    source: 'CP plan records (startDate)',
    items(facts, asAt) {
      const out: MeasureItem[] = [];
      for (const j of facts.journeys) {
        const plans = j.cpPlans ?? [];
        for (const p of plans) if (inWindow(p.startDate, asAt)) out.push({ childId: j.child.id, num: plans.some((q) => q !== p && q.startDate < p.startDate) ? 1 : 0, den: 1 });
      }
      return out;
    },
  },
  {
    id: 'cp-visits-on-time',
    family: 'Child protection',
    title: 'Child protection visits on time',
    numerator: 'child-protection-visits clock instances due in the 12 months and met on time',
    denominator: 'child-protection-visits clock instances due in the 12 months',
    unit: 'percent',
    higherIsBetter: true,
    england: null,
    source: 'stored clocks: child-protection-visits',
    clockIds: ['child-protection-visits'],
    items: (_facts, asAt, context) => clockItems(context, ['child-protection-visits'], asAt),
  },
];
