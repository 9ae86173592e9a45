// An administrator imports a CIN census XML file or a set of SSDA903 CSVs from the browser: the same
// readers and writer as `lantern import` (src/store/imports/import-batch.ts), all or nothing, the outcome
// and every refused row shown on the page. Others are answered 404. Uploads are parsed only here.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import multipart, { type MultipartFile } from '@fastify/multipart';
import { Type } from 'typebox';
import { can } from '../../access/capabilities.ts';
import { importBatch } from '../../store/imports/import-batch.ts';
import { readReturnFiles } from '../../returns/read-return.ts';
import { originOf } from '../context.ts';
import { HttpError } from '../errors.ts';
import { renderPage } from '../render.tsx';
import { sessionOf } from '../security.ts';
import { navigationFor, userBanner } from '../navigation.ts';
import { ImportsPage, type ImportsPageProps } from '../../../web/src/pages/imports.tsx';
import type { FieldError } from '../../../web/src/govuk/components.tsx';

/** A whole LA's SSDA903 set is a few megabytes; this leaves room for a large authority's history. */
const MAX_FILE_BYTES = 100 * 1024 * 1024;

interface UploadedFile {
  name: string;
  text: string;
}

function administrator(request: FastifyRequest): NonNullable<FastifyRequest['session']> {
  const session = sessionOf(request);
  if (!can(session.actor, 'import_records')) throw new HttpError(404, 'Not found');
  return session;
}

/** The uploaded files of the "files" field: none, one or many; a file input left empty sends a nameless empty part. */
function filesOf(body: unknown): UploadedFile[] {
  const value = body && typeof body === 'object' ? (body as Record<string, unknown>).files : undefined;
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((f): f is UploadedFile => !!f && typeof f === 'object' && typeof (f as UploadedFile).name === 'string' && (f as UploadedFile).name !== '');
}

export async function importRoutes(app: FastifyInstance): Promise<void> {
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: MAX_FILE_BYTES, files: 20, fields: 5 },
    // Each file arrives as its name and its text: the readers take text, and report refusals by file name.
    async onFile(part: MultipartFile) {
      const buffer = await part.toBuffer();
      (part as MultipartFile & { value: UploadedFile }).value = { name: part.filename, text: buffer.toString('utf8') };
    },
  });

  const render = (request: FastifyRequest, reply: FastifyReply, props: Pick<ImportsPageProps, 'errors' | 'result'>, status = 200): FastifyReply => {
    const session = administrator(request);
    return renderPage(reply.code(status), ImportsPage({ nav: navigationFor(session.actor, '/admin/imports'), user: userBanner(session.actor), csrfToken: session.csrfToken, ...props }));
  };

  app.get('/admin/imports', { schema: { response: { 200: Type.String() } } }, async (request, reply) => render(request, reply, { errors: [], result: null }));

  app.post('/admin/imports/:format', { schema: { params: Type.Object({ format: Type.Union([Type.Literal('cin-census'), Type.Literal('ssda903')]) }, { additionalProperties: false }) } }, async (request, reply) => {
    const session = administrator(request);
    if (!request.isMultipart()) throw new HttpError(400, 'Send the files as a form upload (multipart/form-data).');
    const { format } = request.params as { format: 'cin-census' | 'ssda903' };
    const files = filesOf(request.body);
    const field = `${format}-files`;
    const wanted = format === 'cin-census' ? 'Choose the census XML file' : 'Choose the SSDA903 CSV files';
    if (files.length === 0) return render(request, reply, { errors: [{ field, message: wanted }], result: null }, 400);
    if (format === 'cin-census' && files.length > 1) return render(request, reply, { errors: [{ field, message: 'Choose one census XML file' }], result: null }, 400);
    const body = request.body as Record<string, unknown>;
    const checkOnly = body.checkOnly === 'yes';
    const year = typeof body.year === 'string' ? body.year.trim() : '';
    if (format === 'ssda903' && year !== '' && !/^20\d{2}$/.test(year)) return render(request, reply, { errors: [{ field: 'year', message: 'Enter the year the return ends as four digits, for example 2026' }], result: null }, 400);
    const batch = readReturnFiles(format, files, year ? { collectionYear: Number(year) } : {});
    const skipRefusedChildren = body.skipRefused === 'yes';
    const report = await importBatch(app.lantern.db, session.actor.localAuthorityId, { actor: session.actor, origin: originOf(request) }, batch, app.lantern.now(), { dryRun: checkOnly, skipRefusedChildren });
    const refused = (report.rejected.length > 0 && report.childrenLeftOut === 0) || report.failure !== null;
    return render(request, reply, { errors: [], result: { files: files.map((f) => f.name), checkOnly, report } }, refused ? 422 : 200);
  });
}
