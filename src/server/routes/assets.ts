// Static assets: GOV.UK Frontend's compiled CSS and JS, and Lantern's own few lines. The GDS Transport
// typeface is for GOV.UK services only, so its @font-face rules are removed and Arial used instead.
import type { FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Type } from 'typebox';

const require = createRequire(import.meta.url);
const govukDist = path.join(path.dirname(require.resolve('govuk-frontend/package.json')), 'dist', 'govuk');
const webAssets = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'web', 'src', 'assets');

export function unbrandedGovukCss(css: string): string {
  return css.replace(/@font-face\{[^}]*\}/g, '').replace(/font-family:GDS Transport,arial,sans-serif/g, 'font-family:arial,sans-serif').replace(/font-family:GDS Transport/g, 'font-family:arial,sans-serif');
}

interface Asset {
  type: string;
  body: string;
}

function loadAssets(): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  assets.set('govuk-frontend.css', { type: 'text/css; charset=utf-8', body: unbrandedGovukCss(readFileSync(path.join(govukDist, 'govuk-frontend.min.css'), 'utf8')).replace(/\/\*# sourceMappingURL=.*\*\//, '') });
  assets.set('govuk-frontend.min.js', { type: 'text/javascript; charset=utf-8', body: readFileSync(path.join(govukDist, 'govuk-frontend.min.js'), 'utf8').replace(/\/\/# sourceMappingURL=.*$/m, '') });
  assets.set('lantern.css', { type: 'text/css; charset=utf-8', body: readFileSync(path.join(webAssets, 'lantern.css'), 'utf8') });
  assets.set('favicon.svg', { type: 'image/svg+xml', body: readFileSync(path.join(webAssets, 'favicon.svg'), 'utf8') });
  assets.set('app.js', { type: 'text/javascript; charset=utf-8', body: readFileSync(path.join(webAssets, 'app.js'), 'utf8') });
  return assets;
}

export async function assetRoutes(app: FastifyInstance): Promise<void> {
  const assets = loadAssets();
  app.get(
    '/assets/:name',
    { schema: { params: Type.Object({ name: Type.String({ pattern: '^[a-z0-9.-]+$', maxLength: 60 }) }, { additionalProperties: false }) } },
    async (request, reply) => {
      const { name } = request.params as { name: string };
      const asset = assets.get(name);
      if (!asset) return reply.callNotFound();
      return reply.type(asset.type).header('cache-control', 'public, max-age=3600').send(asset.body);
    },
  );
}
