import type { ReactElement } from 'react';
import { Layout, type NavItem } from '../govuk/layout.tsx';
import { ErrorSummary, SummaryList, Table, type FieldError } from '../govuk/components.tsx';
import type { ImportReport } from '../../../src/store/imports/import-batch.ts';

export interface ImportsPageProps {
  nav: NavItem[];
  user: { displayName: string; roleLabels: string[] };
  csrfToken: string;
  errors: FieldError[];
  /** The last import's outcome, shown above the forms. */
  result: { files: string[]; checkOnly: boolean; report: ImportReport } | null;
}

/** Refusals shown on the page; the command line writes any number to a CSV file. */
export const REJECTIONS_SHOWN = 1000;

const FORMAT_NAMES: Record<ImportReport['format'], string> = { 'cin-census': 'Children in need census', ssda903: 'SSDA903' };

function Result({ files, checkOnly, report }: NonNullable<ImportsPageProps['result']>): ReactElement {
  const leftOut = report.childrenLeftOut > 0;
  const refused = report.rejected.length > 0 && !leftOut;
  const rows = `${report.rejected.length} ${report.rejected.length === 1 ? 'row was' : 'rows were'} refused`;
  const heading = report.failure
    ? 'Import stopped: nothing was imported'
    : refused
      ? `${rows}: nothing was imported`
      : leftOut
        ? `${checkOnly ? 'Checked: ' : 'Imported, but '}${rows}: ${report.childrenLeftOut} ${report.childrenLeftOut === 1 ? 'child' : 'children'} left out`
        : checkOnly ? 'Checked: nothing was refused (nothing was written)' : 'Imported';
  const verb = checkOnly ? 'would be ' : '';
  return (
    <div className={refused || report.failure ? 'govuk-error-summary' : 'govuk-notification-banner govuk-notification-banner--success'} role={refused || report.failure ? 'alert' : 'status'} aria-labelledby="import-result" tabIndex={-1}>
      <div className={refused || report.failure ? '' : 'govuk-notification-banner__content'}>
        <h2 className={refused || report.failure ? 'govuk-error-summary__title' : 'govuk-notification-banner__heading'} id="import-result">
          {heading}
        </h2>
        <SummaryList
          rows={[
            { key: 'Format', value: FORMAT_NAMES[report.format] },
            { key: 'Files', value: files.join(', ') },
            { key: 'Rows read', value: String(report.rows) },
            ...(refused || report.failure ? [] : [
              ...(leftOut ? [{ key: 'Children left out', value: String(report.childrenLeftOut) }] : []),
              { key: 'Children', value: `${report.children.created} ${verb}created, ${report.children.updated} ${verb}updated, ${report.children.unchanged} unchanged` },
              { key: 'Records', value: `${report.records.created} ${verb}created, ${report.records.updated} ${verb}updated, ${report.records.unchanged} unchanged` },
            ]),
          ]}
        />
        {report.failure && <p className="govuk-body">{report.failure}</p>}
        {report.warnings.length > 0 && (
          <ul className="govuk-list govuk-list--bullet">
            {report.warnings.map((w) => (
              <li key={`${w.file}:${w.line}`}>
                Warning, {w.file} line {w.line}: {w.reason}
              </li>
            ))}
          </ul>
        )}
        {report.rejected.length > 0 && (
          <>
            <p className="govuk-body">
              {leftOut
                ? 'The children these rows belong to were left out. Correct the rows in the files (or in the system that made them) and import the files again: the children already imported will be found unchanged.'
                : 'Correct these rows in the files (or in the system that made them) and import the files again. Every row is checked before anything is written.'}
            </p>
            <Table
              caption="Rows refused"
              head={['File', 'Line', 'Field', 'Reason']}
              empty=""
              rows={report.rejected.slice(0, REJECTIONS_SHOWN).map((r) => [r.file, String(r.line), r.field ?? '', r.reason])}
            />
            {report.rejected.length > REJECTIONS_SHOWN && (
              <p className="govuk-body">
                The first {REJECTIONS_SHOWN} of {report.rejected.length} are shown. <code>lantern import … --rejections FILE.csv</code> writes them all.
              </p>
            )}
          </>
        )}
      </div>
    </div>
  );
}

function UploadForm({ csrfToken, format, errors }: { csrfToken: string; format: ImportReport['format']; errors: FieldError[] }): ReactElement {
  const id = `${format}-files`;
  const error = errors.find((e) => e.field === id)?.message;
  const cin = format === 'cin-census';
  return (
    <form method="post" action={`/admin/imports/${format}`} encType="multipart/form-data" noValidate>
      <input type="hidden" name="_csrf" value={csrfToken} />
      <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor={id}>
          {cin ? 'The census XML file' : 'The SSDA903 CSV files (choose them all at once: header, episodes, reviews…)'}
        </label>
        {error && (
          <p id={`${id}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <input className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`} id={id} name="files" type="file" accept={cin ? '.xml' : '.csv'} multiple={!cin} />
      </div>
      {!cin && (
        <div className={`govuk-form-group${errors.some((e) => e.field === 'year') ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--s" htmlFor="year">
            Collection year (optional)
          </label>
          <div id="year-hint" className="govuk-hint">
            The year the return ends, for example 2026 for 2025 to 2026. SSDA903 files do not say; if you leave this empty, the year of the latest episode is used.
          </div>
          {errors.find((e) => e.field === 'year') && (
            <p id="year-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {errors.find((e) => e.field === 'year')!.message}
            </p>
          )}
          <input className="govuk-input govuk-input--width-4" id="year" name="year" type="text" inputMode="numeric" aria-describedby="year-hint" />
        </div>
      )}
      <div className="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-bottom-4" data-module="govuk-checkboxes">
        <div className="govuk-checkboxes__item">
          <input className="govuk-checkboxes__input" id={`${format}-check`} name="checkOnly" type="checkbox" value="yes" />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={`${format}-check`}>
            Check only: report what would happen and write nothing
          </label>
        </div>
        <div className="govuk-checkboxes__item">
          <input className="govuk-checkboxes__input" id={`${format}-skip`} name="skipRefused" type="checkbox" value="yes" aria-describedby={`${format}-skip-hint`} />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={`${format}-skip`}>
            Leave out children with a refused row, and import the others
          </label>
          <div id={`${format}-skip-hint`} className="govuk-hint govuk-checkboxes__hint">
            Each child left out is left out whole, never half imported. A problem with a whole file still stops the import.
          </div>
        </div>
      </div>
      <button type="submit" className="govuk-button" data-module="govuk-button">
        {cin ? 'Import the census file' : 'Import the SSDA903 files'}
      </button>
    </form>
  );
}

export function ImportsPage({ nav, user, csrfToken, errors, result }: ImportsPageProps): ReactElement {
  return (
    <Layout title={errors.length ? 'Error: Import records' : 'Import records'} nav={nav} user={user} csrfToken={csrfToken}>
      <ErrorSummary errors={errors} />
      {result && <Result {...result} />}
      <h1 className="govuk-heading-l">Import records</h1>
      <p className="govuk-body">
        Move children’s records into Lantern from the returns another system made, for any year from 2020/21. Each child is matched by your authority’s own reference for them, and each record by
        the date the return keys it on, so importing the same files again changes nothing. Every row is checked first: if any is refused, nothing is imported and each refusal is listed with its file,
        line and field. Children new to Lantern arrive without names (returns hold none) and unallocated.
      </p>
      <h2 className="govuk-heading-m">Children in need census</h2>
      <UploadForm csrfToken={csrfToken} format="cin-census" errors={errors} />
      <h2 className="govuk-heading-m">SSDA903 (children looked after)</h2>
      <UploadForm csrfToken={csrfToken} format="ssda903" errors={errors} />
      <p className="govuk-body">For a whole authority’s migration, the command line shows progress and writes every refusal to a file: <code>lantern import ssda903 FOLDER --rejections refused.csv</code>.</p>
    </Layout>
  );
}
