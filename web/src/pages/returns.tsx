// DfE returns to download.
import type { ReactElement } from 'react';
import { Layout, type NavItem } from '../govuk/layout.tsx';
import { ErrorSummary } from '../govuk/components.tsx';
import { DateInput } from '../govuk/form-fields.tsx';

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

/** The Annex A form's day, month and year, and what was wrong with them. */
export interface AnnexAForm {
  day: string;
  month: string;
  year: string;
  error?: string;
}

export function ReturnsPage({ nav, user, csrfToken, years, ssda903Files, annexA }: { nav: NavItem[]; user: { displayName: string; roleLabels: string[] }; csrfToken: string; years: number[]; ssda903Files: readonly string[]; annexA: AnnexAForm }): ReactElement {
  return (
    <Layout title={annexA.error ? 'Error: DfE returns' : 'DfE returns'} nav={nav} user={user} csrfToken={csrfToken}>
      <ErrorSummary errors={annexA.error ? [{ field: 'asAt-day', message: annexA.error }] : []} />
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
      <h2 className="govuk-heading-m">Annex A for Ofsted</h2>
      <p className="govuk-body">The Annex A workbook (lists 1 to 11: contacts, early help, referrals, assessments, section 47 enquiries, children in need, child protection plans, children looked after, care leavers, adoption and adopters) as at a day, covering the 12 months to that day, with the LIIA column headings. The download is recorded.</p>
      <form method="get" action="/returns/annex-a.xlsx" noValidate>
        <DateInput id="asAt" name="asAt" label="As at" hint="For example, 31 3 2025" day={annexA.day} month={annexA.month} year={annexA.year} error={annexA.error} />
        <button type="submit" className="govuk-button" data-module="govuk-button">Download Annex A</button>
      </form>
    </Layout>
  );
}
