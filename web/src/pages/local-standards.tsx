import type { ReactElement } from 'react';
import { Layout, type NavItem } from '../govuk/layout.tsx';
import { ErrorSummary, SuccessBanner, type FieldError } from '../govuk/components.tsx';
import { LOCAL_STANDARD_DESCRIPTIONS, LOCAL_STANDARD_KEYS, SCHOOL_TERM_KEYS, SCHOOL_TERM_LABELS } from '../../../src/practice/clocks/local-standards.ts';
import { DEFAULT_LOCAL_STANDARDS, DEFAULT_SCHOOL_TERMS } from '../../../src/practice/clocks/types.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const dayAndMonth = (monthDay: string): string => `${Number(monthDay.slice(3, 5))} ${MONTHS[Number(monthDay.slice(0, 2)) - 1]}`;

export interface LocalStandardsPageProps {
  nav: NavItem[];
  user: { displayName: string; roleLabels: string[] };
  csrfToken: string;
  values: Record<string, string>;
  version: number;
  errors: FieldError[];
  notice: string | null;
}

export function LocalStandardsPage({ nav, user, csrfToken, values, version, errors, notice }: LocalStandardsPageProps): ReactElement {
  return (
    <Layout title={errors.length ? 'Error: Local standards' : 'Local standards'} nav={nav} user={user} csrfToken={csrfToken}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {notice && <SuccessBanner text={notice} />}
          <ErrorSummary errors={errors} />
          <h1 className="govuk-heading-l">Local standards</h1>
          <p className="govuk-body">
            Where the law sets no timescale, your authority sets its own. Changing one recomputes every child’s clocks straight away. Every change is recorded.
          </p>
          <p className="govuk-body">
            <a className="govuk-link" href="/admin/bank-holidays">
              Bank holidays added by your authority
            </a>
          </p>
          <p className="govuk-body">
            <a className="govuk-link" href="/admin/local-offer">
              Local offer for care leavers
            </a>
          </p>
          <form method="post" action="/admin/standards" noValidate>
            <input type="hidden" name="_csrf" value={csrfToken} />
            <input type="hidden" name="version" value={String(version)} />
            {LOCAL_STANDARD_KEYS.map((key) => {
              const d = LOCAL_STANDARD_DESCRIPTIONS[key];
              const error = errors.find((e) => e.field === key)?.message;
              return (
                <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`} key={key}>
                  <label className="govuk-label govuk-label--s" htmlFor={key}>
                    {d.label} ({d.unit})
                  </label>
                  <div id={`${key}-hint`} className="govuk-hint">
                    {d.hint}. Lantern’s default is {DEFAULT_LOCAL_STANDARDS[key]}; allowed {d.min} to {d.max}.
                  </div>
                  {error && (
                    <p id={`${key}-error`} className="govuk-error-message">
                      <span className="govuk-visually-hidden">Error:</span> {error}
                    </p>
                  )}
                  <input
                    className={`govuk-input govuk-input--width-3${error ? ' govuk-input--error' : ''}`}
                    id={key}
                    name={key}
                    type="text"
                    inputMode={d.unit === 'weight' ? 'decimal' : 'numeric'}
                    spellCheck={false}
                    defaultValue={values[key]}
                    aria-describedby={`${key}-hint${error ? ` ${key}-error` : ''}`}
                  />
                </div>
              );
            })}
            <h2 className="govuk-heading-m">School terms</h2>
            <p className="govuk-body">
              Personal education plans are reviewed each school term: the clock for each term falls due on its last day. Enter your authority’s term dates; they are used every year. The
              summer holiday is not a term.
            </p>
            {SCHOOL_TERM_KEYS.map((key) => {
              const error = errors.find((e) => e.field === `${key}-day`)?.message;
              return (
                <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`} key={key}>
                  <fieldset className="govuk-fieldset" role="group" aria-describedby={`${key}-hint${error ? ` ${key}-error` : ''}`}>
                    <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{SCHOOL_TERM_LABELS[key]}</legend>
                    <div id={`${key}-hint`} className="govuk-hint">
                      For example, 4 9. Lantern’s default is {dayAndMonth(DEFAULT_SCHOOL_TERMS[key])}.
                    </div>
                    {error && (
                      <p id={`${key}-error`} className="govuk-error-message">
                        <span className="govuk-visually-hidden">Error:</span> {error}
                      </p>
                    )}
                    <div className="govuk-date-input" id={key}>
                      {(['day', 'month'] as const).map((part) => (
                        <div className="govuk-date-input__item" key={part}>
                          <div className="govuk-form-group">
                            <label className="govuk-label govuk-date-input__label" htmlFor={`${key}-${part}`}>
                              {part === 'day' ? 'Day' : 'Month'}
                            </label>
                            <input
                              className={`govuk-input govuk-date-input__input govuk-input--width-2${error ? ' govuk-input--error' : ''}`}
                              id={`${key}-${part}`}
                              name={`${key}-${part}`}
                              type="text"
                              inputMode="numeric"
                              defaultValue={values[`${key}-${part}`]}
                            />
                          </div>
                        </div>
                      ))}
                    </div>
                  </fieldset>
                </div>
              );
            })}
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Save and recompute clocks
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}
