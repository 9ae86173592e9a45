// The child's chronology: every dated event of their journey, oldest first, filterable by kind and
// printable (the print stylesheet drops the navigation and the filter). Flags a manager must notice
// are shown above it.
import type { ReactElement } from 'react';
import { Layout, type NavItem } from '../govuk/layout.tsx';
import { BackLink } from '../govuk/components.tsx';
import { Checkboxes } from '../govuk/form-fields.tsx';
import { formatDate } from '../format.ts';
import { CHRONOLOGY_KINDS, type ChronologyEvent, type ChronologyKind } from '../../../src/practice/casework/chronology.ts';
import type { CaseFlag } from '../../../src/practice/casework/flags.ts';

export interface ChronologyPageProps {
  nav: NavItem[];
  user: { displayName: string; roleLabels: string[] };
  csrfToken: string;
  child: { id: string; name: string };
  events: ChronologyEvent[];
  flags: CaseFlag[];
  selected: ChronologyKind[];
  /** Record types this person may change (a "Change" link is shown for those). */
  editable: readonly string[];
}

export function FlagList({ flags }: { flags: CaseFlag[] }): ReactElement | null {
  if (flags.length === 0) return null;
  return (
    <div className="govuk-warning-text lantern-flags">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <div className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        <ul className="govuk-list">
          {flags.map((f) => (
            <li key={`${f.kind}-${f.recordId}`}>{f.message}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

const timeOf = (at: string): string => (at.length > 10 ? at.slice(11, 16) : '');

export function ChronologyPage({ nav, user, csrfToken, child, events, flags, selected, editable }: ChronologyPageProps): ReactElement {
  const shown = selected.length ? events.filter((e) => selected.includes(e.kind)) : events;
  const kindLabel = new Map(CHRONOLOGY_KINDS.map((k) => [k.kind, k.label]));
  return (
    <Layout title={`Chronology: ${child.name}`} nav={nav} user={user} csrfToken={csrfToken}>
      <BackLink href={`/children/${child.id}`}>Back to {child.name}</BackLink>
      <span className="govuk-caption-l">{child.name}</span>
      <h1 className="govuk-heading-l">Chronology</h1>
      <FlagList flags={flags} />
      <form method="get" action={`/children/${child.id}/chronology`} className="lantern-no-print">
        <details className="govuk-details" open={selected.length > 0}>
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Show only some kinds of event</span>
          </summary>
          <div className="govuk-details__text">
            <Checkboxes id="kind" name="kind" label="Kinds of event" options={CHRONOLOGY_KINDS.map((k) => ({ value: k.kind, label: k.label }))} values={selected} />
            <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
              Show events
            </button>
          </div>
        </details>
      </form>
      <p className="govuk-body">
        {shown.length} {shown.length === 1 ? 'event' : 'events'}
        {selected.length ? ` of ${events.length}` : ''}, oldest first. Use your browser’s print command for a printable copy.
      </p>
      {shown.length === 0 ? (
        <p className="govuk-body">Nothing recorded yet.</p>
      ) : (
        <table className="govuk-table lantern-chronology">
          <caption className="govuk-visually-hidden">Events in {child.name}’s journey</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Date</th>
              <th scope="col" className="govuk-table__header">Kind</th>
              <th scope="col" className="govuk-table__header">What happened</th>
              <th scope="col" className="govuk-table__header lantern-no-print"><span className="govuk-visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {shown.map((e, i) => (
              <tr className="govuk-table__row" key={i}>
                <td className="govuk-table__cell lantern-nowrap">
                  {formatDate(e.date)} {timeOf(e.at)}
                </td>
                <td className="govuk-table__cell">{kindLabel.get(e.kind) ?? e.kind}</td>
                <td className="govuk-table__cell">
                  <strong>{e.title}</strong>
                  {e.detail && <span className="lantern-detail">{e.detail}</span>}
                </td>
                <td className="govuk-table__cell lantern-no-print">
                  {editable.includes(e.recordType) && (
                    <a
                      className="govuk-link"
                      href={
                        e.recordType === 'contacts'
                          ? `/children/${child.id}/contacts/${encodeURIComponent(e.recordId)}/decide`
                          : `/children/${child.id}/records/${e.recordType}/${encodeURIComponent(e.recordId)}`
                      }
                    >
                      Change<span className="govuk-visually-hidden"> {e.title}</span>
                    </a>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
