import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { sql } from 'kysely';

export async function healthRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/healthz',
    { schema: { response: { 200: Type.Object({ status: Type.Literal('ok') }, { additionalProperties: false }) } } },
    async () => {
      await sql`select 1`.execute(app.lantern.db);
      return { status: 'ok' as const };
    },
  );
}
