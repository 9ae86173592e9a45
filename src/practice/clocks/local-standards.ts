// What each local standard means and the values an LA may choose. One place for the web form, the
// command line and storage to agree on.
import { DEFAULT_LOCAL_STANDARDS, type LocalStandards } from './types.ts';

export interface StandardDescription {
  label: string;
  hint: string;
  unit: 'working days' | 'months' | 'hours' | 'days' | 'children' | 'episodes';
  min: number;
  max: number;
}

export const LOCAL_STANDARD_DESCRIPTIONS: Record<keyof LocalStandards, StandardDescription> = {
  strategyDiscussionWorkingDays: { label: 'Strategy discussion', hint: 'Working days from the decision that the s47 threshold may be met', unit: 'working days', min: 0, max: 10 },
  laterCoreGroupWorkingDays: { label: 'Core groups after the first', hint: 'Working days between core group meetings', unit: 'working days', min: 5, max: 60 },
  cpVisitWorkingDays: { label: 'Child protection visits', hint: 'Working days between visits at which the child is seen', unit: 'working days', min: 5, max: 30 },
  cinReviewMonths: { label: 'Child in need plan reviews', hint: 'Months between reviews of the plan', unit: 'months', min: 1, max: 12 },
  cinVisitWorkingDays: { label: 'Child in need visits', hint: 'Working days between visits at which the child is seen', unit: 'working days', min: 5, max: 60 },
  earlyHelpAssessmentWorkingDays: { label: 'Early help assessment', hint: 'Working days from the request to the assessment', unit: 'working days', min: 5, max: 60 },
  caseSupervisionMonths: { label: 'Case supervision', hint: 'Months between recorded management oversight of each case', unit: 'months', min: 1, max: 6 },
  pathwayPlanWorkingDays: { label: 'Pathway plan', hint: 'Working days from the needs assessment ("as soon as possible")', unit: 'working days', min: 1, max: 60 },
  dueSoonWorkingDays: { label: 'Due soon (date clocks)', hint: 'Working days before the due date when a clock shows as due soon', unit: 'working days', min: 1, max: 20 },
  dueSoonHours: { label: 'Due soon (hours clocks)', hint: 'Hours before the due time when an hours clock shows as due soon', unit: 'hours', min: 1, max: 48 },
  caseloadLimit: { label: 'Caseload limit', hint: 'Children allocated to one social worker before the team board and allocation warn', unit: 'children', min: 5, max: 40 },
  asyeCaseloadLimit: { label: 'Caseload limit in the ASYE year', hint: 'The lower limit for a newly qualified social worker in their assessed and supported year', unit: 'children', min: 3, max: 30 },
  repeatMissingEpisodes: { label: 'Repeat missing episodes', hint: 'Episodes within the period below that put a child on the repeat list, prompting a strategy discussion', unit: 'episodes', min: 2, max: 10 },
  repeatMissingDays: { label: 'Repeat missing period', hint: 'Days over which missing episodes are counted for the repeat list', unit: 'days', min: 7, max: 365 },
  driftDays: { label: 'Drift', hint: 'Days without meaningful progress (a plan review, a visit with the child seen, a decision, an action done) before a child shows as drifting', unit: 'days', min: 7, max: 180 },
};

export const LOCAL_STANDARD_KEYS = Object.keys(DEFAULT_LOCAL_STANDARDS).filter((k): k is keyof LocalStandards => Object.hasOwn(LOCAL_STANDARD_DESCRIPTIONS, k));

export interface StandardProblem {
  key: string;
  message: string;
}

/** Checks proposed values (as typed: strings or numbers); returns the standards or the problems, each naming its field. */
export function checkLocalStandards(proposed: Record<string, unknown>): { ok: true; standards: LocalStandards } | { ok: false; problems: StandardProblem[] } {
  const problems: StandardProblem[] = [];
  const standards: LocalStandards = { ...DEFAULT_LOCAL_STANDARDS };
  for (const key of Object.keys(proposed)) {
    if (!LOCAL_STANDARD_KEYS.some((k) => k === key)) problems.push({ key, message: `${key} is not a local standard` });
  }
  for (const key of LOCAL_STANDARD_KEYS) {
    const raw = proposed[key];
    if (raw === undefined) continue;
    const description = LOCAL_STANDARD_DESCRIPTIONS[key];
    const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
    if (!/^\d+$/.test(text)) {
      problems.push({ key, message: `${description.label} must be a whole number of ${description.unit}` });
      continue;
    }
    const value = Number(text);
    if (value < description.min || value > description.max) {
      problems.push({ key, message: `${description.label} must be between ${description.min} and ${description.max} ${description.unit}` });
      continue;
    }
    standards[key] = value;
  }
  return problems.length ? { ok: false, problems } : { ok: true, standards };
}

/** Only the values that differ from Lantern's defaults (what an LA has chosen). */
export function overridesOf(standards: LocalStandards): Partial<LocalStandards> {
  const overrides: Partial<LocalStandards> = {};
  for (const key of LOCAL_STANDARD_KEYS) if (standards[key] !== DEFAULT_LOCAL_STANDARDS[key]) overrides[key] = standards[key];
  return overrides;
}
