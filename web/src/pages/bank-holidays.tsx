import type { ReactElement } from 'react';
import { Layout, type NavItem } from '../govuk/layout.tsx';
import { BackLink, ErrorSummary, SuccessBanner, Table, type FieldError } from '../govuk/components.tsx';
import { formatDate } from '../format.ts';

export interface BankHolidaysPageProps {
  nav: NavItem[];
  user: { displayName: string; roleLabels: string[] };
  csrfToken: string;
  added: { date: string; name: string }[];
  national: { date: string; name: string }[];
  year: number;
  form: { day: string; month: string; year: string; name: string };
  errors: FieldError[];
  notice: string | null;
}

export function BankHolidaysPage(props: BankHolidaysPageProps): ReactElement {
  const { nav, user, csrfToken, added, national, year, form, errors, notice } = props;
  const dateError = errors.find((e) => e.field === 'holiday-day')?.message;
  const nameError = errors.find((e) => e.field === 'name')?.message;
  return (
    <Layout title={errors.length ? 'Error: Bank holidays' : 'Bank holidays'} nav={nav} user={user} csrfToken={csrfToken}>
      <BackLink href="/admin/standards">Back to local standards</BackLink>
      {notice && <SuccessBanner text={notice} />}
      <ErrorSummary errors={errors} />
      <h1 className="govuk-heading-l">Bank holidays</h1>
      <p className="govuk-body">
        Lantern knows every England and Wales bank holiday from the rules and past proclamations. When a new one is proclaimed, add it here: every child’s working-day clocks are recomputed at once.
      </p>
      <Table
        caption="Added by your authority"
        head={['Date', 'Name', '']}
        empty="Your authority has not added any bank holidays."
        rows={added.map((h) => [
          formatDate(h.date),
          h.name,
          <form method="post" action={`/admin/bank-holidays/${h.date}/remove`} key="r">
            <input type="hidden" name="_csrf" value={csrfToken} />
            <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button">
              Remove<span className="govuk-visually-hidden"> {h.name}</span>
            </button>
          </form>,
        ])}
      />
      <h2 className="govuk-heading-m">Add a bank holiday</h2>
      <form method="post" action="/admin/bank-holidays" noValidate>
        <input type="hidden" name="_csrf" value={csrfToken} />
        <div className={`govuk-form-group${dateError ? ' govuk-form-group--error' : ''}`}>
          <fieldset className="govuk-fieldset" role="group" aria-describedby={`holiday-hint${dateError ? ' holiday-error' : ''}`}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Date</legend>
            <div id="holiday-hint" className="govuk-hint">
              For example, 19 9 2022
            </div>
            {dateError && (
              <p id="holiday-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {dateError}
              </p>
            )}
            <div className="govuk-date-input" id="holiday">
              {(['day', 'month', 'year'] as const).map((part) => (
                <div className="govuk-date-input__item" key={part}>
                  <div className="govuk-form-group">
                    <label className="govuk-label govuk-date-input__label" htmlFor={`holiday-${part}`}>
                      {part.charAt(0).toUpperCase() + part.slice(1)}
                    </label>
                    <input
                      className={`govuk-input govuk-date-input__input govuk-input--width-${part === 'year' ? 4 : 2}${dateError ? ' govuk-input--error' : ''}`}
                      id={`holiday-${part}`}
                      name={part}
                      type="text"
                      inputMode="numeric"
                      defaultValue={form[part]}
                    />
                  </div>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <div className={`govuk-form-group${nameError ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--s" htmlFor="name">
            Name
          </label>
          {nameError && (
            <p id="name-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {nameError}
            </p>
          )}
          <input className={`govuk-input govuk-input--width-20${nameError ? ' govuk-input--error' : ''}`} id="name" name="name" type="text" defaultValue={form.name} aria-describedby={nameError ? 'name-error' : undefined} />
        </div>
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Add bank holiday
        </button>
      </form>
      <Table caption={`England and Wales bank holidays in ${year}`} head={['Date', 'Name']} empty="None." rows={national.map((h) => [formatDate(h.date), h.name.replace(/_/g, ' ')])} />
    </Layout>
  );
}
