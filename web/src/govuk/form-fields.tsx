// GOV.UK Frontend form components beyond the text input: date input, textarea, radios, checkboxes,
// select. Each shows its own error message and is described by its hint and error, as the Design
// System's patterns require; the error summary links to the first input's id.
import type { ReactElement, ReactNode } from 'react';

interface Common {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function ErrorMessage({ id, error }: { id: string; error?: string }): ReactElement | null {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {error}
    </p>
  );
}

function Hint({ id, hint }: { id: string; hint?: string }): ReactElement | null {
  return hint ? <div id={`${id}-hint`} className="govuk-hint">{hint}</div> : null;
}

function Fieldset({ id, legend, hint, error, children }: { id: string; legend: string; hint?: string; error?: string; children: ReactNode }): ReactElement {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <Hint id={id} hint={hint} />
        <ErrorMessage id={id} error={error} />
        {children}
      </fieldset>
    </div>
  );
}

/** Day, month and year boxes (GOV.UK date input); the ids are `${name}-day`, `-month`, `-year`. */
export function DateInput(props: Common & { day: string; month: string; year: string; time?: { value: string } }): ReactElement {
  const { name, label, hint, error, day, month, year, time } = props;
  const id = `${name}`;
  const part = (suffix: string, text: string, value: string, width: string) => (
    <div className="govuk-date-input__item">
      <div className="govuk-form-group">
        <label className="govuk-label govuk-date-input__label" htmlFor={`${name}-${suffix}`}>
          {text}
        </label>
        <input
          className={`govuk-input govuk-date-input__input ${width}${error ? ' govuk-input--error' : ''}`}
          id={`${name}-${suffix}`}
          name={`${name}-${suffix}`}
          type="text"
          inputMode="numeric"
          defaultValue={value}
        />
      </div>
    </div>
  );
  return (
    <Fieldset id={id} legend={label} hint={hint ?? (time ? 'For example, 27 3 2025 and 14:30' : 'For example, 27 3 2025')} error={error}>
      <div className="govuk-date-input" id={id}>
        {part('day', 'Day', day, 'govuk-input--width-2')}
        {part('month', 'Month', month, 'govuk-input--width-2')}
        {part('year', 'Year', year, 'govuk-input--width-4')}
        {time && part('time', 'Time', time.value, 'govuk-input--width-4')}
      </div>
    </Fieldset>
  );
}

/** A single labelled control: the form group, its label, hint and error around it. */
function LabelledGroup({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: ReactNode }): ReactElement {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <Hint id={id} hint={hint} />
      <ErrorMessage id={id} error={error} />
      {children}
    </div>
  );
}

export function Textarea(props: Common & { value: string; rows?: number }): ReactElement {
  const { id, name, label, hint, error, value, rows = 4 } = props;
  return (
    <LabelledGroup id={id} label={label} hint={hint} error={error}>
      <textarea className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`} id={id} name={name} rows={rows} defaultValue={value} aria-describedby={describedBy(id, hint, error)} />
    </LabelledGroup>
  );
}

export function ShortText(props: Common & { value: string; width?: string }): ReactElement {
  const { id, name, label, hint, error, value, width } = props;
  return (
    <LabelledGroup id={id} label={label} hint={hint} error={error}>
      <input
        className={`govuk-input${width ? ` ${width}` : ''}${error ? ' govuk-input--error' : ''}`}
        id={id}
        name={name}
        type="text"
        defaultValue={value}
        aria-describedby={describedBy(id, hint, error)}
      />
    </LabelledGroup>
  );
}

export interface Option {
  value: string;
  label: string;
}

/** Radios: the first radio's id is the field's id, so the error summary can link to it. */
export function Radios(props: Common & { options: readonly Option[]; value: string; inline?: boolean }): ReactElement {
  const { id, name, label, hint, error, options, value, inline } = props;
  return (
    <Fieldset id={id} legend={label} hint={hint} error={error}>
      <div className={`govuk-radios${inline ? ' govuk-radios--inline' : ''} govuk-radios--small`} data-module="govuk-radios">
        {options.map((o, i) => (
          <div className="govuk-radios__item" key={o.value}>
            <input className="govuk-radios__input" id={i === 0 ? id : `${id}-${i + 1}`} name={name} type="radio" value={o.value} defaultChecked={value === o.value} />
            <label className="govuk-label govuk-radios__label" htmlFor={i === 0 ? id : `${id}-${i + 1}`}>
              {o.label}
            </label>
          </div>
        ))}
      </div>
    </Fieldset>
  );
}

export function Checkboxes(props: Common & { options: readonly Option[]; values: readonly string[] }): ReactElement {
  const { id, name, label, hint, error, options, values } = props;
  return (
    <Fieldset id={id} legend={label} hint={hint} error={error}>
      <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
        {options.map((o, i) => (
          <div className="govuk-checkboxes__item" key={o.value}>
            <input className="govuk-checkboxes__input" id={i === 0 ? id : `${id}-${i + 1}`} name={name} type="checkbox" value={o.value} defaultChecked={values.includes(o.value)} />
            <label className="govuk-label govuk-checkboxes__label" htmlFor={i === 0 ? id : `${id}-${i + 1}`}>
              {o.label}
            </label>
          </div>
        ))}
      </div>
    </Fieldset>
  );
}

export function Select(props: Common & { options: readonly Option[]; value: string; emptyLabel?: string }): ReactElement {
  const { id, name, label, hint, error, options, value, emptyLabel = 'Choose' } = props;
  return (
    <LabelledGroup id={id} label={label} hint={hint} error={error}>
      <select className={`govuk-select${error ? ' govuk-select--error' : ''}`} id={id} name={name} defaultValue={value} aria-describedby={describedBy(id, hint, error)}>
        <option value="">{emptyLabel}</option>
        {options.map((o) => (
          <option value={o.value} key={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </LabelledGroup>
  );
}
