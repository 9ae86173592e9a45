// Partner agency referrers: the online contact form and the status of their own contacts.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from 'typebox';
import { can } from '../../access/capabilities.ts';
import { PARTNER_SOURCES } from '../../practice/journey/partner-sources.ts';
import { codesOf, type CodeSet } from '../../practice/journey/code-sets.ts';
import { englandDateOf } from '../../practice/clocks/instant.ts';
import { listOwnSubmissions, submitContact, type ContactSubmissionInput } from '../../store/front-door/contact-submissions.ts';
import { originOf } from '../context.ts';
import { HttpError } from '../errors.ts';
import { renderPage } from '../render.tsx';
import { sessionOf } from '../security.ts';
import { navigationFor, userBanner } from '../navigation.ts';
import { PartnerContactFormPage, PartnerContactsPage } from '../../../web/src/pages/partner-contacts.tsx';
import type { FieldError } from '../../../web/src/govuk/components.tsx';
import { readDateParts } from '../../practice/calendar/date-parts.ts';

const Field = (max: number) => Type.Optional(Type.String({ maxLength: max }));
export const ContactForm = Type.Object(
  {
    _csrf: Field(200),
    referrerName: Field(200),
    referrerAgency: Field(200),
    referrerPhone: Field(40),
    sourceCode: Field(3),
    childGivenName: Field(100),
    childFamilyName: Field(100),
    'childDateOfBirth-day': Field(4),
    'childDateOfBirth-month': Field(4),
    'childDateOfBirth-year': Field(6),
    childAddress: Field(500),
    concerns: Field(10000),
    familyAware: Field(10),
  },
  { additionalProperties: false },
);
export type ContactForm = Static<typeof ContactForm>;
const Made = Type.Object({ made: Type.Optional(Type.String({ pattern: '^CT-[A-Z0-9]{6}$' })) }, { additionalProperties: false });

function partner(request: FastifyRequest): NonNullable<FastifyRequest['session']> {
  const session = sessionOf(request);
  if (!can(session.actor, 'submit_contacts')) throw new HttpError(404, 'Not found');
  return session;
}

/** Reads the partner's form; every problem is reported at once, in the order of the form. */
export function readContactForm(form: ContactForm, today: string, sources: CodeSet = PARTNER_SOURCES): { input: ContactSubmissionInput | null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const t = (v: string | undefined): string => v?.trim() ?? '';
  if (!t(form.referrerName)) errors.push({ field: 'referrerName', message: 'Enter your name' });
  if (!t(form.referrerAgency)) errors.push({ field: 'referrerAgency', message: 'Enter your organisation and role' });
  if (!codesOf(sources).includes(t(form.sourceCode))) errors.push({ field: 'sourceCode', message: sources === PARTNER_SOURCES ? 'Select your agency' : 'Select the source of the contact' });
  if (!t(form.childGivenName)) errors.push({ field: 'childGivenName', message: 'Enter the child’s first name' });
  if (!t(form.childFamilyName)) errors.push({ field: 'childFamilyName', message: 'Enter the child’s last name' });
  const dob = readDateParts(form['childDateOfBirth-day'], form['childDateOfBirth-month'], form['childDateOfBirth-year']);
  if (dob.error) errors.push({ field: 'childDateOfBirth-day', message: 'Date of birth must be a real date' });
  else if (dob.date && dob.date > today) errors.push({ field: 'childDateOfBirth-day', message: 'Date of birth must be in the past' });
  if (!t(form.concerns)) errors.push({ field: 'concerns', message: 'Enter what you are worried about' });
  const familyAware = t(form.familyAware);
  if (familyAware !== 'yes' && familyAware !== 'no' && familyAware !== 'no_risk') errors.push({ field: 'familyAware', message: 'Select whether the family know you are making this contact' });
  if (errors.length) return { input: null, errors };
  return {
    input: {
      referrerName: t(form.referrerName),
      referrerAgency: t(form.referrerAgency),
      referrerPhone: t(form.referrerPhone),
      sourceCode: t(form.sourceCode),
      childGivenName: t(form.childGivenName),
      childFamilyName: t(form.childFamilyName),
      childDateOfBirth: dob.date,
      childAddress: t(form.childAddress),
      concerns: t(form.concerns),
      familyAware: familyAware as ContactSubmissionInput['familyAware'],
    },
    errors,
  };
}

export async function partnerRoutes(app: FastifyInstance): Promise<void> {
  app.get('/partner/contacts', { schema: { querystring: Made, response: { 200: Type.String() } } }, async (request, reply) => {
    const session = partner(request);
    const submissions = await listOwnSubmissions(app.lantern.db, session.actor);
    const { made } = request.query as Static<typeof Made>;
    return renderPage(reply, PartnerContactsPage({ nav: navigationFor(session.actor, '/partner/contacts'), user: userBanner(session.actor), csrfToken: session.csrfToken, submissions, made: made ?? null }));
  });

  app.get('/partner/contacts/new', { schema: { response: { 200: Type.String() } } }, async (request, reply) => {
    const session = partner(request);
    return renderPage(reply, PartnerContactFormPage({ nav: navigationFor(session.actor, '/partner/contacts'), user: userBanner(session.actor), csrfToken: session.csrfToken, values: {}, errors: [] }));
  });

  app.post('/partner/contacts', { schema: { body: ContactForm } }, async (request, reply) => {
    const session = partner(request);
    const form = request.body as ContactForm;
    const now = app.lantern.now();
    const { input, errors } = readContactForm(form, englandDateOf(now));
    if (!input) {
      const values = Object.fromEntries(Object.entries(form).filter(([k, v]) => k !== '_csrf' && typeof v === 'string')) as Record<string, string>;
      return renderPage(reply.code(400), PartnerContactFormPage({ nav: navigationFor(session.actor, '/partner/contacts'), user: userBanner(session.actor), csrfToken: session.csrfToken, values, errors }));
    }
    const { reference } = await submitContact(app.lantern.db, session.actor, originOf(request), input, now);
    return reply.redirect(`/partner/contacts?made=${reference}`, 303);
  });
}
