// Adding and changing a child's casework records in the browser: one pair of routes for every record
// type that has a form (web/src/record-forms). The store does the checking, auditing and clock
// recomputation; this file reads the form, shows errors in the GOV.UK pattern and redirects on success.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from 'typebox';
import { can } from '../../access/capabilities.ts';
import { mayWriteRecord } from '../../access/record-access.ts';
import type { JourneyRecordType } from '../../practice/journey/record-types.ts';
import { openRecord } from '../../store/journeys/open-record.ts';
import { teamsInServiceArea } from '../../store/teams.ts';
import { writeJourneyRecord, type StoredRecordVersion } from '../../store/journeys/write-journey-record.ts';
import { originOf } from '../context.ts';
import { HttpError } from '../errors.ts';
import { renderPage } from '../render.tsx';
import { sessionOf } from '../security.ts';
import { navigationFor, userBanner } from '../navigation.ts';
import { recordFormOf, type RecordForm } from '../../../web/src/record-forms/record-forms.ts';
import { errorsForProblems, readRecordForm, valuesOfBody, valuesOfRecord, type FormBody, type FormValues } from '../../../web/src/record-forms/read-record-form.ts';
import { RecordFormPage } from '../../../web/src/pages/record-form.tsx';
import type { FieldError } from '../../../web/src/govuk/components.tsx';
import { UUID_PATTERN } from './child.ts';

const TypeParams = Type.Object({ childId: Type.String({ pattern: UUID_PATTERN }), recordType: Type.String({ pattern: '^[a-zA-Z0-9]{1,40}$' }) }, { additionalProperties: false });
const RecordParams = Type.Object(
  { childId: Type.String({ pattern: UUID_PATTERN }), recordType: Type.String({ pattern: '^[a-zA-Z0-9]{1,40}$' }), recordKey: Type.String({ minLength: 1, maxLength: 64 }) },
  { additionalProperties: false },
);
type RecordParams = Static<typeof RecordParams>;
/** Any posted form: field names are checked against the record's form, values are bounded. */
export const FormPost = Type.Record(Type.String({ maxLength: 80 }), Type.Union([Type.String({ maxLength: 20000 }), Type.Array(Type.String({ maxLength: 200 }), { maxItems: 60 })]), {
  maxProperties: 200,
});

interface Shown {
  values: FormValues;
  errors: FieldError[];
  status: number;
  conflict?: { current: StoredRecordVersion; attempted: Record<string, unknown> };
}

function describeValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '(empty)';
  if (value === true) return 'Yes';
  if (value === false) return 'No';
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' ? Object.values(v as object).join(', ') : String(v))).join('; ');
  return String(value);
}

export async function recordRoutes(app: FastifyInstance): Promise<void> {
  const formFor = (request: FastifyRequest, type: string): { form: RecordForm; type: JourneyRecordType } => {
    const form = recordFormOf(type);
    if (!form) throw new HttpError(404, 'Not found');
    const session = sessionOf(request);
    if (!mayWriteRecord(session.actor, form.type)) throw new HttpError(403, `Your role cannot record a ${form.noun}.`);
    return { form, type: form.type };
  };

  const show = async (request: FastifyRequest, reply: FastifyReply, params: { childId: string; recordType: string; recordKey?: string }, shown: Partial<Shown>): Promise<FastifyReply> => {
    const session = sessionOf(request);
    const { form, type } = formFor(request, params.recordType);
    const choicesOf = form.fields.flatMap((f) => (f.kind === 'reference' ? [f.recordType] : []));
    const opened = await openRecord(app.lantern.db, session.actor, originOf(request), { childId: params.childId, recordType: type, recordKey: params.recordKey ?? null, choicesOf }, app.lantern.now());
    if (!opened) throw new HttpError(404, 'Not found');
    const referenceOptions: Record<string, { value: string; label: string }[]> = Object.fromEntries(
      form.fields.flatMap((f) => (f.kind === 'reference' ? [[f.name, opened.choices[f.recordType] ?? []]] : [])),
    );
    for (const f of form.fields) if (f.kind === 'team') referenceOptions[f.name] = await teamsInServiceArea(app.lantern.db, session.actor.localAuthorityId, f.serviceArea);
    const current = shown.conflict?.current ?? opened.record;
    const start = opened.record?.data ?? opened.prefill;
    const values = shown.conflict ? valuesOfRecord(form.fields, shown.conflict.current.data) : shown.values ?? (start ? valuesOfRecord(form.fields, start) : {});
    return renderPage(
      reply.code(shown.status ?? 200),
      RecordFormPage({
        nav: navigationFor(session.actor, request.url),
        user: userBanner(session.actor),
        csrfToken: session.csrfToken,
        child: opened.child,
        form,
        edit: current ? { recordKey: current.recordKey, version: current.version } : null,
        values,
        errors: shown.errors ?? [],
        manager: can(session.actor, 'authorise_casework'),
        referenceOptions,
        conflict: shown.conflict
          ? {
              updatedByName: shown.conflict.current.updatedByName,
              updatedAt: shown.conflict.current.updatedAt.toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'medium', timeStyle: 'short' }),
              attempted: form.fields.filter((f) => f.name in shown.conflict!.attempted).map((f) => ({ label: f.label, value: describeValue(shown.conflict!.attempted[f.name]) })),
            }
          : null,
      }),
    );
  };

  const save = async (request: FastifyRequest, reply: FastifyReply, params: { childId: string; recordType: string; recordKey?: string }): Promise<FastifyReply> => {
    const session = sessionOf(request);
    const { form, type } = formFor(request, params.recordType);
    const body = request.body as FormBody;
    const manager = can(session.actor, 'authorise_casework');
    const read = readRecordForm(form.fields, body, { manager });
    if (read.errors.length) return show(request, reply, params, { status: 400, values: valuesOfBody(body), errors: read.errors });
    const versionText = typeof body.version === 'string' ? body.version : '';
    if (params.recordKey && !/^\d{1,9}$/.test(versionText)) throw new HttpError(400, 'The form is missing the version of the record it changes. Open the record again.');
    const result = await writeJourneyRecord(
      app.lantern.db,
      session.actor,
      originOf(request),
      { childId: params.childId, recordType: type, record: read.record, merge: true, ...(params.recordKey ? { edit: { recordKey: params.recordKey, expectedVersion: Number(versionText) } } : {}) },
      app.lantern.now(),
    );
    if (result.ok) return reply.redirect(`/children/${params.childId}?saved=${encodeURIComponent(type)}`, 303);
    switch (result.reason) {
      case 'not_found':
        throw new HttpError(404, 'Not found');
      case 'forbidden':
        throw new HttpError(403, result.message);
      case 'invalid':
        return show(request, reply, params, { status: 400, values: valuesOfBody(body), errors: errorsForProblems(form.fields, result.problems) });
      case 'conflict':
        return show(request, reply, params, {
          status: 409,
          errors: [{ field: 'conflict', message: `Someone else saved this ${form.noun} while you were editing. Your changes have not been saved.` }],
          conflict: { current: result.current, attempted: read.record },
        });
    }
  };

  app.get('/children/:childId/records/:recordType/new', { schema: { params: TypeParams, response: { 200: Type.String() } } }, async (request, reply) =>
    show(request, reply, request.params as Static<typeof TypeParams>, {}),
  );
  app.post('/children/:childId/records/:recordType', { schema: { params: TypeParams, body: FormPost } }, async (request, reply) => save(request, reply, request.params as Static<typeof TypeParams>));
  app.get('/children/:childId/records/:recordType/:recordKey', { schema: { params: RecordParams, response: { 200: Type.String() } } }, async (request, reply) =>
    show(request, reply, request.params as RecordParams, {}),
  );
  app.post('/children/:childId/records/:recordType/:recordKey', { schema: { params: RecordParams, body: FormPost } }, async (request, reply) => save(request, reply, request.params as RecordParams));
}
