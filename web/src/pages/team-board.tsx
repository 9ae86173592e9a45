// The team board: caseloads against the LA's limits, each worker's overdue and due-soon clocks, and
// children with many social workers.
import type { ReactElement } from 'react';
import { Layout, type NavItem } from '../govuk/layout.tsx';
import { Table, Tag } from '../govuk/components.tsx';
import type { TeamBoard } from '../../../src/store/oversight/team-board.ts';
import { formatDate } from '../format.ts';

/** Case oversight older than this many days is shown as a warning (the LA's monthly case supervision). */
const OVERSIGHT_WARN_DAYS = 31;

export function TeamBoardPage({ nav, user, csrfToken, board }: { nav: NavItem[]; user: { displayName: string; roleLabels: string[] }; csrfToken: string; board: TeamBoard }): ReactElement {
  return (
    <Layout title="Team board" nav={nav} user={user} csrfToken={csrfToken}>
      <span className="govuk-caption-l">{board.teamName}</span>
      <h1 className="govuk-heading-l">Team board</h1>
      <Table
        caption="Caseloads and what is due, by worker"
        head={['Worker', 'Caseload', 'Weighted load', 'Overdue', 'Due soon', 'Supervision']}
        empty="No caseworkers in this team."
        rows={board.workers.map((w) => [
          <span key="w">
            {w.name} {w.asye && <Tag colour="blue">ASYE</Tag>} {w.agency && <Tag colour="grey">Agency</Tag>}
          </span>,
          <span key="c">
            {w.caseload} of {w.limit} {w.caseload > w.limit && <Tag colour="red">Over the limit</Tag>}
          </span>,
          <span key="l">
            {w.weightedLoad} of {w.weightedLimit} {w.weightedLoad > w.weightedLimit && <Tag colour="red">Over the weighted limit</Tag>}
          </span>,
          w.overdue ? <Tag colour="red" key="o">{String(w.overdue)}</Tag> : '0',
          w.dueSoon ? <Tag colour="yellow" key="d">{String(w.dueSoon)}</Tag> : '0',
          <span key="s">
            Last: {w.supervision.lastSession ? formatDate(w.supervision.lastSession) : 'none recorded'}
            <br />
            Next due: {formatDate(w.supervision.nextDue)} {w.supervision.overdue && <Tag colour="red">Overdue</Tag>}
            <br />
            <a className="govuk-link" href={`/workers/${w.id}/supervision`}>
              Supervision<span className="govuk-visually-hidden"> of {w.name}</span>
            </a>
          </span>,
        ])}
      />
      <Table
        caption="Children with three or more social workers in the last 12 months"
        head={['Child', 'Allocations in 12 months']}
        empty="No child in the team has had three or more social workers in the last 12 months."
        rows={board.manyWorkers.map((c) => [
          <a className="govuk-link" href={`/children/${c.id}`} key="a">
            {c.name}
          </a>,
          String(c.workers),
        ])}
      />
      <h2 className="govuk-heading-m">Children by worker</h2>
      {board.workers
        .filter((w) => w.children.length)
        .map((w) => (
          <details className="govuk-details" key={w.id} open={w.overdue > 0}>
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">
                {w.name}: {w.caseload} children, {w.overdue} overdue
              </span>
            </summary>
            <div className="govuk-details__text">
              <Table
                caption={`${w.name}’s children`}
                captionHidden
                head={['Child', 'Work (weight)', 'Overdue', 'Due soon', 'Days since management oversight']}
                empty=""
                rows={w.children.map((c) => [
                  <a className="govuk-link" href={`/children/${c.id}`} key="a">
                    {c.name}
                  </a>,
                  `${c.kind} (${c.weight})`,
                  c.overdue ? <Tag colour="red" key="o">{String(c.overdue)}</Tag> : '0',
                  String(c.dueSoon),
                  c.daysSinceOversight === null ? (
                    <Tag colour="red" key="m">None recorded</Tag>
                  ) : c.daysSinceOversight > OVERSIGHT_WARN_DAYS ? (
                    <Tag colour="yellow" key="m">{String(c.daysSinceOversight)}</Tag>
                  ) : (
                    String(c.daysSinceOversight)
                  ),
                ])}
              />
            </div>
          </details>
        ))}
    </Layout>
  );
}
