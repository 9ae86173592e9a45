// Find a child by name, date of birth or NHS number, within what the searcher may see.
import type { ReactElement } from 'react';
import { Layout, type NavItem } from '../govuk/layout.tsx';
import { ErrorSummary, Table, type FieldError } from '../govuk/components.tsx';
import { DateInput, ShortText } from '../govuk/form-fields.tsx';
import { formatDate } from '../format.ts';
import type { ChildMatch } from '../../../src/store/children/search-children.ts';

export function ChildSearchPage(props: { nav: NavItem[]; user: { displayName: string; roleLabels: string[] }; csrfToken: string; values: Record<string, string>; errors: FieldError[]; matches: ChildMatch[] | null }): ReactElement {
  const { nav, user, csrfToken, values, errors, matches } = props;
  const e = (id: string): string | undefined => errors.find((x) => x.field === id)?.message;
  return (
    <Layout title={`${errors.length ? 'Error: ' : ''}Find a child`} nav={nav} user={user} csrfToken={csrfToken}>
      <ErrorSummary errors={errors} />
      <h1 className="govuk-heading-l">Find a child</h1>
      <form method="get" action="/children/search" noValidate>
        <ShortText id="givenName" name="givenName" label="Given name" value={values.givenName ?? ''} />
        <ShortText id="familyName" name="familyName" label="Family name" hint="The start of the name is enough" value={values.familyName ?? ''} />
        <DateInput id="dob" name="dob" label="Date of birth" day={values['dob-day'] ?? ''} month={values['dob-month'] ?? ''} year={values['dob-year'] ?? ''} error={e('dob-day')} />
        <ShortText id="nhsNumber" name="nhsNumber" label="NHS number" value={values.nhsNumber ?? ''} width="govuk-input--width-10" error={e('nhsNumber')} />
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Search
        </button>
      </form>
      {matches && (
        <Table
          caption={`${matches.length} ${matches.length === 1 ? 'child' : 'children'} found`}
          head={['Child', 'Reference', 'Date of birth', 'Why it matched']}
          empty="No child matched. Check the spelling, or search by date of birth or NHS number."
          rows={matches.map((m) => [
            <a className="govuk-link" href={`/children/${m.id}`} key="a">
              {m.givenName} {m.familyName}
            </a>,
            m.childReference,
            m.dateOfBirth ? formatDate(m.dateOfBirth) : m.expectedDateOfBirth ? `Expected ${formatDate(m.expectedDateOfBirth)}` : '',
            m.reasons.join(', '),
          ])}
        />
      )}
    </Layout>
  );
}
