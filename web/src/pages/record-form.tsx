// One page for adding or changing any casework record: the fields come from record-forms.ts. When a
// save is refused because someone else saved first, the page shows their version and, beneath it, what
// this person typed, so nothing they wrote is lost.
import type { ReactElement } from 'react';
import { Layout, type NavItem } from '../govuk/layout.tsx';
import { BackLink, ErrorSummary, Tag, type FieldError } from '../govuk/components.tsx';
import { Checkboxes, DateInput, Radios, Select, ShortText, Textarea, type Option } from '../govuk/form-fields.tsx';
import { AGENCIES, YES_NO, type FormField, type RecordForm } from '../record-forms/record-forms.ts';
import { inputIdOf, rowCount, type FormValues } from '../record-forms/read-record-form.ts';
import { formatDate } from '../format.ts';

export interface RecordFormPageProps {
  nav: NavItem[];
  user: { displayName: string; roleLabels: string[] };
  csrfToken: string;
  child: { id: string; name: string };
  form: RecordForm;
  /** Null for a new record. */
  edit: { recordKey: string; version: number } | null;
  values: FormValues;
  errors: FieldError[];
  manager: boolean;
  referenceOptions: Record<string, Option[]>;
  conflict: { updatedByName: string | null; updatedAt: string; attempted: { label: string; value: string }[] } | null;
}

const options = (set: readonly (readonly [string, string])[]): Option[] => set.map(([value, label]) => ({ value, label }));
const one = (values: FormValues, key: string): string => {
  const v = values[key];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
};
const many = (values: FormValues, key: string): string[] => {
  const v = values[key];
  return Array.isArray(v) ? v : v ? [v] : [];
};

export function Field({ field, values, errors, referenceOptions }: { field: FormField; values: FormValues; errors: FieldError[]; referenceOptions: Record<string, Option[]> }): ReactElement {
  const errorFor = (id: string): string | undefined => errors.find((e) => e.field === id)?.message;
  const error = errorFor(inputIdOf(field));
  const common = { id: field.name, name: field.name, label: field.label, hint: field.hint, error };
  switch (field.kind) {
    case 'date':
      return <DateInput {...common} day={one(values, `${field.name}-day`)} month={one(values, `${field.name}-month`)} year={one(values, `${field.name}-year`)} />;
    case 'datetime':
      return (
        <DateInput
          {...common}
          day={one(values, `${field.name}-day`)}
          month={one(values, `${field.name}-month`)}
          year={one(values, `${field.name}-year`)}
          time={{ value: one(values, `${field.name}-time`) }}
        />
      );
    case 'time':
      return <ShortText {...common} value={one(values, field.name)} width="govuk-input--width-5" />;
    case 'text':
      return <ShortText {...common} value={one(values, field.name)} width="govuk-!-width-two-thirds" />;
    case 'tags':
      return <ShortText {...common} hint={field.hint ?? 'Separate them with commas'} value={one(values, field.name)} width="govuk-!-width-two-thirds" />;
    case 'number':
      return <ShortText {...common} value={one(values, field.name)} width="govuk-input--width-5" />;
    case 'textarea':
      return <Textarea {...common} value={one(values, field.name)} rows={field.rows} />;
    case 'radios':
      return <Radios {...common} options={options(field.options)} value={one(values, field.name)} />;
    case 'select':
      return <Select {...common} options={options(field.options)} value={one(values, field.name)} />;
    case 'checkboxes':
      return <Checkboxes {...common} options={options(field.options)} values={many(values, field.name)} />;
    case 'yesno':
      return <Radios {...common} options={options(YES_NO)} value={one(values, field.name)} inline />;
    case 'reference':
    case 'team':
      return <Select {...common} options={referenceOptions[field.name] ?? []} value={one(values, field.name)} emptyLabel="None" />;
    case 'tasks': {
      const rows = rowCount(values, field.name);
      const n = (i: number) => `${field.row} ${i + 1}`;
      return (
        <div className="govuk-form-group">
          <h2 className="govuk-heading-s">{field.label}</h2>
          {field.hint && <p className="govuk-hint">{field.hint}</p>}
          {Array.from({ length: rows }, (_, i) => (
            <div className="lantern-repeat" key={i}>
              {field.carriedKey && one(values, `${field.name}-${i}-carried`) && (
                <p className="govuk-body">
                  <input type="hidden" name={`${field.name}-${i}-carried`} value={one(values, `${field.name}-${i}-carried`)} />
                  <Tag colour="blue">Carried</Tag> {n(i)} was agreed at the supervision of {formatDate(one(values, `${field.name}-${i}-carried`))} and is still open
                </p>
              )}
              <Textarea id={`${field.name}-${i}-what`} name={`${field.name}-${i}-what`} label={`${n(i)}: ${field.whatLabel}`} value={one(values, `${field.name}-${i}-what`)} rows={2} error={errorFor(`${field.name}-${i}-what`)} />
              <ShortText id={`${field.name}-${i}-who`} name={`${field.name}-${i}-who`} label={`${n(i)}: ${field.whoLabel}`} value={one(values, `${field.name}-${i}-who`)} error={errorFor(`${field.name}-${i}-who`)} />
              <DateInput
                id={`${field.name}-${i}-by`}
                name={`${field.name}-${i}-by`}
                label={`${n(i)}: by when`}
                day={one(values, `${field.name}-${i}-by-day`)}
                month={one(values, `${field.name}-${i}-by-month`)}
                year={one(values, `${field.name}-${i}-by-year`)}
                error={errorFor(`${field.name}-${i}-by-day`)}
              />
              {field.doneKey && (
                <DateInput
                  id={`${field.name}-${i}-done`}
                  name={`${field.name}-${i}-done`}
                  label={`${n(i)}: date done`}
                  hint="Leave empty while it is still to do"
                  day={one(values, `${field.name}-${i}-done-day`)}
                  month={one(values, `${field.name}-${i}-done-month`)}
                  year={one(values, `${field.name}-${i}-done-year`)}
                  error={errorFor(`${field.name}-${i}-done-day`)}
                />
              )}
            </div>
          ))}
        </div>
      );
    }
    case 'dateList': {
      const rows = rowCount(values, field.name);
      return (
        <div className="govuk-form-group">
          <h2 className="govuk-heading-s">{field.label}</h2>
          {field.hint && <p className="govuk-hint">{field.hint}</p>}
          {Array.from({ length: rows }, (_, i) => (
            <DateInput
              key={i}
              id={`${field.name}-${i}-on`}
              name={`${field.name}-${i}-on`}
              label={`${field.row} ${i + 1}`}
              day={one(values, `${field.name}-${i}-on-day`)}
              month={one(values, `${field.name}-${i}-on-month`)}
              year={one(values, `${field.name}-${i}-on-year`)}
              error={errorFor(`${field.name}-${i}-on-day`)}
            />
          ))}
        </div>
      );
    }
    case 'datedRows': {
      const rows = rowCount(values, field.name);
      return (
        <div className="govuk-form-group">
          <h2 className="govuk-heading-s">{field.label}</h2>
          {Array.from({ length: rows }, (_, i) => (
            <div className="lantern-repeat" key={i}>
              <DateInput
                id={`${field.name}-${i}-on`}
                name={`${field.name}-${i}-on`}
                label={`${field.row} ${i + 1}: ${field.dateLabel}`}
                day={one(values, `${field.name}-${i}-on-day`)}
                month={one(values, `${field.name}-${i}-on-month`)}
                year={one(values, `${field.name}-${i}-on-year`)}
                error={errorFor(`${field.name}-${i}-on-day`)}
              />
              <ShortText
                id={`${field.name}-${i}-text`}
                name={`${field.name}-${i}-text`}
                label={`${field.row} ${i + 1}: ${field.textLabel}`}
                hint={field.textHint}
                value={one(values, `${field.name}-${i}-text`)}
                error={errorFor(`${field.name}-${i}-text`)}
              />
            </div>
          ))}
        </div>
      );
    }
    case 'attendees': {
      const rows = rowCount(values, 'attendees');
      return (
        <div className="govuk-form-group">
          <h2 className="govuk-heading-s">{field.label}</h2>
          {field.hint && <p className="govuk-hint">{field.hint}</p>}
          {Array.from({ length: rows }, (_, i) => (
            <div className="lantern-repeat" key={i}>
              <ShortText id={`attendees-${i}-name`} name={`attendees-${i}-name`} label={`Person ${i + 1}: name`} value={one(values, `attendees-${i}-name`)} error={errorFor(`attendees-${i}-name`)} />
              <Select id={`attendees-${i}-agency`} name={`attendees-${i}-agency`} label={`Person ${i + 1}: agency`} options={options(AGENCIES)} value={one(values, `attendees-${i}-agency`)} error={errorFor(`attendees-${i}-agency`)} />
            </div>
          ))}
        </div>
      );
    }
  }
}

export function RecordFormPage(props: RecordFormPageProps): ReactElement {
  const { nav, user, csrfToken, child, form, edit, values, errors, manager, referenceOptions, conflict } = props;
  const title = `${edit ? 'Change' : 'Add'} ${form.noun}`;
  const action = edit ? `/children/${child.id}/records/${form.type}/${encodeURIComponent(edit.recordKey)}` : `/children/${child.id}/records/${form.type}`;
  return (
    <Layout title={`${errors.length ? 'Error: ' : ''}${title}: ${child.name}`} nav={nav} user={user} csrfToken={csrfToken}>
      <BackLink href={`/children/${child.id}`}>Back to {child.name}</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <span className="govuk-caption-l">{child.name}</span>
          <h1 className="govuk-heading-l">{title.charAt(0).toUpperCase() + title.slice(1)}</h1>
          {conflict && (
            <div className="govuk-inset-text" id="conflict">
              <p className="govuk-body">
                {conflict.updatedByName ?? 'Someone else'} saved this {form.noun} at {conflict.updatedAt} while you were editing. Their version is shown in the form. Your changes were not saved:
                check them below and make them again if they are still right.
              </p>
              <dl className="govuk-summary-list govuk-summary-list--no-border">
                {conflict.attempted.map((row) => (
                  <div className="govuk-summary-list__row" key={row.label}>
                    <dt className="govuk-summary-list__key">{row.label}</dt>
                    <dd className="govuk-summary-list__value">{row.value}</dd>
                  </div>
                ))}
              </dl>
            </div>
          )}
          <form method="post" action={action} noValidate>
            <input type="hidden" name="_csrf" value={csrfToken} />
            {edit && <input type="hidden" name="version" value={String(edit.version)} />}
            {form.fields
              .filter((f) => manager || !f.managerOnly)
              .map((field) => (
                <Field key={field.name} field={field} values={values} errors={errors} referenceOptions={referenceOptions} />
              ))}
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Save {form.noun}
            </button>
          </form>
        </div>
      </div>
    </Layout>
  );
}
