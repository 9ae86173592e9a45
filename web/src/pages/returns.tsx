// DfE returns to download.
import type { ReactElement } from 'react';
import { Layout, type NavItem } from '../govuk/layout.tsx';

export function ReturnsPage({ nav, user, csrfToken, years }: { nav: NavItem[]; user: { displayName: string; roleLabels: string[] }; csrfToken: string; years: number[] }): ReactElement {
  return (
    <Layout title="DfE returns" nav={nav} user={user} csrfToken={csrfToken}>
      <h1 className="govuk-heading-l">DfE returns</h1>
      <h2 className="govuk-heading-m">Children in need census</h2>
      <p className="govuk-body">The census XML for a collection year (1 April to 31 March), built from today’s records and valid against the DfE’s 2026 schema. Each download is recorded.</p>
      <ul className="govuk-list">
        {years.map((y) => (
          <li key={y}>
            <a className="govuk-link" href={`/returns/cin-census.xml?year=${y}`} download>
              Children in need census {y - 1} to {y} (XML)
            </a>
          </li>
        ))}
      </ul>
      <p className="govuk-body">The SSDA903 return and Ofsted’s Annex A come next.</p>
    </Layout>
  );
}
