// Small building blocks for the journey schema: ISO dates and date-times, ids, optional-and-nullable.
import { Type, type TSchema } from 'typebox';

/** A calendar date, YYYY-MM-DD (a date of birth or a meeting date has no time zone). */
export const IsoDate = Type.String({ format: 'date', description: 'A date, YYYY-MM-DD' });
/** An instant: YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]; without an offset it is UK local time. */
export const IsoDateTime = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})?$',
  description: 'A date and time; without an offset it is UK local time',
});
export const Id = Type.String({ minLength: 1, maxLength: 64, description: 'An identifier unique within its record type for this child' });

/** A field that may be left out or given as null: "not yet happened". */
export function Maybe<T extends TSchema>(schema: T) {
  return Type.Optional(Type.Union([schema, Type.Null()]));
}

export const strict = { additionalProperties: false } as const;

/** Free text a worker writes (what the child said, a rationale); bounded so one record stays small. */
export const Text = (maxLength = 5000) => Type.String({ maxLength });

/** A code from one of the code sets in code-sets.ts (checked against the set when a record is written). */
export const Code = Type.String({ minLength: 1, maxLength: 40 });

/** One goal of a plan: what will change, who will do it, by when (Working Together 2023, 4.4.38). */
export const Goal = Type.Object(
  { what: Type.String({ minLength: 1, maxLength: 1000 }), who: Type.String({ minLength: 1, maxLength: 200 }), byWhen: IsoDate },
  strict,
);
