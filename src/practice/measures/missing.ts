// Missing from home or care: episodes and return home interviews (DfE statutory guidance on children who
// run away or go missing from home or care, 2014: an independent return interview offered within 72 hours).
import { toMinute } from '../clocks/instant.ts';
import type { MissingEpisode } from '../journey/missing.ts';
import type { MeasureDefinition, MeasureItem, MeasureFacts } from './types.ts';
import { byDate, clockItems, inWindow } from './window.ts';

const isMissing = (e: MissingEpisode): boolean => e.type !== 'away';

function returnedEpisodes(facts: MeasureFacts, asAt: string, counted: (e: MissingEpisode) => boolean): MeasureItem[] {
  const out: MeasureItem[] = [];
  for (const j of facts.journeys) {
    for (const e of j.missingEpisodes ?? []) if (isMissing(e) && inWindow(e.returnedAt, asAt)) out.push({ childId: j.child.id, num: counted(e) ? 1 : 0, den: 1 });
  }
  return out;
}

export const missingMeasures: MeasureDefinition[] = [
  {
    id: 'children-missing',
    family: 'Missing',
    title: 'Children who went missing',
    numerator: 'children with a missing episode (not "away") starting in the 12 months',
    denominator: '—',
    unit: 'count',
    higherIsBetter: null,
    england: null,
    source: 'missing episode records (startAt, type)',
    items(facts, asAt) {
      const out: MeasureItem[] = [];
      for (const j of facts.journeys) if ((j.missingEpisodes ?? []).some((e) => isMissing(e) && inWindow(e.startAt, asAt))) out.push({ childId: j.child.id, num: 1, den: 0 });
      return out;
    },
  },
  {
    id: 'missing-episodes',
    family: 'Missing',
    title: 'Missing episodes',
    numerator: 'missing episodes (not "away") starting in the 12 months',
    denominator: '—',
    unit: 'count',
    higherIsBetter: null,
    england: null,
    source: 'missing episode records (startAt, type)',
    items(facts, asAt) {
      const out: MeasureItem[] = [];
      for (const j of facts.journeys) for (const e of j.missingEpisodes ?? []) if (isMissing(e) && inWindow(e.startAt, asAt)) out.push({ childId: j.child.id, num: 1, den: 0 });
      return out;
    },
  },
  {
    id: 'rhi-offered-72h',
    family: 'Missing',
    title: 'Return interviews offered within 72 hours',
    numerator: 'return-home-interview clock instances due in the 12 months and met on time',
    denominator: 'return-home-interview clock instances due in the 12 months',
    unit: 'percent',
    higherIsBetter: true,
    england: null,
    source: 'stored clocks: return-home-interview',
    clockIds: ['return-home-interview'],
    items: (_facts, asAt, context) => clockItems(context, ['return-home-interview'], asAt),
  },
  {
    id: 'rhi-done',
    family: 'Missing',
    title: 'Return interviews done',
    numerator: 'episodes ended in the 12 months whose return interview was done by the date',
    denominator: 'missing episodes ended (child returned) in the 12 months',
    unit: 'percent',
    higherIsBetter: true,
    england: null,
    source: 'missing episode records (returnedAt, returnInterviewCompletedAt)',
    items: (facts, asAt) => returnedEpisodes(facts, asAt, (e) => byDate(e.returnInterviewCompletedAt, asAt)),
  },
  {
    id: 'rhi-done-72h',
    family: 'Missing',
    title: 'Return interviews done within 72 hours',
    numerator: 'episodes ended in the 12 months whose return interview was done within 72 hours of the return',
    denominator: 'missing episodes ended (child returned) in the 12 months',
    unit: 'percent',
    higherIsBetter: true,
    england: { value: 63, source: 'DfE Children looked after, year to 31 March 2025 (PRACTICE.md §5)' },
    source: 'missing episode records (returnedAt, returnInterviewCompletedAt)',
    items: (facts, asAt) =>
      returnedEpisodes(facts, asAt, (e) => !!e.returnInterviewCompletedAt && byDate(e.returnInterviewCompletedAt, asAt) && toMinute(e.returnInterviewCompletedAt) - toMinute(e.returnedAt!) <= 72 * 60),
  },
];
