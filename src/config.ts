// Configuration, read once from the environment, validated, and failing closed: an unknown or malformed
// value stops start-up with a one-line reason rather than running with a guess.
import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** Where the embedded database (PGlite) keeps its files. Ignored when databaseUrl is set. */
  dataDir: string;
  /** Owner connection for PostgreSQL: migrations run as this role. Null means embedded PGlite. */
  databaseUrl: string | null;
  /** Connection the application uses on PostgreSQL: a role with no superuser and no BYPASSRLS. */
  appDatabaseUrl: string | null;
  /** Public address; cookies are marked Secure when it is https. */
  publicUrl: string;
  /** Trust X-Forwarded-* from a reverse proxy (only when one is in front). */
  trustProxy: boolean;
}

export class ConfigError extends Error {}

function parsePort(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value)) throw new ConfigError(`PORT must be a whole number, got "${value}"`);
  const port = Number(value);
  if (port < 0 || port > 65535) throw new ConfigError(`PORT must be between 0 and 65535, got ${port}`);
  return port;
}

function parseDatabaseUrl(name: string, value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name} is not a valid URL`);
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(`${name} must start with postgres:// (got ${url.protocol})`);
  }
  return value;
}

/** The application role's connection: APP_DATABASE_URL, or DATABASE_URL with the user lantern_app. */
export function deriveAppDatabaseUrl(ownerUrl: string, password: string | undefined): string {
  const url = new URL(ownerUrl);
  url.username = 'lantern_app';
  url.password = password ?? '';
  return url.toString();
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = parsePort(env.PORT, 3000);
  const databaseUrl = parseDatabaseUrl('DATABASE_URL', env.DATABASE_URL);
  const explicitApp = parseDatabaseUrl('APP_DATABASE_URL', env.APP_DATABASE_URL);
  const appDatabaseUrl = databaseUrl ? explicitApp ?? deriveAppDatabaseUrl(databaseUrl, env.LANTERN_APP_PASSWORD) : null;
  const publicUrl = env.LANTERN_PUBLIC_URL || `http://localhost:${port}`;
  if (!/^https?:\/\//.test(publicUrl)) throw new ConfigError('LANTERN_PUBLIC_URL must start with http:// or https://');
  const trust = env.LANTERN_TRUST_PROXY ?? 'false';
  if (trust !== 'true' && trust !== 'false') throw new ConfigError('LANTERN_TRUST_PROXY must be true or false');
  return {
    port,
    host: env.HOST || '127.0.0.1',
    dataDir: path.resolve(env.LANTERN_DATA_DIR || 'data'),
    databaseUrl,
    appDatabaseUrl,
    publicUrl,
    trustProxy: trust === 'true',
  };
}
