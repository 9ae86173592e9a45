// The schema of one record of each type, as a screen or the API writes it: the item schema of the
// journey's list (or the single record itself), taken from the Journey definition so the two never drift.
import type { TSchema } from 'typebox';
import { Journey } from './journey.ts';
import type { JourneyRecordType } from './record-types.ts';

function unwrap(schema: TSchema): TSchema {
  // list(Item) is Optional(Array(Item)); Maybe(Record) is Optional(Union([Record, Null])).
  const s = schema as TSchema & { items?: TSchema; anyOf?: TSchema[] };
  if (s.items) return s.items;
  if (s.anyOf) return s.anyOf.find((branch) => (branch as { type?: string }).type !== 'null') ?? schema;
  return schema;
}

const properties = Journey.properties as Record<string, TSchema>;

export function recordSchemaOf(type: JourneyRecordType): TSchema {
  const schema = properties[type];
  if (!schema) throw new Error(`no schema for record type ${type}`);
  return unwrap(schema);
}
