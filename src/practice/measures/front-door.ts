// Front door and assessment measures (Ofsted Annex A; DfE "Children in need" statistics, PRACTICE.md §4–5).
import { reReferrals } from '../casework/re-referral.ts';
import type { MeasureDefinition, MeasureItem } from './types.ts';
import { byDate, clockItems, inWindow } from './window.ts';

const DFE_CIN_2025 = 'DfE Children in need, year to 31 March 2025';

export const frontDoorMeasures: MeasureDefinition[] = [
  {
    id: 'contacts-nfa',
    family: 'Front door',
    title: 'Contacts ending in no further action',
    numerator: 'contacts received in the 12 months and decided by the date with the outcome "no further action"',
    denominator: 'contacts received in the 12 months and decided by the date',
    unit: 'percent',
    // Neither: a high share may mean partners refer what does not need social care (Croydon 2017: 60%).
    higherIsBetter: null,
    england: null,
    source: 'contact records (receivedAt, decidedAt, outcome)',
    items(facts, asAt) {
      const out: MeasureItem[] = [];
      for (const j of facts.journeys) {
        for (const c of j.contacts ?? []) {
          if (inWindow(c.receivedAt, asAt) && byDate(c.decidedAt, asAt) && c.outcome) out.push({ childId: j.child.id, num: c.outcome === 'no_further_action' ? 1 : 0, den: 1 });
        }
      }
      return out;
    },
  },
  {
    id: 'contact-decisions-on-time',
    family: 'Front door',
    title: 'Contacts decided within 1 working day',
    numerator: 'contact-decision clock instances due in the 12 months and met on time',
    denominator: 'contact-decision clock instances due in the 12 months',
    unit: 'percent',
    higherIsBetter: true,
    england: null,
    source: 'stored clocks: contact-decision',
    clockIds: ['contact-decision'],
    items: (_facts, asAt, context) => clockItems(context, ['contact-decision'], asAt),
  },
  {
    id: 'referrals',
    family: 'Front door',
    title: 'Referrals',
    numerator: 'referrals dated in the 12 months',
    denominator: '—',
    unit: 'count',
    higherIsBetter: null,
    england: null,
    source: 'referral records (referralDate)',
    items(facts, asAt) {
      const out: MeasureItem[] = [];
      for (const j of facts.journeys) for (const r of j.referrals ?? []) if (inWindow(r.referralDate, asAt)) out.push({ childId: j.child.id, num: 1, den: 0 });
      return out;
    },
  },
  {
    id: 're-referrals',
    family: 'Front door',
    title: 'Re-referrals within 12 months',
    numerator: 'referrals in the 12 months that came within 12 months of an earlier referral of the same child',
    denominator: 'referrals dated in the 12 months',
    unit: 'percent',
    higherIsBetter: false,
    england: { value: 22.6, source: DFE_CIN_2025 },
    source: 'referral records (referralDate); practice/casework/re-referral.ts',
    items(facts, asAt) {
      const out: MeasureItem[] = [];
      for (const j of facts.journeys) {
        const referrals = (j.referrals ?? []).filter((r) => r.referralDate <= asAt);
        if (referrals.length === 0) continue;
        const again = reReferrals({ ...j, referrals });
        for (const r of referrals) if (inWindow(r.referralDate, asAt)) out.push({ childId: j.child.id, num: again.has(r.id) ? 1 : 0, den: 1 });
      }
      return out;
    },
  },
  {
    id: 'assessments-45-wd',
    family: 'Front door',
    title: 'Assessments completed within 45 working days',
    numerator: 'child-and-family-assessment clock instances due in the 12 months and met on time',
    denominator: 'child-and-family-assessment clock instances due in the 12 months',
    unit: 'percent',
    higherIsBetter: true,
    england: { value: 85.7, source: DFE_CIN_2025 },
    source: 'stored clocks: child-and-family-assessment',
    clockIds: ['child-and-family-assessment'],
    items: (_facts, asAt, context) => clockItems(context, ['child-and-family-assessment'], asAt),
  },
];
