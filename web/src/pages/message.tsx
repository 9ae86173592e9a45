import type { ReactElement } from 'react';
import { Layout, type NavItem } from '../govuk/layout.tsx';

/** A page with a heading and a few sentences: not found, home for roles without a caseload, errors. */
export function MessagePage(props: { title: string; paragraphs: string[]; nav: NavItem[]; user: { displayName: string; roleLabels: string[] } | null; csrfToken: string | null }): ReactElement {
  return (
    <Layout title={props.title} nav={props.nav} user={props.user} csrfToken={props.csrfToken}>
      <h1 className="govuk-heading-l">{props.title}</h1>
      {props.paragraphs.map((p) => (
        <p className="govuk-body" key={p}>
          {p}
        </p>
      ))}
    </Layout>
  );
}
