// Supervision of a worker: their sessions on their supervision clock (what is due next, whether it is
// overdue, each period met on time or late), and the team manager's form to record a session.
import type { ReactElement } from 'react';
import { Layout, type NavItem } from '../govuk/layout.tsx';
import { BackLink, ErrorSummary, SuccessBanner, SummaryList, Table, Tag, type FieldError } from '../govuk/components.tsx';
import { Checkboxes, DateInput, Radios, Textarea } from '../govuk/form-fields.tsx';
import { formatDate } from '../format.ts';
import type { WorkerSupervisionView } from '../../../src/store/oversight/worker-supervision.ts';
import type { WorkerSupervisionForm } from '../../../src/practice/oversight/validate-worker-supervision.ts';

type Banner = { displayName: string; roleLabels: string[] };

const KIND_LABELS = { supervision: 'Supervision', asye_review: 'ASYE review' } as const;
const PATTERN_LABELS = { asye_weekly: 'ASYE: weekly', asye_fortnightly: 'ASYE: fortnightly', asye_monthly: 'ASYE: monthly', standard: 'Standard' } as const;

export function WorkerSupervisionPage(props: { nav: NavItem[]; user: Banner; csrfToken: string; view: WorkerSupervisionView; own: boolean; saved: false | 'recorded' | 'changed' }): ReactElement {
  const { nav, user, csrfToken, view, own, saved } = props;
  const { worker, clock } = view;
  const title = own ? 'My supervision' : `Supervision: ${worker.name}`;
  return (
    <Layout title={title} nav={nav} user={user} csrfToken={csrfToken}>
      {view.access === 'record' && <BackLink href="/team-board">Back to the team board</BackLink>}
      {saved && <SuccessBanner text={saved === 'changed' ? 'Supervision changed' : 'Supervision recorded'} />}
      <span className="govuk-caption-l">
        {worker.name}, {worker.teamName}
      </span>
      <h1 className="govuk-heading-l">{own ? 'My supervision' : 'Supervision'}</h1>
      <SummaryList
        rows={[
          { key: 'Last supervision', value: clock.lastSession ? formatDate(clock.lastSession) : 'None recorded' },
          {
            key: 'Next due',
            value: (
              <>
                {formatDate(clock.nextDue)} {clock.overdue && <Tag colour="red">Overdue</Tag>}
              </>
            ),
          },
          {
            key: 'Pattern',
            value: clock.inAsye
              ? `ASYE year from ${formatDate(worker.asyeStart)}: weekly for 6 weeks, fortnightly to 6 months, then monthly`
              : 'The authority’s standard (monthly unless it has set otherwise)',
          },
        ]}
      />
      {view.access === 'record' && (
        <a className="govuk-button" href={`/workers/${worker.id}/supervision/new`} role="button" data-module="govuk-button">
          Record supervision
        </a>
      )}
      <Table
        caption="Sessions"
        head={['Date', 'Kind', 'Supervisor', 'Wellbeing discussed', 'Workload discussed', 'Children discussed', ...(view.access === 'record' ? ['Action'] : [])]}
        empty="No supervision recorded."
        rows={view.sessions.map((s) => [
          formatDate(s.date),
          KIND_LABELS[s.kind],
          s.supervisorName,
          s.wellbeingDiscussed ? 'Yes' : 'No',
          s.workloadDiscussed ? 'Yes' : 'No',
          s.childrenDiscussed.length ? s.childrenDiscussed.map((c) => c.name).join(', ') : 'None',
          ...(view.access === 'record'
            ? [
                <a className="govuk-link" href={`/workers/${worker.id}/supervision/${s.id}/edit`} key="c">
                  Change<span className="govuk-visually-hidden"> the session of {formatDate(s.date)}</span>
                </a>,
              ]
            : []),
        ])}
      />
      {view.sessions.map((s) => (
        <details className="govuk-details" key={s.id}>
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Reflective discussion, {formatDate(s.date)}</span>
          </summary>
          <div className="govuk-details__text">
            <p className="govuk-body">{s.reflectiveSummary}</p>
            {s.note && <p className="govuk-body">Note: {s.note}</p>}
          </div>
        </details>
      ))}
      <Table
        caption="Supervision clock, period by period"
        head={['From', 'Due by', 'Pattern', 'Met']}
        empty=""
        rows={[...clock.periods].reverse().map((p) => [
          formatDate(p.start),
          formatDate(p.due),
          PATTERN_LABELS[p.pattern],
          p.state === 'met_on_time' ? (
            `On time, ${formatDate(p.metOn)}`
          ) : p.state === 'met_late' ? (
            <Tag colour="yellow" key="l">{`Late, ${formatDate(p.metOn)}`}</Tag>
          ) : p.state === 'overdue' ? (
            <Tag colour="red" key="o">Overdue</Tag>
          ) : (
            'Not yet due'
          ),
        ])}
      />
    </Layout>
  );
}

/** What the form holds as typed: the same shape the practice rules read. */
export type SupervisionFormValues = WorkerSupervisionForm;

/** A stored session as the form's values (for changing it). */
export function supervisionFormValues(s: WorkerSupervisionView['sessions'][number]): SupervisionFormValues {
  const [year, month, day] = s.date.split('-');
  return {
    'date-day': String(Number(day)), 'date-month': String(Number(month)), 'date-year': year, kind: s.kind, reflectiveSummary: s.reflectiveSummary,
    wellbeingDiscussed: s.wellbeingDiscussed ? 'yes' : 'no', workloadDiscussed: s.workloadDiscussed ? 'yes' : 'no',
    childrenDiscussed: s.childrenDiscussed.map((c) => c.id), note: s.note,
  };
}

export interface EditingSession {
  sessionId: string;
  version: number;
  /** Someone else saved the session first: what this person typed, shown beneath the stored version. */
  typed?: SupervisionFormValues;
  changedAt?: string;
}

export function RecordWorkerSupervisionPage(props: { nav: NavItem[]; user: Banner; csrfToken: string; view: WorkerSupervisionView; values: SupervisionFormValues; errors: FieldError[]; editing?: EditingSession }): ReactElement {
  const { nav, user, csrfToken, view, values, errors, editing } = props;
  const { worker } = view;
  // A child discussed in the session being changed may have moved to another worker since: still offered.
  const session = editing ? view.sessions.find((x) => x.id === editing.sessionId) : undefined;
  const offered = [...view.children, ...(session?.childrenDiscussed ?? []).filter((c) => !view.children.some((k) => k.id === c.id))];
  const heading = editing ? 'Change supervision' : 'Record supervision';
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  const chosen = values.childrenDiscussed === undefined ? [] : Array.isArray(values.childrenDiscussed) ? values.childrenDiscussed : [values.childrenDiscussed];
  return (
    <Layout title={`${errors.length ? 'Error: ' : ''}${heading}: ${worker.name}`} nav={nav} user={user} csrfToken={csrfToken}>
      <BackLink href={`/workers/${worker.id}/supervision`}>Back to {worker.name}’s supervision</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <span className="govuk-caption-l">{worker.name}</span>
          <h1 className="govuk-heading-l">{heading}</h1>
          {editing?.typed && (
            <div className="govuk-inset-text">
              <p className="govuk-body">
                Someone else saved this session{editing.changedAt ? ` at ${new Date(editing.changedAt).toLocaleTimeString('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' })}` : ''} after you opened it. The form now shows what they saved. What you typed is below: make your change again and save.
              </p>
              <p className="govuk-body">Your summary: {editing.typed.reflectiveSummary || '(empty)'}</p>
              {editing.typed.note ? <p className="govuk-body">Your note: {editing.typed.note}</p> : null}
            </div>
          )}
          <form method="post" action={editing ? `/workers/${worker.id}/supervision/${editing.sessionId}` : `/workers/${worker.id}/supervision`} noValidate>
            <input type="hidden" name="_csrf" value={csrfToken} />
            {editing && <input type="hidden" name="version" value={String(editing.version)} />}
            <DateInput id="date" name="date" label="Date of the supervision" hint="For example, 2 11 2026" day={values['date-day'] ?? ''} month={values['date-month'] ?? ''} year={values['date-year'] ?? ''} error={errorFor('date-day')} />
            <Radios
              id="kind"
              name="kind"
              label="Kind of session"
              options={[{ value: 'supervision', label: 'Supervision' }, ...(worker.asye ? [{ value: 'asye_review', label: 'ASYE review' }] : [])]}
              value={values.kind ?? ''}
              error={errorFor('kind')}
            />
            <Textarea
              id="reflectiveSummary"
              name="reflectiveSummary"
              label="Summary of the reflective discussion"
              hint="What you thought about together: the worker’s practice, what they are learning, what they will do differently"
              value={values.reflectiveSummary ?? ''}
              rows={6}
              error={errorFor('reflectiveSummary')}
            />
            <Radios id="wellbeingDiscussed" name="wellbeingDiscussed" label="Was the worker’s wellbeing discussed?" options={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]} value={values.wellbeingDiscussed ?? ''} inline error={errorFor('wellbeingDiscussed')} />
            <Radios id="workloadDiscussed" name="workloadDiscussed" label="Was the worker’s workload discussed?" options={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]} value={values.workloadDiscussed ?? ''} inline error={errorFor('workloadDiscussed')} />
            {offered.length > 0 && (
              <Checkboxes
                id="childrenDiscussed"
                name="childrenDiscussed"
                label="Children discussed"
                hint="Record the decision and actions for each child as case supervision on the child’s record"
                options={offered.map((c) => ({ value: c.id, label: c.name }))}
                values={chosen}
                error={errorFor('childrenDiscussed')}
              />
            )}
            <Textarea id="note" name="note" label="Note (optional)" value={values.note ?? ''} error={errorFor('note')} />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Save supervision
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}
