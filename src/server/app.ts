// The Fastify application: plugins, security, and one file per resource under routes/.
import Fastify, { type FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import type { AppContext } from './context.ts';
import { errorHandler, sendError } from './errors.ts';
import { registerSecurity } from './security.ts';
import { assetRoutes } from './routes/assets.ts';
import { signInRoutes } from './routes/sign-in.ts';
import { childrenRoutes } from './routes/children.ts';
import { childRoutes } from './routes/child.ts';
import { staffAdminRoutes } from './routes/staff-admin.ts';
import { apiRoutes } from './routes/api.ts';
import { localStandardsRoutes } from './routes/local-standards.ts';
import { importRoutes } from './routes/imports.ts';
import { localOfferRoutes } from './routes/local-offer.ts';
import { exploitationLinkRoutes } from './routes/exploitation-links.ts';
import { healthRoutes } from './routes/health.ts';
import { recordRoutes } from './routes/records.ts';
import { chronologyRoutes } from './routes/chronology.ts';
import { apiRecordRoutes } from './routes/api-records.ts';
import { partnerRoutes } from './routes/partner.ts';
import { frontDoorRoutes } from './routes/front-door.ts';
import { allocationRoutes } from './routes/allocation.ts';
import { searchAndEarlyHelpRoutes } from './routes/search-and-early-help.ts';
import { lookedAfterRoutes } from './routes/looked-after.ts';
import { careLeaverRoutes, missingRoutes } from './routes/missing.ts';
import { myWorkRoutes, teamBoardRoutes } from './routes/my-work.ts';
import { driftRoutes } from './routes/drift.ts';
import { dashboardRoutes } from './routes/dashboard.ts';
import { workerSupervisionRoutes } from './routes/worker-supervision.ts';
import { dataQualityRoutes } from './routes/data-quality.ts';
import { returnsRoutes } from './routes/returns.ts';
import { returnInterviewRoutes } from './routes/return-interviews.ts';
import { adopterRoutes } from './routes/adopters.ts';

export interface AppOptions extends AppContext {
  logger?: boolean;
  trustProxy?: boolean;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: 'info', redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] } : false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 1024 * 1024,
    ajv: {
      // Unknown fields are refused, not silently dropped: a client that sends what we do not expect
      // should hear about it. Query strings still coerce ("?page=2" is a number).
      customOptions: { removeAdditional: false, coerceTypes: 'array', allErrors: false },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('lantern', { db: options.db, now: options.now, secureCookies: options.secureCookies });
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) => sendError(request, reply, 404, 'Not found'));

  await app.register(cookie);
  await app.register(formbody);
  await registerSecurity(app);

  await app.register(assetRoutes);
  await app.register(healthRoutes);
  await app.register(signInRoutes);
  await app.register(childrenRoutes);
  await app.register(childRoutes);
  await app.register(recordRoutes);
  await app.register(chronologyRoutes);
  await app.register(partnerRoutes);
  await app.register(frontDoorRoutes);
  await app.register(allocationRoutes);
  await app.register(searchAndEarlyHelpRoutes);
  await app.register(lookedAfterRoutes);
  await app.register(missingRoutes);
  await app.register(careLeaverRoutes);
  await app.register(myWorkRoutes);
  await app.register(dashboardRoutes);
  await app.register(teamBoardRoutes);
  await app.register(driftRoutes);
  await app.register(workerSupervisionRoutes);
  await app.register(dataQualityRoutes);
  await app.register(returnsRoutes);
  await app.register(returnInterviewRoutes);
  await app.register(adopterRoutes);
  await app.register(staffAdminRoutes);
  await app.register(localStandardsRoutes);
  await app.register(localOfferRoutes);
  await app.register(importRoutes);
  await app.register(exploitationLinkRoutes);
  await app.register(apiRoutes, { prefix: '/api' });
  await app.register(apiRecordRoutes, { prefix: '/api' });
  return app;
}
