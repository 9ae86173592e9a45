// "My work": every open clock on my children, overdue first, each with a one-click way to record it.
import type { ReactElement } from 'react';
import { Layout, type NavItem } from '../govuk/layout.tsx';
import { Table, Tag } from '../govuk/components.tsx';
import { formatDate, formatDateTime } from '../format.ts';
import type { WorkItem } from '../../../src/store/oversight/my-work.ts';
import { CLOCK_ACTIONS } from '../record-forms/clock-actions.ts';
import type { DriftChild } from '../../../src/store/oversight/drift-list.ts';

export function MyWorkPage({
  nav,
  user,
  csrfToken,
  items,
  writable,
  drift,
}: {
  nav: NavItem[];
  user: { displayName: string; roleLabels: string[] };
  csrfToken: string;
  items: WorkItem[];
  writable: readonly string[];
  /** My children drifting: no meaningful progress for more than the LA's drift standard (issue 7). */
  drift?: { driftDays: number; children: DriftChild[] };
}): ReactElement {
  const overdue = items.filter((i) => i.state === 'overdue').length;
  const soon = items.filter((i) => i.state === 'due_soon').length;
  return (
    <Layout title="My work" nav={nav} user={user} csrfToken={csrfToken}>
      <h1 className="govuk-heading-l">My work</h1>
      <p className="govuk-body">
        {overdue} overdue, {soon} due soon, {items.length - overdue - soon} coming up, across the children allocated to you.
      </p>
      <Table
        caption="What is due on my children"
        captionHidden
        head={['What', 'Child', 'Due', 'Status', 'Record it']}
        empty="Nothing is due on the children allocated to you."
        rows={items.map((i) => {
          const action = CLOCK_ACTIONS[i.clockId];
          return [
            i.title,
            <a className="govuk-link" href={`/children/${i.childId}`} key="c">
              {i.childName}
            </a>,
            i.due.length > 10 ? formatDateTime(i.due) : formatDate(i.due),
            <Tag colour={i.state === 'overdue' ? 'red' : i.state === 'due_soon' ? 'yellow' : 'grey'} key="s">
              {i.state === 'overdue' ? 'Overdue' : i.state === 'due_soon' ? 'Due soon' : 'Upcoming'}
            </Tag>,
            action && writable.includes(action.recordType) ? (
              <a className="govuk-link" href={action.href(i.childId, i.recordId)} key="a">
                {action.label}
                <span className="govuk-visually-hidden"> for {i.childName}</span>
              </a>
            ) : (
              ''
            ),
          ];
        })}
      />
      {drift && drift.children.length > 0 && (
        <Table
          caption={`My children without meaningful progress for more than ${drift.driftDays} days`}
          head={['Child', 'Last progress', 'Days since', 'Carried actions']}
          empty=""
          rows={drift.children.map((c) => [
            <a className="govuk-link" href={`/children/${c.id}`} key="c">
              {c.name}
            </a>,
            c.lastProgress ? `${c.lastProgress.what}, ${formatDate(c.lastProgress.date)}` : 'No progress recorded',
            c.days === null ? '' : `${c.days} days`,
            String(c.carriedActions),
          ])}
        />
      )}
    </Layout>
  );
}
