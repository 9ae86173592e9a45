// DfE returns to download.
import type { ReactElement } from 'react';
import { Layout, type NavItem } from '../govuk/layout.tsx';

/** What each SSDA903 file holds, in the words of the DfE's guide (docs/returns.md "SSDA903"). */
const SSDA903_FILE_LABELS: Record<string, string> = {
  header: 'Header: each child in the return',
  episodes: 'Episodes: each change of legal status or placement',
  uasc: 'Unaccompanied asylum-seeking children',
  reviews: 'Looked after reviews',
  missing: 'Missing or away from placement',
  oc2: 'OC2: children looked after for 12 months at 31 March',
  oc3: 'OC3: care leavers aged 17 to 21',
  ad1: 'AD1: children adopted',
  placed_for_adoption: 'Children who should be placed for adoption',
  previous_permanence: 'Previous permanence',
  sw_episodes: 'Social worker episodes',
};

export function ReturnsPage({ nav, user, csrfToken, years, ssda903Files }: { nav: NavItem[]; user: { displayName: string; roleLabels: string[] }; csrfToken: string; years: number[]; ssda903Files: readonly string[] }): ReactElement {
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
      <h2 className="govuk-heading-m">SSDA903: children looked after</h2>
      <p className="govuk-body">Each file of the return for a collection year (1 April to 31 March) as CSV, with the DfE’s columns and codes. Each download is recorded.</p>
      {years.map((y) => (
        <div key={y}>
          <h3 className="govuk-heading-s">SSDA903 {y - 1} to {y}</h3>
          <ul className="govuk-list">
            {ssda903Files.map((file) => (
              <li key={file}>
                <a className="govuk-link" href={`/returns/ssda903/${file}.csv?year=${y}`} download>
                  {SSDA903_FILE_LABELS[file] ?? file}<span className="govuk-visually-hidden">, {y - 1} to {y},</span> ({file}.csv)
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <p className="govuk-body">Ofsted’s Annex A comes next.</p>
    </Layout>
  );
}
