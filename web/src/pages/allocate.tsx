// A manager allocates a child to a worker, with each worker's current caseload in view.
import type { ReactElement } from 'react';
import { Layout, type NavItem } from '../govuk/layout.tsx';
import { BackLink, ErrorSummary, type FieldError } from '../govuk/components.tsx';
import { Checkboxes, ShortText } from '../govuk/form-fields.tsx';
import type { AllocatableWorker } from '../../../src/store/children/allocate-child.ts';

export function AllocatePage(props: {
  nav: NavItem[];
  user: { displayName: string; roleLabels: string[] };
  csrfToken: string;
  child: { id: string; name: string };
  workers: AllocatableWorker[];
  errors: FieldError[];
  /** What was chosen, when the page comes back asking to confirm an allocation over the limit. */
  chosen: { workerId: string; reason: string } | null;
}): ReactElement {
  const { nav, user, csrfToken, child, workers, errors, chosen } = props;
  const overLimit = errors.find((e) => e.field === 'overLimitConfirmed')?.message;
  const teams = [...new Set(workers.map((w) => w.teamName))];
  const error = errors.find((e) => e.field === 'workerId')?.message;
  return (
    <Layout title={`${errors.length ? 'Error: ' : ''}Allocate: ${child.name}`} nav={nav} user={user} csrfToken={csrfToken}>
      <BackLink href={`/children/${child.id}`}>Back to {child.name}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <span className="govuk-caption-l">{child.name}</span>
          <h1 className="govuk-heading-l">Allocate a worker</h1>
          <form method="post" action={`/children/${child.id}/allocation`} noValidate>
            <input type="hidden" name="_csrf" value={csrfToken} />
            <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
              <label className="govuk-label govuk-label--s" htmlFor="workerId">
                Worker (current caseload in brackets)
              </label>
              {error && (
                <p id="workerId-error" className="govuk-error-message">
                  <span className="govuk-visually-hidden">Error:</span> {error}
                </p>
              )}
              <select className={`govuk-select${error ? ' govuk-select--error' : ''}`} id="workerId" name="workerId" defaultValue={chosen?.workerId ?? ''} aria-describedby={error ? 'workerId-error' : undefined}>
                <option value="">Choose a worker</option>
                {teams.map((team) => (
                  <optgroup label={team} key={team}>
                    {workers
                      .filter((w) => w.teamName === team)
                      .map((w) => (
                        <option value={w.id} key={w.id}>
                          {w.displayName}, {w.jobTitle} ({w.caseload} of {w.limit}; weighted {w.weighted} of {w.weightedLimit})
                        </option>
                      ))}
                  </optgroup>
                ))}
              </select>
            </div>
            <ShortText id="reason" name="reason" label="Reason for the change (shown in the allocation history)" value={chosen?.reason ?? ''} />
            {overLimit && <Checkboxes id="overLimitConfirmed" name="overLimitConfirmed" label="Over the caseload limit" options={[{ value: 'yes', label: 'Allocate anyway: I have agreed this with the worker' }]} values={[]} error={overLimit} />}
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Allocate
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}
