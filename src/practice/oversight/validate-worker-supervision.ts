// Reading a worker supervision form: every problem named against its field, nothing saved unless all
// is well. Pure: today and the children the worker holds are passed in.
import { readDateParts } from '../calendar/date-parts.ts';

export interface WorkerSupervisionForm {
  'date-day'?: string;
  'date-month'?: string;
  'date-year'?: string;
  kind?: string;
  reflectiveSummary?: string;
  wellbeingDiscussed?: string;
  workloadDiscussed?: string;
  childrenDiscussed?: string | string[];
  note?: string;
}

export interface WorkerSupervisionRecord {
  sessionDate: string;
  kind: 'supervision' | 'asye_review';
  reflectiveSummary: string;
  wellbeingDiscussed: boolean;
  workloadDiscussed: boolean;
  childrenDiscussed: string[];
  note: string;
}

export interface FormProblem {
  /** The id of the field the error summary links to. */
  field: string;
  message: string;
}

export const SUMMARY_MAX = 5000;

export function readWorkerSupervision(
  form: WorkerSupervisionForm,
  context: { today: string; asye: boolean; childIds: readonly string[] },
): { ok: true; record: WorkerSupervisionRecord } | { ok: false; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const date = readDateParts(form['date-day'], form['date-month'], form['date-year']);
  if (date.error) problems.push({ field: 'date-day', message: 'Date of the supervision must be a real date' });
  else if (!date.date) problems.push({ field: 'date-day', message: 'Enter the date of the supervision' });
  else if (date.date > context.today) problems.push({ field: 'date-day', message: 'Date of the supervision must be today or in the past' });
  const kind = form.kind;
  if (kind !== 'supervision' && kind !== 'asye_review') problems.push({ field: 'kind', message: 'Select the kind of session' });
  // An ASYE review belongs to the assessed and supported year: only a worker in it has one.
  else if (kind === 'asye_review' && !context.asye) problems.push({ field: 'kind', message: 'An ASYE review is only for a worker in their ASYE year' });
  const summary = (form.reflectiveSummary ?? '').trim();
  if (!summary) problems.push({ field: 'reflectiveSummary', message: 'Enter a summary of the reflective discussion' });
  else if (summary.length > SUMMARY_MAX) problems.push({ field: 'reflectiveSummary', message: `Summary of the reflective discussion must be ${SUMMARY_MAX} characters or fewer` });
  const yesNo = (value: string | undefined, field: string, what: string): boolean => {
    if (value === 'yes') return true;
    if (value !== 'no') problems.push({ field, message: `Select whether ${what} was discussed` });
    return false;
  };
  const wellbeing = yesNo(form.wellbeingDiscussed, 'wellbeingDiscussed', 'the worker’s wellbeing');
  const workload = yesNo(form.workloadDiscussed, 'workloadDiscussed', 'the worker’s workload');
  const chosen = form.childrenDiscussed === undefined ? [] : Array.isArray(form.childrenDiscussed) ? form.childrenDiscussed : [form.childrenDiscussed];
  if (chosen.some((id) => !context.childIds.includes(id))) problems.push({ field: 'childrenDiscussed', message: 'Select children from the worker’s caseload' });
  const note = (form.note ?? '').trim();
  if (note.length > SUMMARY_MAX) problems.push({ field: 'note', message: `Note must be ${SUMMARY_MAX} characters or fewer` });
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    record: {
      sessionDate: date.date!,
      kind: kind as 'supervision' | 'asye_review',
      reflectiveSummary: summary,
      wellbeingDiscussed: wellbeing,
      workloadDiscussed: workload,
      childrenDiscussed: [...new Set(chosen)],
      note,
    },
  };
}
