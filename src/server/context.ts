// What every route handler can reach: the database, the clock (injected so tests can move time) and
// the configuration. Routes take these from here rather than importing globals.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import type { ResolvedSession } from '../access/sign-in.ts';
import type { RequestOrigin } from '../access/actor.ts';

export interface AppContext {
  db: Kysely<Database>;
  now: () => Date;
  secureCookies: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    session: ResolvedSession | null;
  }
  interface FastifyInstance {
    lantern: AppContext;
  }
}

export function originOf(request: { ip: string; headers: Record<string, string | string[] | undefined> }): RequestOrigin {
  const ua = request.headers['user-agent'];
  return { ip: request.ip, userAgent: typeof ua === 'string' ? ua : '' };
}

/** Today's date in England (the practice calendar is England's), as YYYY-MM-DD. */
export function todayInEngland(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
