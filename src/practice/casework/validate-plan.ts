// What every plan must hold when it is written, CP or CIN (Working Together 2023, 4.4.38: outcomes with
// who will do what by when, and a contingency plan if things do not improve). The schema keeps goals and
// the contingency optional so that older and imported plans still load; a worker writing a plan now
// cannot leave them out.
import type { CinPlan } from '../journey/child-in-need.ts';
import type { CpPlan } from '../journey/child-protection.ts';
import { PLAN_END_REASONS } from '../journey/code-sets.ts';
import { formatDate } from './format-date.ts';
import { isBlank, when, type Problems } from './record-write.ts';

type Plan = CpPlan | CinPlan;

/** The child's other plans (of the same kind, without the one being written; and of the other kind). */
export interface OtherPlans {
  plans: readonly Plan[];
  noun: string;
}

export function checkPlan(plan: Plan, others: readonly OtherPlans[], today: string, p: Problems): void {
  p.inSet('endReason', plan.endReason, PLAN_END_REASONS, 'Select a reason the plan ended from the list');

  p.notFuture('startDate', plan.startDate, 'Start date of the plan', today);
  p.notFuture('endDate', plan.endDate, 'End date of the plan', today);
  // CIN census 8925 (CP plan) and 4011 (CIN plan): the end date is not earlier than the start date.
  p.notBefore('endDate', plan.endDate, plan.startDate, 'End date must be the same as or after the start date');
  if (plan.endDate && !plan.endReason) p.add('endReason', 'Select why the plan ended');
  if (!plan.endDate && plan.endReason) p.add('endDate', 'Enter the date the plan ended');

  if (isBlank(plan.contingencyPlan)) p.add('contingencyPlan', 'Enter the contingency plan: what will happen if the plan does not achieve its goals');
  const goals = plan.goals ?? [];
  if (goals.length === 0) p.add('goals', 'Add at least one goal: what needs to change, who will do it and by when');
  else if (goals.some((g) => isBlank(g.what) || isBlank(g.who))) p.add('goals', 'Enter what needs to change and who will do it for each goal');
  else if (goals.some((g) => g.byWhen < plan.startDate)) p.add('goals', `Each goal must be due on or after the plan starts ${when(plan.startDate)}`);

  // A child has one plan at a time: CIN census 8940 and 4014 (no overlapping CP or CIN plans), 8935 and
  // 4004 (no second open plan), 4001 and 4016 (no CIN plan open at the same time as a CP plan). Plans
  // that meet (one ends the day the next starts, as when a CP plan steps down to CIN) do not overlap.
  for (const { plans, noun } of others) {
    const other = plans.find((o) => overlap(plan, o));
    if (!other) continue;
    p.add(
      'startDate',
      other.endDate
        ? `This plan overlaps the ${noun} from ${formatDate(other.startDate)} to ${formatDate(other.endDate)}`
        : `The child already has a ${noun} from ${formatDate(other.startDate)} that has not ended: end that plan first`,
    );
    return;
  }
}

function overlap(a: Plan, b: Plan): boolean {
  return a.startDate < (b.endDate ?? '9999-12-31') && b.startDate < (a.endDate ?? '9999-12-31');
}
