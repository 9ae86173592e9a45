// Children looked after measures (Care Planning, Placement and Case Review (England) Regulations 2010;
// DfE "Children looked after" statistics; Ofsted Annex A; PRACTICE.md §4).
import type { Journey } from '../journey/journey.ts';
import type { Placement } from '../journey/looked-after.ts';
import type { MeasureDefinition, MeasureItem } from './types.ts';
import { activeOn, clockItems, inWindow } from './window.ts';

/** The child's placement on the date, when the child is looked after on it. */
function placementOn(j: Journey, asAt: string): Placement | null {
  if (!(j.periodsOfCare ?? []).some((p) => activeOn(p.startDate, p.endDate, asAt))) return null;
  let found: Placement | null = null;
  for (const p of j.placements ?? []) if (activeOn(p.startDate, p.endDate, asAt) && (!found || p.startDate > found.startDate)) found = p;
  return found;
}

function placedChildren(facts: { journeys: Journey[] }, asAt: string, counted: (p: Placement) => boolean): MeasureItem[] {
  const out: MeasureItem[] = [];
  for (const j of facts.journeys) {
    const p = placementOn(j, asAt);
    if (p) out.push({ childId: j.child.id, num: counted(p) ? 1 : 0, den: 1 });
  }
  return out;
}

const clockMeasure = (id: string, title: string, clocks: string[]): MeasureDefinition => ({
  id,
  family: 'Children looked after',
  title,
  numerator: `${clocks.join(', ')} clock instances due in the 12 months and met on time`,
  denominator: `${clocks.join(', ')} clock instances due in the 12 months`,
  unit: 'percent',
  higherIsBetter: true,
  england: null,
  source: `stored clocks: ${clocks.join(', ')}`,
  clockIds: clocks,
  items: (_facts, asAt, context) => clockItems(context, clocks, asAt),
});

export const lookedAfterMeasures: MeasureDefinition[] = [
  clockMeasure('cla-reviews-on-time', 'Looked-after reviews on time', ['first-cla-review', 'second-cla-review', 'later-cla-reviews']),
  clockMeasure('cla-visits-on-time', 'Looked-after visits on time', ['placement-first-visit', 'placement-visits-first-year', 'placement-visits-after-first-year', 'placement-visits-parent-or-connected-person']),
  {
    id: 'placement-stability',
    family: 'Children looked after',
    title: 'Looked-after children with 3 or more placements in 12 months',
    numerator: 'children looked after on the date with 3 or more placements starting in the 12 months',
    denominator: 'children looked after on the date',
    unit: 'percent',
    higherIsBetter: false,
    // §5's 23% is a different measure (3+ placements in 2 years, of those in care 2+ years).
    england: null,
    source: 'period of care and placement records (startDate, endDate)',
    items(facts, asAt) {
      const out: MeasureItem[] = [];
      for (const j of facts.journeys) {
        if (!(j.periodsOfCare ?? []).some((p) => activeOn(p.startDate, p.endDate, asAt))) continue;
        const moves = (j.placements ?? []).filter((p) => inWindow(p.startDate, asAt)).length;
        out.push({ childId: j.child.id, num: moves >= 3 ? 1 : 0, den: 1 });
      }
      return out;
    },
  },
  {
    id: 'placed-out-of-area',
    family: 'Children looked after',
    title: 'Looked-after children placed outside the LA’s area',
    numerator: 'children whose placement on the date is outside the LA’s area',
    denominator: 'children looked after and placed on the date',
    unit: 'percent',
    higherIsBetter: false,
    england: null,
    source: 'placement records (inLaArea)',
    items: (facts, asAt) => placedChildren(facts, asAt, (p) => p.inLaArea === false),
  },
  {
    id: 'unregistered-placements',
    family: 'Children looked after',
    title: 'Looked-after children in unregistered homes',
    numerator: 'children whose placement on the date is not registered with Ofsted',
    denominator: 'children looked after and placed on the date',
    unit: 'percent',
    higherIsBetter: false,
    england: null,
    source: 'placement records (registered)',
    items: (facts, asAt) => placedChildren(facts, asAt, (p) => p.registered === false),
  },
  clockMeasure('health-assessments-on-time', 'Health assessments on time', ['initial-health-assessment', 'review-health-assessment']),
  clockMeasure('peps-on-time', 'Personal education plans on time', ['personal-education-plan']),
  clockMeasure('permanence-by-second-review', 'Permanence plan by the second review', ['permanence-plan']),
];
