// Request-wide protections: security headers, no caching of anything personal, the session lookup,
// and CSRF checks on every state-changing request.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import helmet from '@fastify/helmet';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { resolveSession } from '../access/sign-in.ts';
import { HttpError, SignInRequired } from './errors.ts';

export const SESSION_COOKIE = 'lantern_session';
/** Before sign-in there is no session: the sign-in form uses a double-submit cookie instead. */
export const PRE_SESSION_CSRF_COOKIE = 'lantern_csrf';

export async function registerSecurity(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
    },
    // Same-origin only: nothing of Lantern's is meant to be embedded or read by another site.
    crossOriginResourcePolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    hsts: app.lantern.secureCookies ? { maxAge: 31536000, includeSubDomains: true } : false,
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/assets/')) {
      // Personal data must not sit in a browser or proxy cache.
      reply.header('cache-control', 'no-store');
      reply.header('pragma', 'no-cache');
    }
    return payload;
  });

  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    const cookie = request.cookies[SESSION_COOKIE];
    request.session = cookie ? await resolveSession(app.lantern.db, cookie, app.lantern.now()) : null;
  });

  app.addHook('preHandler', async (request) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(request.method)) return;
    const submitted = csrfTokenFrom(request);
    if (request.session) {
      if (!submitted || !sameToken(submitted, request.session.csrfToken)) throw new HttpError(403, 'The form has expired or did not come from Lantern. Go back, reload the page and try again.');
      return;
    }
    // Without a session only sign-in accepts a post, and it must carry the pre-session token.
    const cookieToken = request.cookies[PRE_SESSION_CSRF_COOKIE];
    if (!submitted || !cookieToken || !sameToken(submitted, cookieToken)) {
      throw new HttpError(403, 'The form has expired. Go back, reload the page and try again.');
    }
  });
}

function csrfTokenFrom(request: FastifyRequest): string | null {
  const header = request.headers['x-csrf-token'];
  if (typeof header === 'string') return header;
  const body = request.body;
  if (body && typeof body === 'object' && '_csrf' in body && typeof body._csrf === 'string') return body._csrf;
  return null;
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function cookieOptions(app: FastifyInstance, maxAgeSeconds?: number): { httpOnly: true; sameSite: 'lax'; secure: boolean; path: '/'; maxAge?: number } {
  return { httpOnly: true, sameSite: 'lax', secure: app.lantern.secureCookies, path: '/', ...(maxAgeSeconds ? { maxAge: maxAgeSeconds } : {}) };
}

export function issuePreSessionToken(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply): string {
  const existing = request.cookies[PRE_SESSION_CSRF_COOKIE];
  if (existing && /^[A-Za-z0-9_-]{40,}$/.test(existing)) return existing;
  const token = randomBytes(32).toString('base64url');
  reply.setCookie(PRE_SESSION_CSRF_COOKIE, token, cookieOptions(app, 60 * 60));
  return token;
}

/** The signed-in member of staff, or a SignInRequired error (401 for the API, a redirect for pages). */
export function sessionOf(request: FastifyRequest): NonNullable<FastifyRequest['session']> {
  if (!request.session) throw new SignInRequired();
  return request.session;
}
