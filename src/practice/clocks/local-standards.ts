// What each local standard means and the values an LA may choose. One place for the web form, the
// command line and storage to agree on.
import { DEFAULT_LOCAL_STANDARDS, DEFAULT_SCHOOL_TERMS, type LocalStandards, type NumericStandardKey, type SchoolTermDates } from './types.ts';

export interface StandardDescription {
  label: string;
  hint: string;
  unit: 'working days' | 'months' | 'hours' | 'days' | 'children' | 'episodes' | 'weighted children' | 'weight';
  min: number;
  max: number;
}

export const LOCAL_STANDARD_DESCRIPTIONS: Record<NumericStandardKey, StandardDescription> = {
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
  weightedCaseloadLimit: { label: 'Weighted caseload limit', hint: 'The sum of the weights of the children allocated to one social worker before the team board and allocation warn', unit: 'weighted children', min: 5, max: 60 },
  asyeWeightedCaseloadLimit: { label: 'Weighted caseload limit in the ASYE year', hint: 'The lower weighted limit for a newly qualified social worker in their assessed and supported year', unit: 'weighted children', min: 3, max: 40 },
  weightCareProceedings: { label: 'Weight: care proceedings', hint: 'A child in care proceedings (issued, no final order), counted at this weight', unit: 'weight', min: 0.1, max: 5 },
  weightChildProtection: { label: 'Weight: child protection plan', hint: 'A child on a child protection plan', unit: 'weight', min: 0.1, max: 5 },
  weightLookedAfter: { label: 'Weight: looked after', hint: 'A child in care (an open period of care)', unit: 'weight', min: 0.1, max: 5 },
  weightChildInNeed: { label: 'Weight: child in need', hint: 'A child on a child in need plan, and any allocated child with none of the other kinds of work', unit: 'weight', min: 0.1, max: 5 },
  weightAssessment: { label: 'Weight: assessment', hint: 'A child whose child and family assessment is open (not yet authorised)', unit: 'weight', min: 0.1, max: 5 },
  weightEarlyHelp: { label: 'Weight: early help', hint: 'A child in an open early help episode', unit: 'weight', min: 0.1, max: 5 },
  weightCareLeaver: { label: 'Weight: care leaver', hint: 'A care leaver the worker or personal adviser supports', unit: 'weight', min: 0.1, max: 5 },
  workerSupervisionMonths: { label: 'Supervision of social workers', hint: 'Months between supervision sessions of a worker (the ASYE year follows its own weekly, fortnightly then monthly pattern)', unit: 'months', min: 1, max: 3 },
  repeatMissingEpisodes: { label: 'Repeat missing episodes', hint: 'Episodes within the period below that put a child on the repeat list, prompting a strategy discussion', unit: 'episodes', min: 2, max: 10 },
  repeatMissingDays: { label: 'Repeat missing period', hint: 'Days over which missing episodes are counted for the repeat list', unit: 'days', min: 7, max: 365 },
  driftDays: { label: 'Drift', hint: 'Days without meaningful progress (a plan review, a visit with the child seen, a decision, an action done) before a child shows as drifting', unit: 'days', min: 7, max: 180 },
};

export const LOCAL_STANDARD_KEYS = Object.keys(DEFAULT_LOCAL_STANDARDS).filter((k): k is NumericStandardKey => Object.hasOwn(LOCAL_STANDARD_DESCRIPTIONS, k));

/** The school term dates, in the order of the calendar year (each must come after the one before). */
export const SCHOOL_TERM_KEYS = ['springStart', 'summerStart', 'summerEnd', 'autumnStart'] as const satisfies readonly (keyof SchoolTermDates)[];
export const SCHOOL_TERM_LABELS: Record<keyof SchoolTermDates, string> = {
  springStart: 'Spring term starts',
  summerStart: 'Summer term starts',
  summerEnd: 'Summer term ends',
  autumnStart: 'Autumn term starts',
};

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Checks the LA's school term dates: each a real month and day ('M-D' or 'MM-DD'; not 29 February, which
 * most years lack), in the order of the year (spring, summer, the summer term's end, autumn). Problems
 * are keyed 'schoolTerms.<name>'.
 */
export function checkSchoolTerms(proposed: unknown): { ok: true; terms: SchoolTermDates } | { ok: false; problems: StandardProblem[] } {
  const problems: StandardProblem[] = [];
  if (!proposed || typeof proposed !== 'object' || Array.isArray(proposed)) return { ok: false, problems: [{ key: 'schoolTerms', message: 'School term dates must be given as spring, summer and autumn dates' }] };
  const raw = proposed as Record<string, unknown>;
  for (const key of Object.keys(raw)) if (!SCHOOL_TERM_KEYS.some((k) => k === key)) problems.push({ key: `schoolTerms.${key}`, message: `${key} is not a school term date` });
  const terms: SchoolTermDates = { ...DEFAULT_SCHOOL_TERMS };
  let previous: { key: keyof SchoolTermDates; value: string } | null = null;
  for (const key of SCHOOL_TERM_KEYS) {
    const value = raw[key];
    if (value === undefined) {
      previous = { key, value: terms[key] };
      continue;
    }
    const match = typeof value === 'string' ? /^(\d{1,2})-(\d{1,2})$/.exec(value.trim()) : null;
    const month = match ? Number(match[1]) : 0;
    const day = match ? Number(match[2]) : 0;
    if (!match || month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) {
      problems.push({ key: `schoolTerms.${key}`, message: `${SCHOOL_TERM_LABELS[key]}: enter a real day and month, for example 4 9` });
      previous = null;
      continue;
    }
    const monthDay = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (previous && monthDay <= previous.value) {
      problems.push({ key: `schoolTerms.${key}`, message: `${SCHOOL_TERM_LABELS[key]} must be after ‘${SCHOOL_TERM_LABELS[previous.key].toLowerCase()}’ in the year` });
    }
    terms[key] = monthDay;
    previous = { key, value: monthDay };
  }
  return problems.length ? { ok: false, problems } : { ok: true, terms };
}

export interface StandardProblem {
  key: string;
  message: string;
}

/** Checks proposed values (as typed: strings or numbers); returns the standards or the problems, each naming its field. */
export function checkLocalStandards(proposed: Record<string, unknown>): { ok: true; standards: LocalStandards } | { ok: false; problems: StandardProblem[] } {
  const problems: StandardProblem[] = [];
  const standards: LocalStandards = { ...DEFAULT_LOCAL_STANDARDS };
  for (const key of Object.keys(proposed)) {
    if (key !== 'schoolTerms' && !LOCAL_STANDARD_KEYS.some((k) => k === key)) problems.push({ key, message: `${key} is not a local standard` });
  }
  if (proposed.schoolTerms !== undefined) {
    const terms = checkSchoolTerms(proposed.schoolTerms);
    if (terms.ok) standards.schoolTerms = terms.terms;
    else problems.push(...terms.problems);
  }
  for (const key of LOCAL_STANDARD_KEYS) {
    const raw = proposed[key];
    if (raw === undefined) continue;
    const description = LOCAL_STANDARD_DESCRIPTIONS[key];
    const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
    // Weights take one decimal place (1.5); every other standard is a whole number.
    if (description.unit === 'weight' ? !/^\d{1,2}(\.\d)?$/.test(text) : !/^\d+$/.test(text)) {
      problems.push({ key, message: description.unit === 'weight' ? `${description.label} must be a number like 1.5 (one decimal place at most)` : `${description.label} must be a whole number of ${description.unit}` });
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
  if (SCHOOL_TERM_KEYS.some((k) => standards.schoolTerms[k] !== DEFAULT_SCHOOL_TERMS[k])) overrides.schoolTerms = { ...standards.schoolTerms };
  return overrides;
}
