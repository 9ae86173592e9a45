// Linked by tag: the other children whose exploitation screenings carry a place or person of this child's.
import type { ReactElement } from 'react';
import { Layout, type NavItem } from '../govuk/layout.tsx';
import { BackLink, Table, Tag } from '../govuk/components.tsx';
import { formatDate } from '../format.ts';
import type { LinkedByTag } from '../../../src/store/missing/linked-by-tag.ts';

const level = (risk: string): ReactElement => (
  <Tag colour={risk === 'high' ? 'red' : risk === 'medium' ? 'yellow' : risk === 'low' ? 'blue' : 'grey'}>{risk.charAt(0).toUpperCase() + risk.slice(1)}</Tag>
);

function TagIndex({ links }: { links: LinkedByTag }): ReactElement {
  const href = (kind: string, t: string): string => `/children/${links.child.id}/linked-by-tag?kind=${kind}&tag=${encodeURIComponent(t)}`;
  const { locations, associates } = links.ownTags;
  return (
    <>
      <h1 className="govuk-heading-l">Linked by tag</h1>
      <p className="govuk-body">Places and people named in {links.child.name}’s exploitation risk screenings. Choose one to see the other children whose screenings name it.</p>
      {locations.length + associates.length === 0 ? (
        <p className="govuk-body">No places or people have been recorded in this child’s screenings.</p>
      ) : (
        <ul className="govuk-list" id="exploitation-tags">
          {locations.map((t) => (
            <li key={`l-${t}`}>
              Place: <a className="govuk-link" href={href('location', t)}>{t}</a>
            </li>
          ))}
          {associates.map((t) => (
            <li key={`a-${t}`}>
              Person: <a className="govuk-link" href={href('associate', t)}>{t}</a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function LinkedByTagPage({ nav, user, csrfToken, links }: { nav: NavItem[]; user: { displayName: string; roleLabels: string[] }; csrfToken: string; links: LinkedByTag }): ReactElement {
  if (links.tag === '') {
    return (
      <Layout title="Linked by tag" nav={nav} user={user} csrfToken={csrfToken}>
        <BackLink href={`/children/${links.child.id}`}>Back to {links.child.name}</BackLink>
        <TagIndex links={links} />
      </Layout>
    );
  }
  const noun = links.kind === 'location' ? 'place' : 'person';
  return (
    <Layout title={`Linked by tag: ${links.tag}`} nav={nav} user={user} csrfToken={csrfToken}>
      <BackLink href={`/children/${links.child.id}`}>Back to {links.child.name}</BackLink>
      <span className="govuk-caption-l">Linked by tag: {noun}</span>
      <h1 className="govuk-heading-l">{links.tag}</h1>
      <p className="govuk-body">
        Other children whose exploitation risk screenings name this {noun}
        {links.ownTag ? `, as ${links.child.name}’s do` : ''}. Only children you can see are listed (Working Together 2023, 3.55: contextual safeguarding).
      </p>
      <Table
        caption={`Children linked to ${links.child.name} by ‘${links.tag}’`}
        head={['Child', 'Date of birth', 'Latest screening naming it', 'Sexual exploitation', 'Criminal exploitation', 'Screenings naming it']}
        empty={`No other child you can see has a screening naming this ${noun}.`}
        rows={links.linked.map((l) => [
          <a className="govuk-link" href={`/children/${l.childId}`} key="c">
            {l.name}
          </a>,
          formatDate(l.dateOfBirth),
          formatDate(l.latestDate),
          level(l.sexualExploitationRisk),
          level(l.criminalExploitationRisk),
          String(l.screenings),
        ])}
      />
    </Layout>
  );
}
