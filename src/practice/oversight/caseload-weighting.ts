// Weighted caseloads: a count of children says little when one worker holds three sets of care
// proceedings and another twenty early help families (Croydon 2017: caseloads too high; the LGA
// Standards for employers of social workers, standard 4, "safe workloads"). Each kind of work carries a
// weight the LA sets (local standards); a child counts once, at the heaviest kind of work open for them
// today, so a child on a plan who is also in proceedings is not counted twice. Pure.
import type { LocalStandards } from '../clocks/types.ts';

/** The kinds of work, heaviest first in Lantern's defaults (the order is only for display). */
export const KINDS_OF_WORK = ['care_proceedings', 'child_protection', 'looked_after', 'child_in_need', 'assessment', 'early_help', 'care_leaver'] as const;
export type KindOfWork = (typeof KINDS_OF_WORK)[number];

export const KIND_OF_WORK_LABELS: Record<KindOfWork, string> = {
  care_proceedings: 'Care proceedings',
  child_protection: 'Child protection plan',
  looked_after: 'Looked after',
  child_in_need: 'Child in need',
  assessment: 'Assessment',
  early_help: 'Early help',
  care_leaver: 'Care leaver',
};

export type CaseloadWeights = Pick<
  LocalStandards,
  'weightCareProceedings' | 'weightChildProtection' | 'weightLookedAfter' | 'weightChildInNeed' | 'weightAssessment' | 'weightEarlyHelp' | 'weightCareLeaver'
>;

export function weightOf(kind: KindOfWork, w: CaseloadWeights): number {
  switch (kind) {
    case 'care_proceedings':
      return w.weightCareProceedings;
    case 'child_protection':
      return w.weightChildProtection;
    case 'looked_after':
      return w.weightLookedAfter;
    case 'child_in_need':
      return w.weightChildInNeed;
    case 'assessment':
      return w.weightAssessment;
    case 'early_help':
      return w.weightEarlyHelp;
    case 'care_leaver':
      return w.weightCareLeaver;
  }
}

/**
 * One child's weight: the heaviest of its current kinds of work. An allocated child with none of them
 * (a referral being looked into, a case closing) still takes the worker's time: it counts as child in need.
 */
export function childWeight(kinds: readonly KindOfWork[], w: CaseloadWeights): { kind: KindOfWork; weight: number } {
  let best: { kind: KindOfWork; weight: number } = { kind: 'child_in_need', weight: w.weightChildInNeed };
  let first = true;
  for (const kind of kinds) {
    const weight = weightOf(kind, w);
    if (first || weight > best.weight) best = { kind, weight };
    first = false;
  }
  return best;
}

/** A worker's weighted load: the sum of their children's weights, to one decimal place. */
export function weightedLoad(children: readonly (readonly KindOfWork[])[], w: CaseloadWeights): number {
  // Sum in tenths so 0.7 + 0.8 + 1.5 is 3, not 2.9999999999999996.
  const tenths = children.reduce((n, kinds) => n + Math.round(childWeight(kinds, w).weight * 10), 0);
  return tenths / 10;
}

export interface CaseloadThresholds {
  count: number;
  weighted: number;
}

/** The worker's limits: lower in the ASYE year (the LA's local standards). */
export function caseloadThresholds(asye: boolean, s: Pick<LocalStandards, 'caseloadLimit' | 'asyeCaseloadLimit' | 'weightedCaseloadLimit' | 'asyeWeightedCaseloadLimit'>): CaseloadThresholds {
  return asye ? { count: s.asyeCaseloadLimit, weighted: s.asyeWeightedCaseloadLimit } : { count: s.caseloadLimit, weighted: s.weightedCaseloadLimit };
}
