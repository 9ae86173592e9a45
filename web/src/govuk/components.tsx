// Thin React renderings of the GOV.UK Frontend components Lantern uses.
import type { ReactElement, ReactNode } from 'react';

export interface FieldError {
  field: string;
  message: string;
}

export function ErrorSummary({ errors }: { errors: FieldError[] }): ReactElement | null {
  if (errors.length === 0) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((e) => (
              <li key={e.field + e.message}>
                <a href={`#${e.field}`}>{e.message}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

export function TextInput(props: {
  id: string;
  name: string;
  label: string;
  type?: 'text' | 'password';
  autoComplete?: string;
  value?: string;
  error?: string;
  width?: 'govuk-input--width-20' | 'govuk-input--width-10';
}): ReactElement {
  const { id, name, label, type = 'text', autoComplete, value, error, width } = props;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {error && (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      <input
        className={`govuk-input${width ? ` ${width}` : ''}${error ? ' govuk-input--error' : ''}`}
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={value}
        aria-describedby={error ? `${id}-error` : undefined}
        spellCheck={false}
      />
    </div>
  );
}

export interface SummaryRow {
  key: string;
  value: ReactNode;
}

export function SummaryList({ rows }: { rows: SummaryRow[] }): ReactElement {
  return (
    <dl className="govuk-summary-list">
      {rows.map((row) => (
        <div className="govuk-summary-list__row" key={row.key}>
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Table(props: { caption: string; captionHidden?: boolean; head: string[]; rows: ReactNode[][]; empty: string }): ReactElement {
  const { caption, captionHidden, head, rows, empty } = props;
  if (rows.length === 0)
    return captionHidden ? (
      <p className="govuk-body">{empty}</p>
    ) : (
      <>
        <h2 className="govuk-heading-m">{caption}</h2>
        <p className="govuk-body">{empty}</p>
      </>
    );
  return (
    <table className="govuk-table">
      <caption className={captionHidden ? 'govuk-visually-hidden' : 'govuk-table__caption govuk-table__caption--m'}>{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {head.map((h) => (
            <th scope="col" className="govuk-table__header" key={h}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((cells, i) => (
          <tr className="govuk-table__row" key={i}>
            {cells.map((cell, j) =>
              j === 0 ? (
                <th scope="row" className="govuk-table__header" key={j}>
                  {cell}
                </th>
              ) : (
                <td className="govuk-table__cell" key={j}>
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Tag({ children, colour }: { children: ReactNode; colour?: 'grey' | 'green' | 'red' | 'yellow' | 'blue' }): ReactElement {
  return <strong className={`govuk-tag${colour ? ` govuk-tag--${colour}` : ''}`}>{children}</strong>;
}

export function BackLink({ href, children }: { href: string; children: ReactNode }): ReactElement {
  return (
    <a href={href} className="govuk-back-link">
      {children}
    </a>
  );
}

export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }): ReactElement | null {
  if (pageCount <= 1) return null;
  return (
    <nav className="govuk-pagination" aria-label="Pagination">
      {page > 1 && (
        <div className="govuk-pagination__prev">
          <a className="govuk-link govuk-pagination__link" href={hrefFor(page - 1)} rel="prev">
            <span className="govuk-pagination__link-title">Previous<span className="govuk-visually-hidden"> page</span></span>
          </a>
        </div>
      )}
      <p className="govuk-body govuk-!-margin-bottom-0 lantern-pagination__position">
        Page {page} of {pageCount}
      </p>
      {page < pageCount && (
        <div className="govuk-pagination__next">
          <a className="govuk-link govuk-pagination__link" href={hrefFor(page + 1)} rel="next">
            <span className="govuk-pagination__link-title">Next<span className="govuk-visually-hidden"> page</span></span>
          </a>
        </div>
      )}
    </nav>
  );
}

export function SuccessBanner({ text }: { text: string }): ReactElement {
  return (
    <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="notice-title" data-module="govuk-notification-banner">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="notice-title">
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{text}</p>
      </div>
    </div>
  );
}
