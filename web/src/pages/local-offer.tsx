import type { ReactElement } from 'react';
import { Layout, type NavItem } from '../govuk/layout.tsx';
import { BackLink, ErrorSummary, SuccessBanner, Table, TextInput, type FieldError } from '../govuk/components.tsx';
import type { LocalOfferEntitlement } from '../../../src/store/care-leavers/local-offer.ts';

export interface LocalOfferPageProps {
  nav: NavItem[];
  user: { displayName: string; roleLabels: string[] };
  csrfToken: string;
  offer: LocalOfferEntitlement[];
  form: { title: string; description: string };
  errors: FieldError[];
  notice: string | null;
}

export function LocalOfferPage({ nav, user, csrfToken, offer, form, errors, notice }: LocalOfferPageProps): ReactElement {
  const descriptionError = errors.find((e) => e.field === 'description')?.message;
  return (
    <Layout title={errors.length ? 'Error: Local offer for care leavers' : 'Local offer for care leavers'} nav={nav} user={user} csrfToken={csrfToken}>
      <BackLink href="/admin/standards">Back to local standards</BackLink>
      {notice && <SuccessBanner text={notice} />}
      <ErrorSummary errors={errors} />
      <h1 className="govuk-heading-l">Local offer for care leavers</h1>
      <p className="govuk-body">
        The entitlements your authority offers care leavers (Children and Social Work Act 2017, section 2). Personal advisers record on each care leaver’s record when the young person was told of each; their
        page lists the ones not yet told of, matched by name.
      </p>
      <Table
        caption="Entitlements"
        head={['Entitlement', 'What it is', '']}
        empty="Your authority has not listed its local offer yet."
        rows={offer.map((e) => [
          e.title,
          e.description,
          <form method="post" action={`/admin/local-offer/${e.id}/remove`} key="r">
            <input type="hidden" name="_csrf" value={csrfToken} />
            <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button">
              Remove<span className="govuk-visually-hidden"> {e.title}</span>
            </button>
          </form>,
        ])}
      />
      <h2 className="govuk-heading-m">Add an entitlement</h2>
      <form method="post" action="/admin/local-offer" noValidate>
        <input type="hidden" name="_csrf" value={csrfToken} />
        <TextInput id="title" name="title" label="Name of the entitlement" value={form.title} error={errors.find((e) => e.field === 'title')?.message} width="govuk-input--width-20" />
        <div className={`govuk-form-group${descriptionError ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label" htmlFor="description">
            What it is
          </label>
          {descriptionError && (
            <p id="description-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {descriptionError}
            </p>
          )}
          <textarea className={`govuk-textarea${descriptionError ? ' govuk-textarea--error' : ''}`} id="description" name="description" rows={3} defaultValue={form.description} />
        </div>
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Add entitlement
        </button>
      </form>
    </Layout>
  );
}
