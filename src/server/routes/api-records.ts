// The JSON API for casework records: list, add and change each record type that has a screen, with the
// record's own TypeBox schema as the request body (unknown fields refused, 400 naming the field). A
// change names the version it started from; a stale version answers 409 with the current record.
import type { FastifyInstance } from 'fastify';
import { Type, type Static, type TSchema } from 'typebox';
import { RECORD_WRITERS } from '../../access/record-access.ts';
import { recordSchemaOf } from '../../practice/journey/record-schemas.ts';
import type { JourneyRecordType } from '../../practice/journey/record-types.ts';
import { Id } from '../../practice/journey/schema-helpers.ts';
import { listChildRecords } from '../../store/journeys/open-record.ts';
import { openChronology } from '../../store/journeys/open-chronology.ts';
import { writeJourneyRecord, type RecordWriteResult } from '../../store/journeys/write-journey-record.ts';
import { originOf } from '../context.ts';
import { ErrorBody, HttpError } from '../errors.ts';
import { sessionOf } from '../security.ts';
import { ChildParams, UUID_PATTERN } from './child.ts';

const KeyParams = Type.Object({ childId: Type.String({ pattern: UUID_PATTERN }), recordKey: Type.String({ minLength: 1, maxLength: 64 }) }, { additionalProperties: false });
type KeyParams = Static<typeof KeyParams>;

const Saved = Type.Object({ recordKey: Type.String(), version: Type.Integer(), record: Type.Record(Type.String(), Type.Unknown()) }, { additionalProperties: false });
const Conflict = Type.Object(
  { statusCode: Type.Literal(409), error: Type.String(), message: Type.String(), current: Type.Object({ recordKey: Type.String(), version: Type.Integer(), record: Type.Record(Type.String(), Type.Unknown()) }) },
  { additionalProperties: false },
);
const Invalid = Type.Object(
  {
    statusCode: Type.Literal(400),
    error: Type.String(),
    message: Type.String(),
    /** Set when the request itself does not fit the schema (Fastify's validation): the first field at fault. */
    field: Type.Optional(Type.String()),
    /** Set when the record fits its schema but breaks a practice rule: every problem, by field. */
    problems: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String() }))),
  },
  { additionalProperties: false },
);

/** The record's schema with its id optional: a new record may leave the id for Lantern to make. */
function newRecordSchema(type: JourneyRecordType): TSchema {
  const schema = recordSchemaOf(type) as TSchema & { properties: Record<string, TSchema> };
  return Type.Object({ ...schema.properties, id: Type.Optional(Id) }, { additionalProperties: false });
}

export async function apiRecordRoutes(app: FastifyInstance): Promise<void> {
  const answer = (reply: import('fastify').FastifyReply, result: RecordWriteResult, created: boolean) => {
    if (result.ok) return reply.code(created ? 201 : 200).send({ recordKey: result.recordKey, version: result.version, record: result.record });
    switch (result.reason) {
      case 'not_found':
        throw new HttpError(404, 'Not found');
      case 'forbidden':
        throw new HttpError(403, result.message);
      case 'invalid':
        return reply.code(400).send({ statusCode: 400, error: 'Bad Request', message: result.problems.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message)).join('; '), problems: result.problems });
      case 'conflict':
        return reply.code(409).send({
          statusCode: 409,
          error: 'Conflict',
          message: `Someone else changed this record (now version ${result.current.version}); nothing was saved`,
          current: { recordKey: result.current.recordKey, version: result.current.version, record: result.current.data },
        });
    }
  };

  for (const type of Object.keys(RECORD_WRITERS) as JourneyRecordType[]) {
    const Listed = Type.Object({ records: Type.Array(Type.Object({ recordKey: Type.String(), version: Type.Integer(), record: recordSchemaOf(type) })) }, { additionalProperties: false });
    const Change = Type.Object({ version: Type.Integer({ minimum: 1 }), record: recordSchemaOf(type) }, { additionalProperties: false });

    app.get(`/children/:childId/records/${type}`, { schema: { params: ChildParams, response: { 200: Listed, 404: ErrorBody } } }, async (request) => {
      const session = sessionOf(request);
      const { childId } = request.params as ChildParams;
      const records = await listChildRecords(app.lantern.db, session.actor, originOf(request), childId, type, app.lantern.now());
      if (!records) throw new HttpError(404, 'Not found');
      return { records: records.map((r) => ({ recordKey: r.recordKey, version: r.version, record: r.data })) };
    });

    app.post(`/children/:childId/records/${type}`, { schema: { params: ChildParams, body: newRecordSchema(type), response: { 201: Saved, 400: Invalid, 404: ErrorBody, 409: Conflict } } }, async (request, reply) => {
      const session = sessionOf(request);
      const { childId } = request.params as ChildParams;
      const result = await writeJourneyRecord(app.lantern.db, session.actor, originOf(request), { childId, recordType: type, record: request.body as Record<string, unknown> }, app.lantern.now());
      return answer(reply, result, true);
    });

    app.put(`/children/:childId/records/${type}/:recordKey`, { schema: { params: KeyParams, body: Change, response: { 200: Saved, 400: Invalid, 404: ErrorBody, 409: Conflict } } }, async (request, reply) => {
      const session = sessionOf(request);
      const { childId, recordKey } = request.params as KeyParams;
      const { version, record } = request.body as { version: number; record: Record<string, unknown> };
      const result = await writeJourneyRecord(app.lantern.db, session.actor, originOf(request), { childId, recordType: type, record, edit: { recordKey, expectedVersion: version } }, app.lantern.now());
      return answer(reply, result, false);
    });
  }

  const Event = Type.Object({ at: Type.String(), date: Type.String(), kind: Type.String(), recordType: Type.String(), recordId: Type.String(), title: Type.String(), detail: Type.String() });
  const Flag = Type.Object({ kind: Type.String(), recordType: Type.String(), recordId: Type.String(), date: Type.String(), message: Type.String() });
  app.get('/children/:childId/chronology', { schema: { params: ChildParams, response: { 200: Type.Object({ events: Type.Array(Event), flags: Type.Array(Flag) }), 404: ErrorBody } } }, async (request) => {
    const session = sessionOf(request);
    const { childId } = request.params as ChildParams;
    const chronology = await openChronology(app.lantern.db, session.actor, originOf(request), childId, app.lantern.now());
    if (!chronology) throw new HttpError(404, 'Not found');
    return { events: chronology.events, flags: chronology.flags };
  });
}
