// The front door: the inbox of submitted contacts, taking one onto a child's record (found by search,
// or a new child after a duplicate check), the decision with the family's history in view, and a
// manager's sign-off.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from 'typebox';
import { can } from '../../access/capabilities.ts';
import { mayWriteRecord } from '../../access/record-access.ts';
import { readDateParts } from '../../practice/calendar/date-parts.ts';
import { englandDateOf } from '../../practice/clocks/instant.ts';
import { normaliseNhsNumber } from '../../practice/identity/nhs-number.ts';
import { listWaitingSubmissions, openSubmission, submitContact } from '../../store/front-door/contact-submissions.ts';
import { REFERRAL_SOURCES } from '../../practice/journey/code-sets.ts';
import { ContactForm, readContactForm, type ContactForm as ContactFormBody } from './partner.ts';
import { PartnerContactFormPage } from '../../../web/src/pages/partner-contacts.tsx';
import { acceptSubmission } from '../../store/front-door/accept-submission.ts';
import { decideContact, signOffContact } from '../../store/front-door/decide-contact.ts';
import { listContactsAwaiting, openContact } from '../../store/front-door/front-door-work.ts';
import { searchChildren, type ChildMatch } from '../../store/children/search-children.ts';
import { loadLocalCalendar } from '../../store/clocks/local-standards.ts';
import { withTenant } from '../../store/tenant.ts';
import type { NewChild } from '../../store/children/create-child.ts';
import { originOf } from '../context.ts';
import { HttpError } from '../errors.ts';
import { renderPage } from '../render.tsx';
import { sessionOf } from '../security.ts';
import { navigationFor, userBanner } from '../navigation.ts';
import { ContactDecisionPage, FrontDoorPage, SubmissionPage } from '../../../web/src/pages/front-door.tsx';
import type { FieldError } from '../../../web/src/govuk/components.tsx';
import { UUID_PATTERN } from './child.ts';

const SubmissionParams = Type.Object({ submissionId: Type.String({ pattern: UUID_PATTERN }) }, { additionalProperties: false });
type SubmissionParams = Static<typeof SubmissionParams>;
const ContactParams = Type.Object({ childId: Type.String({ pattern: UUID_PATTERN }), contactKey: Type.String({ minLength: 1, maxLength: 64 }) }, { additionalProperties: false });
type ContactParams = Static<typeof ContactParams>;
const F = (max: number) => Type.Optional(Type.String({ maxLength: max }));
const AcceptForm = Type.Object(
  {
    _csrf: F(200),
    version: Type.String({ pattern: '^\\d{1,9}$' }),
    childId: Type.Optional(Type.String({ pattern: UUID_PATTERN })),
    newChild: Type.Optional(Type.Literal('1')),
    givenName: F(100),
    familyName: F(100),
    'dateOfBirth-day': F(4),
    'dateOfBirth-month': F(4),
    'dateOfBirth-year': F(6),
    sex: F(2),
    nhsNumber: F(20),
    confirmNotDuplicate: F(5),
  },
  { additionalProperties: false },
);
type AcceptForm = Static<typeof AcceptForm>;
const DecisionForm = Type.Object({ _csrf: F(200), version: Type.String({ pattern: '^\\d{1,9}$' }), outcome: F(40), decisionRationale: F(10000) }, { additionalProperties: false });
type DecisionForm = Static<typeof DecisionForm>;
const Q = (max: number) => Type.Optional(Type.String({ maxLength: max }));
const SearchAgain = Type.Object({ givenName: Q(100), familyName: Q(100), 'dob-day': Q(4), 'dob-month': Q(4), 'dob-year': Q(6), nhsNumber: Q(20) }, { additionalProperties: false });
type SearchAgain = Static<typeof SearchAgain>;
const SignOffForm = Type.Object({ _csrf: F(200), version: Type.String({ pattern: '^\\d{1,9}$' }) }, { additionalProperties: false });

function frontDoor(request: FastifyRequest): NonNullable<FastifyRequest['session']> {
  const session = sessionOf(request);
  if (!can(session.actor, 'work_front_door') && !can(session.actor, 'authorise_casework')) throw new HttpError(404, 'Not found');
  return session;
}

export async function frontDoorRoutes(app: FastifyInstance): Promise<void> {
  app.get('/front-door', { schema: { response: { 200: Type.String() } } }, async (request, reply) => {
    const session = frontDoor(request);
    const now = app.lantern.now();
    const waiting = can(session.actor, 'work_front_door') ? await listWaitingSubmissions(app.lantern.db, session.actor, originOf(request), now) : [];
    const calendar = await withTenant(app.lantern.db, session.actor.localAuthorityId, (tx) => loadLocalCalendar(tx));
    const today = englandDateOf(now);
    const { awaitingDecision, awaitingSignOff } = await listContactsAwaiting(app.lantern.db, session.actor, originOf(request), now);
    return renderPage(
      reply,
      FrontDoorPage({
        nav: navigationFor(session.actor, '/front-door'),
        user: userBanner(session.actor),
        csrfToken: session.csrfToken,
        // The 1 WD decision clock (PRACTICE.md §3, LOCAL): due the next working day after arrival.
        waiting: waiting.map((s) => {
          const due = calendar.addWorkingDays(englandDateOf(s.submittedAt), 1);
          return { ...s, decisionDue: due, overdue: today > due };
        }),
        today,
        awaitingDecision,
        awaitingSignOff,
        canSignOff: can(session.actor, 'authorise_casework'),
        canRecordContacts: can(session.actor, 'work_front_door'),
      }),
    );
  });

  const showSubmission = async (request: FastifyRequest, reply: FastifyReply, status: number, extra: { errors?: FieldError[]; duplicateWarning?: boolean; values?: Record<string, string>; matches?: ChildMatch[] }): Promise<FastifyReply> => {
    const session = frontDoor(request);
    const { submissionId } = request.params as SubmissionParams;
    const now = app.lantern.now();
    const submission = await openSubmission(app.lantern.db, session.actor, originOf(request), submissionId, now);
    if (!submission) throw new HttpError(404, 'Not found');
    if (submission.status !== 'received' && submission.childId && submission.contactKey) {
      return reply.redirect(`/children/${submission.childId}/contacts/${encodeURIComponent(submission.contactKey)}/decide`, 303);
    }
    // The worker may search again with other details (an NHS number, a different spelling).
    const again = (request.method === 'GET' ? request.query : {}) as SearchAgain;
    const dob = readDateParts(again['dob-day'], again['dob-month'], again['dob-year']);
    const searchedAgain = Object.values(again).some((v) => typeof v === 'string' && v.trim() !== '');
    const search = searchedAgain
      ? { givenName: again.givenName, familyName: again.familyName, dateOfBirth: dob.date, nhsNumber: again.nhsNumber ? normaliseNhsNumber(again.nhsNumber) : null }
      : { givenName: submission.childGivenName, familyName: submission.childFamilyName, dateOfBirth: submission.childDateOfBirth };
    const matches = extra.matches ?? (await searchChildren(app.lantern.db, session.actor, originOf(request), search, now));
    return renderPage(
      reply.code(status),
      SubmissionPage({ nav: navigationFor(session.actor, '/front-door'), user: userBanner(session.actor), csrfToken: session.csrfToken, submission, matches, errors: extra.errors ?? [], duplicateWarning: extra.duplicateWarning ?? false, values: extra.values ?? {} }),
    );
  };

  // A contact that came by phone or email: the front door records it, and it is matched like any other.
  app.get('/front-door/contacts/new', { schema: { response: { 200: Type.String() } } }, async (request, reply) => {
    const session = frontDoor(request);
    if (!can(session.actor, 'work_front_door')) throw new HttpError(404, 'Not found');
    return renderPage(reply, PartnerContactFormPage({ nav: navigationFor(session.actor, '/front-door'), user: userBanner(session.actor), csrfToken: session.csrfToken, values: {}, errors: [], frontDoor: true }));
  });

  app.post('/front-door/contacts/new', { schema: { body: ContactForm } }, async (request, reply) => {
    const session = frontDoor(request);
    if (!can(session.actor, 'work_front_door')) throw new HttpError(404, 'Not found');
    const form = request.body as ContactFormBody;
    const now = app.lantern.now();
    const { input, errors } = readContactForm(form, englandDateOf(now), REFERRAL_SOURCES);
    if (!input) {
      const values = Object.fromEntries(Object.entries(form).filter(([k, v]) => k !== '_csrf' && typeof v === 'string')) as Record<string, string>;
      return renderPage(reply.code(400), PartnerContactFormPage({ nav: navigationFor(session.actor, '/front-door'), user: userBanner(session.actor), csrfToken: session.csrfToken, values, errors, frontDoor: true }));
    }
    const { id } = await submitContact(app.lantern.db, session.actor, originOf(request), input, now);
    return reply.redirect(`/front-door/submissions/${id}`, 303);
  });

  app.get('/front-door/submissions/:submissionId', { schema: { params: SubmissionParams, querystring: SearchAgain, response: { 200: Type.String() } } }, async (request, reply) => showSubmission(request, reply, 200, {}));

  app.post('/front-door/submissions/:submissionId/accept', { schema: { params: SubmissionParams, body: AcceptForm } }, async (request, reply) => {
    const session = frontDoor(request);
    if (!can(session.actor, 'work_front_door')) throw new HttpError(403, 'Only the front door can take a contact onto a child’s record.');
    const { submissionId } = request.params as SubmissionParams;
    const form = request.body as AcceptForm;
    const now = app.lantern.now();
    const values = Object.fromEntries(Object.entries(form).filter(([k, v]) => k !== '_csrf' && typeof v === 'string')) as Record<string, string>;
    let child: { existingChildId: string } | { newChild: NewChild; confirmedNotDuplicate: boolean };
    if (form.childId) child = { existingChildId: form.childId };
    else {
      const errors: FieldError[] = [];
      const dob = readDateParts(form['dateOfBirth-day'], form['dateOfBirth-month'], form['dateOfBirth-year']);
      if (dob.error) errors.push({ field: 'dateOfBirth-day', message: 'Date of birth must be a real date' });
      const sex = form.sex ?? '';
      if (sex !== '1' && sex !== '2' && sex !== '9') errors.push({ field: 'sex', message: 'Select the child’s sex' });
      const nhsText = form.nhsNumber?.trim() ?? '';
      const nhs = nhsText ? normaliseNhsNumber(nhsText) : null;
      if (nhsText && !nhs) errors.push({ field: 'nhsNumber', message: 'Enter a valid NHS number (10 digits), or leave it empty' });
      if (errors.length) return showSubmission(request, reply, 400, { errors, values });
      child = {
        newChild: { givenName: form.givenName ?? '', familyName: form.familyName ?? '', dateOfBirth: dob.date, expectedDateOfBirth: null, sex: sex as NewChild['sex'], nhsNumber: nhs },
        confirmedNotDuplicate: form.confirmNotDuplicate === 'yes',
      };
    }
    const result = await acceptSubmission(app.lantern.db, session.actor, originOf(request), { submissionId, expectedVersion: Number(form.version), child }, now);
    if (result.ok) return reply.redirect(`/children/${result.childId}/contacts/${encodeURIComponent(result.contactKey)}/decide`, 303);
    switch (result.reason) {
      case 'not_found':
        throw new HttpError(404, 'Not found');
      case 'already_taken':
        throw new HttpError(409, 'Another front door worker has already taken this contact onto a child’s record. Go back to the front door to see it.');
      case 'possible_duplicates':
        return showSubmission(request, reply, 409, {
          errors: [{ field: 'confirmNotDuplicate', message: 'Check the children listed are not this child, then confirm, before you make a new record' }],
          duplicateWarning: true,
          values,
          matches: result.matches,
        });
      case 'invalid':
        return showSubmission(request, reply, 400, { errors: result.problems.map((p) => ({ field: p.field === 'dateOfBirth' ? 'dateOfBirth-day' : p.field, message: p.message })), values });
    }
  });

  const showContact = async (request: FastifyRequest, reply: FastifyReply, status: number, extra: { errors?: FieldError[]; values?: Record<string, string> }): Promise<FastifyReply> => {
    const session = sessionOf(request);
    const { childId, contactKey } = request.params as ContactParams;
    const opened = await openContact(app.lantern.db, session.actor, originOf(request), childId, contactKey, app.lantern.now());
    if (!opened) throw new HttpError(404, 'Not found');
    return renderPage(
      reply.code(status),
      ContactDecisionPage({
        nav: navigationFor(session.actor, '/front-door'),
        user: userBanner(session.actor),
        csrfToken: session.csrfToken,
        ...opened,
        values: extra.values ?? {},
        errors: extra.errors ?? [],
        canDecide: mayWriteRecord(session.actor, 'contacts') && can(session.actor, 'work_front_door'),
        canSignOff: can(session.actor, 'authorise_casework'),
      }),
    );
  };

  app.get('/children/:childId/contacts/:contactKey/decide', { schema: { params: ContactParams, response: { 200: Type.String() } } }, async (request, reply) => showContact(request, reply, 200, {}));

  app.post('/children/:childId/contacts/:contactKey/decide', { schema: { params: ContactParams, body: DecisionForm } }, async (request, reply) => {
    const session = sessionOf(request);
    if (!can(session.actor, 'work_front_door')) throw new HttpError(403, 'Only the front door can decide a contact.');
    const { childId, contactKey } = request.params as ContactParams;
    const form = request.body as DecisionForm;
    const values = { outcome: form.outcome ?? '', decisionRationale: form.decisionRationale ?? '' };
    const errors: FieldError[] = [];
    if (!form.outcome) errors.push({ field: 'outcome', message: 'Select the decision' });
    if (!form.decisionRationale?.trim()) errors.push({ field: 'decisionRationale', message: 'Enter the reasons for the decision' });
    if (errors.length) return showContact(request, reply, 400, { errors, values });
    const result = await decideContact(app.lantern.db, session.actor, originOf(request), { childId, contactKey, expectedVersion: Number(form.version), outcome: form.outcome ?? '', rationale: form.decisionRationale?.trim() ?? '' }, app.lantern.now());
    if (result.ok) return reply.redirect(`/children/${childId}?saved=contacts`, 303);
    if (result.reason === 'not_found') throw new HttpError(404, 'Not found');
    if (result.reason === 'forbidden') throw new HttpError(403, result.message);
    if (result.reason === 'conflict') return showContact(request, reply, 409, { errors: [{ field: 'outcome', message: 'Someone else recorded a decision on this contact while you were deciding. Theirs is shown; yours was not saved.' }] });
    return showContact(request, reply, 400, { errors: result.problems.map((p) => ({ field: p.field === 'outcome' ? 'outcome' : 'decisionRationale', message: p.message })), values });
  });

  app.post('/children/:childId/contacts/:contactKey/sign-off', { schema: { params: ContactParams, body: SignOffForm } }, async (request, reply) => {
    const session = sessionOf(request);
    if (!can(session.actor, 'authorise_casework')) throw new HttpError(403, 'Only a manager can sign off a decision.');
    const { childId, contactKey } = request.params as ContactParams;
    const { version } = request.body as Static<typeof SignOffForm>;
    const result = await signOffContact(app.lantern.db, session.actor, originOf(request), { childId, contactKey, expectedVersion: Number(version) }, app.lantern.now());
    if (result.ok) return reply.redirect('/front-door', 303);
    if (result.reason === 'not_found') throw new HttpError(404, 'Not found');
    if (result.reason === 'conflict') return showContact(request, reply, 409, { errors: [{ field: 'main-content', message: 'The contact changed while you were reading it. Check it again before you sign off.' }] });
    if (result.reason === 'forbidden') throw new HttpError(403, result.message);
    return showContact(request, reply, 400, { errors: result.problems.map((p) => ({ field: 'main-content', message: p.message })) });
  });
}
