// Sign in and sign out. The home page sends a signed-in member of staff to the first thing their
// role does, and everyone else to sign-in.
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from 'typebox';
import { signIn, signOut } from '../../access/sign-in.ts';
import { originOf } from '../context.ts';
import { renderPage } from '../render.tsx';
import { SignInPage } from '../../../web/src/pages/sign-in.tsx';
import { MessagePage } from '../../../web/src/pages/message.tsx';
import { SESSION_COOKIE, PRE_SESSION_CSRF_COOKIE, cookieOptions, issuePreSessionToken, sessionOf } from '../security.ts';
import { homeFor, navigationFor, userBanner } from '../navigation.ts';

const SignInForm = Type.Object(
  {
    username: Type.String({ maxLength: 100 }),
    password: Type.String({ maxLength: 200 }),
    _csrf: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
type SignInForm = Static<typeof SignInForm>;

const SignOutForm = Type.Object({ _csrf: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: false });
const Html = Type.String();

export async function signInRoutes(app: FastifyInstance): Promise<void> {
  app.get('/', { schema: { response: { 200: Html } } }, async (request, reply) => {
    if (!request.session) return reply.redirect('/sign-in');
    const nav = navigationFor(request.session.actor, '/');
    const home = homeFor(request.session.actor);
    if (home) return reply.redirect(home);
    return renderPage(
      reply,
      MessagePage({
        title: `Signed in as ${request.session.actor.displayName}`,
        paragraphs: ['There is nothing for your role to see here yet. Contacts you submit and their outcomes will appear here.'],
        nav,
        user: userBanner(request.session.actor),
        csrfToken: request.session.csrfToken,
      }),
    );
  });

  app.get('/sign-in', { schema: { response: { 200: Html } } }, async (request, reply) => {
    if (request.session) return reply.redirect('/');
    const csrfToken = issuePreSessionToken(app, request, reply);
    return renderPage(reply, SignInPage({ csrfToken, username: '', errors: [] }));
  });

  app.post('/sign-in', { schema: { body: SignInForm, response: { 200: Html, 400: Html, 429: Html } } }, async (request, reply) => {
    const form = request.body as SignInForm;
    const errors: { field: string; message: string }[] = [];
    if (!form.username.trim()) errors.push({ field: 'username', message: 'Enter your username' });
    if (!form.password) errors.push({ field: 'password', message: 'Enter your password' });
    const csrfToken = issuePreSessionToken(app, request, reply);
    if (errors.length) return renderPage(reply.code(400), SignInPage({ csrfToken, username: form.username, errors }));

    const result = await signIn(app.lantern.db, form.username, form.password, originOf(request), app.lantern.now());
    if (!result.ok) {
      const message =
        result.reason === 'locked_out'
          ? 'Too many failed attempts to sign in. Wait 15 minutes, then try again.'
          : 'The username or password is not correct';
      return renderPage(reply.code(result.reason === 'locked_out' ? 429 : 400), SignInPage({ csrfToken, username: form.username, errors: [{ field: 'username', message }] }));
    }
    reply.clearCookie(PRE_SESSION_CSRF_COOKIE, { path: '/' });
    reply.setCookie(SESSION_COOKIE, result.cookieValue, cookieOptions(app));
    return reply.redirect('/', 303);
  });

  app.post('/sign-out', { schema: { body: SignOutForm } }, async (request, reply) => {
    const session = sessionOf(request);
    await signOut(app.lantern.db, session, originOf(request), app.lantern.now());
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/sign-in', 303);
  });
}
