// An independent return-interview service: the episodes referred to it, and the interview form.
import type { ReactElement } from 'react';
import { Layout, type NavItem } from '../govuk/layout.tsx';
import { BackLink, ErrorSummary, SummaryList, Table, Tag, type FieldError } from '../govuk/components.tsx';
import { formatDate, formatDateTime } from '../format.ts';
import type { ReferredInterview } from '../../../src/store/missing/referred-interviews.ts';
import { RETURN_INTERVIEW_FIELDS } from '../record-forms/record-forms.ts';
import type { FormValues } from '../record-forms/read-record-form.ts';
import { Field } from './record-form.tsx';

interface Common {
  nav: NavItem[];
  user: { displayName: string; roleLabels: string[] };
  csrfToken: string;
}

const status = (i: ReferredInterview): ReactElement =>
  i.completedAt ? <Tag colour="green">Interview held</Tag> : i.declined ? <Tag colour="grey">Declined</Tag> : i.returnedAt ? <Tag colour="yellow">Waiting</Tag> : <Tag colour="red">Still missing</Tag>;

export function ReferredInterviewsPage({ nav, user, csrfToken, items }: Common & { items: ReferredInterview[] }): ReactElement {
  return (
    <Layout title="Return interviews referred to you" nav={nav} user={user} csrfToken={csrfToken}>
      <h1 className="govuk-heading-l">Return interviews referred to you</h1>
      <Table
        caption="Return interviews"
        captionHidden
        head={['Young person', 'Returned', 'Status']}
        empty="No return interviews have been referred to your service."
        rows={items.map((i) => [
          <a className="govuk-link" href={`/return-interviews/${i.childId}/${encodeURIComponent(i.recordKey)}`} key="a">
            {i.childName}
          </a>,
          i.returnedAt ? formatDateTime(i.returnedAt) : 'Still missing',
          status(i),
        ])}
      />
    </Layout>
  );
}

export function ReferredInterviewPage({ nav, user, csrfToken, item, values, errors }: Common & { item: ReferredInterview; values: FormValues; errors: FieldError[] }): ReactElement {
  return (
    <Layout title={`${errors.length ? 'Error: ' : ''}Return interview: ${item.childName}`} nav={nav} user={user} csrfToken={csrfToken}>
      <BackLink href="/return-interviews">Back to your return interviews</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <span className="govuk-caption-l">{item.childName}</span>
          <h1 className="govuk-heading-l">Return interview</h1>
          <SummaryList
            rows={[
              { key: 'Date of birth', value: item.dateOfBirth ? formatDate(item.dateOfBirth) : 'Not recorded' },
              { key: 'Went missing', value: formatDateTime(item.startAt) },
              { key: 'Returned', value: item.returnedAt ? formatDateTime(item.returnedAt) : 'Still missing' },
            ]}
          />
          <p className="govuk-body">The interview is to be offered within 72 hours of the child’s return. You are recorded as the person who offered it, for your service.</p>
          <form method="post" action={`/return-interviews/${item.childId}/${encodeURIComponent(item.recordKey)}`} noValidate>
            <input type="hidden" name="_csrf" value={csrfToken} />
            <input type="hidden" name="version" value={String(item.version)} />
            {RETURN_INTERVIEW_FIELDS.map((field) => (
              <Field key={field.name} field={field} values={values} errors={errors} referenceOptions={{}} />
            ))}
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Save return interview
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}
