// Drift: children longest without meaningful progress first (a team), or the teams of a service area
// with how many of their children are drifting (a head of service or director), each team linking to its
// list. Progress and carried actions are defined in src/practice/oversight/drift.ts.
import type { ReactElement } from 'react';
import { Layout, type NavItem } from '../govuk/layout.tsx';
import { BackLink, Table, Tag } from '../govuk/components.tsx';
import { formatDate } from '../format.ts';
import { PROGRESS_KIND_LABELS } from '../../../src/practice/oversight/drift.ts';
import type { ServiceDrift, TeamDrift } from '../../../src/store/oversight/drift-list.ts';

interface PageProps {
  nav: NavItem[];
  user: { displayName: string; roleLabels: string[] };
  csrfToken: string;
}

/** "child_protection_and_children_in_need" → "Child protection and children in need". */
export function serviceAreaLabel(code: string): string {
  const words = code.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const daysText = (days: number) => (days === 0 ? 'today' : days === 1 ? '1 day' : `${days} days`);

export function DriftTeamPage({ nav, user, csrfToken, list, backToService }: PageProps & { list: TeamDrift; backToService: boolean }): ReactElement {
  const drifting = list.children.filter((c) => c.drifting).length;
  return (
    <Layout title={`Drift: ${list.teamName}`} nav={nav} user={user} csrfToken={csrfToken}>
      {backToService && <BackLink href="/drift">All teams</BackLink>}
      <span className="govuk-caption-l">{list.teamName}</span>
      <h1 className="govuk-heading-l">Drift</h1>
      <p className="govuk-body">
        Children longest without meaningful progress first: a plan review, a visit with the child seen, a decision, or an action done. A child with no progress for more than {list.driftDays} days
        (the local standard) is drifting. Carried actions are actions still open and unchanged at two or more reviews in a row.
      </p>
      <p className="govuk-body">
        <strong>{drifting}</strong> of {list.children.length} {list.children.length === 1 ? 'child' : 'children'} drifting.
      </p>
      <Table
        caption="Children by days since meaningful progress"
        head={['Child', 'Worker', 'Kind of progress', 'Last progress', 'Days since', 'Carried actions']}
        empty="No children are allocated to this team."
        rows={list.children.map((c) => [
          <a className="govuk-link" href={`/children/${c.id}`} key="a">
            {c.name}
          </a>,
          c.workerName,
          c.lastProgress ? PROGRESS_KIND_LABELS[c.lastProgress.kind] : '',
          c.lastProgress ? `${c.lastProgress.what}, ${formatDate(c.lastProgress.date)}` : 'No progress recorded',
          <span key="d">
            {c.days === null ? '' : daysText(c.days)} {c.drifting && <Tag colour="red">Drifting</Tag>}
          </span>,
          c.carriedActions ? <Tag colour="yellow" key="c">{String(c.carriedActions)}</Tag> : '0',
        ])}
      />
    </Layout>
  );
}

export function DriftServicePage({ nav, user, csrfToken, service }: PageProps & { service: ServiceDrift }): ReactElement {
  const areas = [...new Set(service.teams.map((t) => t.serviceArea))];
  return (
    <Layout title="Drift by team" nav={nav} user={user} csrfToken={csrfToken}>
      <span className="govuk-caption-l">{service.serviceArea ? serviceAreaLabel(service.serviceArea) : 'Every service area'}</span>
      <h1 className="govuk-heading-l">Drift by team</h1>
      <p className="govuk-body">
        Children allocated to each team, those drifting (no meaningful progress for more than {service.driftDays} days, the local standard, or none recorded), and those with actions carried
        unchanged across two or more reviews. Open a team to see its children.
      </p>
      {areas.length === 0 && <p className="govuk-body">No children are allocated to these teams.</p>}
      {areas.map((area) => (
        <Table
          key={area}
          caption={serviceAreaLabel(area)}
          head={['Team', 'Children', 'Drifting', 'With carried actions']}
          empty=""
          rows={service.teams
            .filter((t) => t.serviceArea === area)
            .map((t) => [
              <a className="govuk-link" href={`/drift?team=${t.teamId}`} key="t">
                {t.teamName}
              </a>,
              String(t.children),
              t.drifting ? <Tag colour="red" key="d">{String(t.drifting)}</Tag> : '0',
              String(t.withCarriedActions),
            ])}
        />
      ))}
    </Layout>
  );
}
