// Re-referrals: a referral within 12 months of a previous referral of the same child (CIN census and the
// DfE's "Characteristics of children in need" statistics; Ofsted's Annex A asks for them, PRACTICE.md §4).
//
// Boundary: "within 12 months" is counted in calendar months with the corresponding-date rule that
// periods.ts follows (Dodds v Walker): 12 months from 3 March 2024 runs to and including 3 March 2025.
// So a referral on 3 March 2025 after one on 3 March 2024 IS a re-referral, and one on 4 March 2025 is
// not. From 29 February 2024 the period ends on 28 February 2025 (end-of-month clamping).
// Only an earlier referral counts: two referrals dated the same day are one event recorded twice, not a
// re-referral.
import type { Journey } from '../journey/journey.ts';
import { addMonths } from '../calendar/periods.ts';

export const RE_REFERRAL_MONTHS = 12;

export interface ReReferral {
  referralId: string;
  referralDate: string;
  previousReferralId: string;
  previousReferralDate: string;
}

/** The child's re-referrals, keyed by referral id. */
export function reReferrals(journey: Journey): Map<string, ReReferral> {
  const out = new Map<string, ReReferral>();
  const referrals = [...(journey.referrals ?? [])].sort((a, b) => (a.referralDate < b.referralDate ? -1 : a.referralDate > b.referralDate ? 1 : 0));
  let previous: (typeof referrals)[number] | undefined;
  for (let i = 0; i < referrals.length; i++) {
    const referral = referrals[i]!;
    // The latest earlier referral is the closest one: if any earlier referral is within 12 months, it is.
    if (previous && referral.referralDate <= addMonths(previous.referralDate, RE_REFERRAL_MONTHS)) {
      out.set(referral.id, { referralId: referral.id, referralDate: referral.referralDate, previousReferralId: previous.id, previousReferralDate: previous.referralDate });
    }
    const next = referrals[i + 1];
    if (!next || next.referralDate !== referral.referralDate) previous = referral;
  }
  return out;
}
