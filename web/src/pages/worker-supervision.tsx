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

export function WorkerSupervisionPage(props: { nav: NavItem[]; user: Banner; csrfToken: string; view: WorkerSupervisionView; own: boolean; saved: boolean }): ReactElement {
  const { nav, user, csrfToken, view, own, saved } = props;
  const { worker, clock } = view;
  const title = own ? 'My supervision' : `Supervision: ${worker.name}`;
  return (
    <Layout title={title} nav={nav} user={user} csrfToken={csrfToken}>
      {view.access === 'record' && <BackLink href="/team-board">Back to the team board</BackLink>}
      {saved && <SuccessBanner text="Supervision recorded" />}
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
        head={['Date', 'Kind', 'Supervisor', 'Wellbeing discussed', 'Workload discussed', 'Children discussed']}
        empty="No supervision recorded."
        rows={view.sessions.map((s) => [
          formatDate(s.date),
          KIND_LABELS[s.kind],
          s.supervisorName,
          s.wellbeingDiscussed ? 'Yes' : 'No',
          s.workloadDiscussed ? 'Yes' : 'No',
          s.childrenDiscussed.length ? s.childrenDiscussed.map((c) => c.name).join(', ') : 'None',
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

export function RecordWorkerSupervisionPage(props: { nav: NavItem[]; user: Banner; csrfToken: string; view: WorkerSupervisionView; values: SupervisionFormValues; errors: FieldError[] }): ReactElement {
  const { nav, user, csrfToken, view, values, errors } = props;
  const { worker } = view;
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  const chosen = values.childrenDiscussed === undefined ? [] : Array.isArray(values.childrenDiscussed) ? values.childrenDiscussed : [values.childrenDiscussed];
  return (
    <Layout title={`${errors.length ? 'Error: ' : ''}Record supervision: ${worker.name}`} nav={nav} user={user} csrfToken={csrfToken}>
      <BackLink href={`/workers/${worker.id}/supervision`}>Back to {worker.name}’s supervision</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <span className="govuk-caption-l">{worker.name}</span>
          <h1 className="govuk-heading-l">Record supervision</h1>
          <form method="post" action={`/workers/${worker.id}/supervision`} noValidate>
            <input type="hidden" name="_csrf" value={csrfToken} />
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
            {view.children.length > 0 && (
              <Checkboxes
                id="childrenDiscussed"
                name="childrenDiscussed"
                label="Children discussed"
                hint="Record the decision and actions for each child as case supervision on the child’s record"
                options={view.children.map((c) => ({ value: c.id, label: c.name }))}
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
