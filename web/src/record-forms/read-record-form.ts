// Between a posted HTML form and a journey record: read the form's fields into a record (with GOV.UK
// error messages for what a person typed wrongly: an impossible date, a missing answer), turn a stored
// record back into form values, and say which input an error belongs to (the error summary links there).
import { readDateParts } from '../../../src/practice/calendar/date-parts.ts';
import type { FieldError } from '../govuk/components.tsx';
import { EMPTY_ROWS, type FormField } from './record-forms.ts';

export type FormBody = Record<string, string | string[] | undefined>;
export type FormValues = Record<string, string | string[]>;

const str = (body: FormBody, key: string): string => {
  const v = body[key];
  return (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim();
};
const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

function requiredMessage(field: FormField): string {
  switch (field.kind) {
    case 'radios':
    case 'select':
    case 'reference':
      return `Select ${lowerFirst(field.label)}`;
    case 'yesno':
      return `Select yes or no: ${lowerFirst(field.label)}`;
    case 'checkboxes':
      return `Select at least one: ${lowerFirst(field.label)}`;
    default:
      return `Enter ${lowerFirst(field.label)}`;
  }
}

/** The id of the input an error about this field (or one row of it) should link to. */
export function inputIdOf(field: FormField, row = 0): string {
  switch (field.kind) {
    case 'date':
    case 'datetime':
      return `${field.name}-day`;
    case 'tasks':
      return `${field.name}-${row}-what`;
    case 'attendees':
      return `attendees-${row}-name`;
    case 'datedRows':
    case 'dateList':
      return `${field.name}-${row}-on-day`;
    default:
      return field.name;
  }
}

function readDate(body: FormBody, name: string): { value?: string; error?: 'invalid' } {
  const read = readDateParts(str(body, `${name}-day`), str(body, `${name}-month`), str(body, `${name}-year`));
  return read.error ? { error: 'invalid' } : read.date ? { value: read.date } : {};
}

const TIME = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;
function readTime(text: string): string | null {
  const m = TIME.exec(text);
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : null;
}

export interface ReadForm {
  /** The record's fields as read (a field left empty is undefined: cleared). Fields not on this form are absent. */
  record: Record<string, unknown>;
  errors: FieldError[];
}

export function readRecordForm(fields: readonly FormField[], body: FormBody, options: { manager: boolean }): ReadForm {
  const record: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  const fail = (id: string, message: string): void => {
    errors.push({ field: id, message });
  };
  for (const field of fields) {
    if (field.managerOnly && !options.manager) continue;
    const { name, label } = field;
    let value: unknown;
    switch (field.kind) {
      case 'date': {
        const read = readDate(body, name);
        if (read.error) fail(inputIdOf(field), `${label} must be a real date`);
        value = read.value;
        break;
      }
      case 'datetime': {
        const read = readDate(body, name);
        const timeText = str(body, `${name}-time`);
        if (read.error) fail(inputIdOf(field), `${label} must be a real date`);
        else if (read.value) {
          const time = readTime(timeText);
          if (!time) fail(inputIdOf(field), `${label} must include a time, for example 14:30`);
          else value = `${read.value}T${time}`;
        } else if (timeText) fail(inputIdOf(field), `${label} must include the date`);
        break;
      }
      case 'time': {
        const text = str(body, name);
        if (text) {
          const time = readTime(text);
          if (!time) fail(name, `${label} must be a time, for example 14:30`);
          value = time ?? undefined;
        }
        break;
      }
      case 'number': {
        const text = str(body, name);
        if (text) {
          const n = Number(text);
          if (!/^\d+(\.\d+)?$/.test(text) || n < field.min || n > field.max) fail(name, `${label} must be a number from ${field.min} to ${field.max}`);
          else value = n;
        }
        break;
      }
      case 'tags': {
        const tags = str(body, name).split(',').map((t) => t.trim()).filter(Boolean);
        value = tags.length ? tags : undefined;
        break;
      }
      case 'text':
      case 'textarea':
      case 'radios':
      case 'select':
      case 'reference':
      case 'team':
        value = str(body, name) || undefined;
        break;
      case 'yesno': {
        const text = str(body, name);
        value = text === 'yes' ? true : text === 'no' ? false : undefined;
        break;
      }
      case 'checkboxes': {
        const raw = body[name];
        const list = (Array.isArray(raw) ? raw : raw ? [raw] : []).map((v) => v.trim()).filter(Boolean);
        value = list.length ? list : undefined;
        break;
      }
      case 'tasks': {
        const tasks: Record<string, string | null>[] = [];
        for (let i = 0; body[`${name}-${i}-what`] !== undefined || body[`${name}-${i}-who`] !== undefined; i++) {
          const what = str(body, `${name}-${i}-what`);
          const who = str(body, `${name}-${i}-who`);
          const by = readDate(body, `${name}-${i}-by`);
          const done = field.doneKey ? readDate(body, `${name}-${i}-done`) : {};
          const anyDate = str(body, `${name}-${i}-by-day`) || str(body, `${name}-${i}-by-month`) || str(body, `${name}-${i}-by-year`);
          if (!what && !who && !anyDate) continue;
          const n = `${field.row} ${i + 1}`;
          if (!what) fail(`${name}-${i}-what`, `${n}: enter ${field.whatLabel}`);
          if (!who) fail(`${name}-${i}-who`, `${n}: enter ${field.whoLabel}`);
          if (by.error) fail(`${name}-${i}-by-day`, `${n}: the date must be a real date`);
          else if (!by.value) fail(`${name}-${i}-by-day`, `${n}: enter by when`);
          if (done.error) fail(`${name}-${i}-done-day`, `${n}: the date done must be a real date`);
          // A carried action keeps the date of the supervision that first agreed it (a hidden field).
          const carried = field.carriedKey ? str(body, `${name}-${i}-carried`) : '';
          if (what && who && by.value && !done.error) {
            tasks.push({
              what,
              [field.whoKey]: who,
              [field.byKey]: by.value,
              ...(field.doneKey ? { [field.doneKey]: done.value ?? null } : {}),
              ...(field.carriedKey && /^\d{4}-\d{2}-\d{2}$/.test(carried) ? { [field.carriedKey]: carried } : {}),
            });
          }
        }
        value = tasks.length ? tasks : undefined;
        if (!tasks.length && field.required) fail(inputIdOf(field), requiredMessage(field));
        break;
      }
      case 'attendees': {
        const attendees: { name: string; agency: string }[] = [];
        for (let i = 0; body[`attendees-${i}-name`] !== undefined || body[`attendees-${i}-agency`] !== undefined; i++) {
          const person = str(body, `attendees-${i}-name`);
          const agency = str(body, `attendees-${i}-agency`);
          if (!person && !agency) continue;
          if (!person) fail(`attendees-${i}-name`, `Person ${i + 1}: enter their name`);
          if (!agency) fail(`attendees-${i}-agency`, `Person ${i + 1}: select their agency`);
          if (person && agency) attendees.push({ name: person, agency });
        }
        value = attendees.length ? attendees : undefined;
        break;
      }
      case 'dateList': {
        const dates: string[] = [];
        for (let i = 0; body[`${name}-${i}-on-day`] !== undefined; i++) {
          const on = readDate(body, `${name}-${i}-on`);
          if (on.error) fail(`${name}-${i}-on-day`, `${field.row} ${i + 1}: the date must be a real date`);
          else if (on.value) dates.push(on.value);
        }
        value = dates.length ? dates : undefined;
        break;
      }
      case 'datedRows': {
        const rows: Record<string, string>[] = [];
        for (let i = 0; body[`${name}-${i}-text`] !== undefined || body[`${name}-${i}-on-day`] !== undefined; i++) {
          const text = str(body, `${name}-${i}-text`);
          const on = readDate(body, `${name}-${i}-on`);
          const anyDate = str(body, `${name}-${i}-on-day`) || str(body, `${name}-${i}-on-month`) || str(body, `${name}-${i}-on-year`);
          if (!text && !anyDate) continue;
          if (on.error) fail(`${name}-${i}-on-day`, `${field.row} ${i + 1}: the ${field.dateLabel} must be a real date`);
          else if (!on.value) fail(`${name}-${i}-on-day`, `${field.row} ${i + 1}: enter the ${field.dateLabel}`);
          if (!text) fail(`${name}-${i}-text`, `${field.row} ${i + 1}: enter the ${field.textLabel}`);
          if (text && on.value) rows.push({ [field.dateKey]: on.value, [field.textKey]: text });
        }
        value = rows.length ? rows : undefined;
        break;
      }
    }
    if (value === undefined && field.required && !errors.some((e) => e.field === inputIdOf(field))) fail(inputIdOf(field), requiredMessage(field));
    record[name] = value;
  }
  return { record, errors };
}

const pad = (n: string): string => String(Number(n));

/** A stored record as the values a form shows. */
export function valuesOfRecord(fields: readonly FormField[], record: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  const putDate = (prefix: string, iso: string): void => {
    values[`${prefix}-day`] = pad(iso.slice(8, 10));
    values[`${prefix}-month`] = pad(iso.slice(5, 7));
    values[`${prefix}-year`] = iso.slice(0, 4);
  };
  for (const field of fields) {
    const v = record[field.name];
    if (v === undefined || v === null) continue;
    switch (field.kind) {
      case 'date':
        if (typeof v === 'string') putDate(field.name, v);
        break;
      case 'datetime':
        if (typeof v === 'string') {
          putDate(field.name, v.slice(0, 10));
          values[`${field.name}-time`] = v.slice(11, 16);
        }
        break;
      case 'yesno':
        values[field.name] = v === true ? 'yes' : 'no';
        break;
      case 'checkboxes':
        if (Array.isArray(v)) values[field.name] = v.map(String);
        break;
      case 'tags':
        if (Array.isArray(v)) values[field.name] = v.map(String).join(', ');
        break;
      case 'tasks':
        if (Array.isArray(v)) {
          v.forEach((t: Record<string, string | null>, i) => {
            values[`${field.name}-${i}-what`] = String(t.what ?? '');
            values[`${field.name}-${i}-who`] = String(t[field.whoKey] ?? '');
            putDate(`${field.name}-${i}-by`, String(t[field.byKey] ?? ''));
            const done = field.doneKey ? t[field.doneKey] : null;
            if (done) putDate(`${field.name}-${i}-done`, done);
            const carried = field.carriedKey ? t[field.carriedKey] : null;
            if (carried) values[`${field.name}-${i}-carried`] = carried;
          });
        }
        break;
      case 'attendees':
        if (Array.isArray(v)) {
          v.forEach((a: { name: string; agency: string }, i) => {
            values[`attendees-${i}-name`] = a.name;
            values[`attendees-${i}-agency`] = a.agency;
          });
        }
        break;
      case 'dateList':
        if (Array.isArray(v)) v.forEach((date: string, i) => putDate(`${field.name}-${i}-on`, date));
        break;
      case 'datedRows':
        if (Array.isArray(v)) {
          v.forEach((r: Record<string, string>, i) => {
            putDate(`${field.name}-${i}-on`, r[field.dateKey] ?? '');
            values[`${field.name}-${i}-text`] = r[field.textKey] ?? '';
          });
        }
        break;
      default:
        values[field.name] = String(v);
    }
  }
  return values;
}

/** A posted body as form values (to show back what was typed when the form is refused). */
export function valuesOfBody(body: FormBody): FormValues {
  const values: FormValues = {};
  for (const [k, v] of Object.entries(body)) if (v !== undefined && k !== '_csrf') values[k] = v;
  return values;
}

/** How many rows a repeating field shows: the filled ones plus a few empty. */
const ROW_KEY: Record<string, string> = { goals: 'what', actions: 'what', attendees: 'name' };

/** A repeating field's rows: `prefix` is goals, attendees, or a datedRows field's name. */
export function rowCount(values: FormValues, prefix: string): number {
  let filled = 0;
  while (values[`${prefix}-${filled}-${ROW_KEY[prefix] ?? 'text'}`] !== undefined || values[`${prefix}-${filled}-on-day`] !== undefined) filled++;
  return filled + EMPTY_ROWS + (prefix === 'attendees' && filled === 0 ? 2 : 0);
}

/** Maps a problem the store found (about a record property) to the form input it concerns. */
export function errorsForProblems(fields: readonly FormField[], problems: readonly { field: string; message: string }[]): FieldError[] {
  return problems.map((p) => {
    const field = fields.find((f) => f.name === p.field);
    return { field: field ? inputIdOf(field) : (fields[0] ? inputIdOf(fields[0]) : 'main-content'), message: p.message };
  });
}
