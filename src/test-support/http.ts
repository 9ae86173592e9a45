// A browser-like client for app.inject: keeps cookies, signs in through the real form, and sends the
// CSRF token the way the pages do.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

export class TestBrowser {
  private cookies = new Map<string, string>();
  csrfToken: string | null = null;

  constructor(private app: FastifyInstance, private ip = '10.0.0.1') {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keepCookies(response: LightMyRequestResponse): void {
    for (const c of response.cookies) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  async get(url: string): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({ method: 'GET', url, headers: { cookie: this.cookieHeader(), 'user-agent': 'test-browser' }, remoteAddress: this.ip });
    this.keepCookies(response);
    const token = /name="_csrf" value="([^"]+)"/.exec(response.body);
    if (token) this.csrfToken = token[1]!;
    return response;
  }

  async postForm(url: string, fields: Record<string, string>, withCsrf = true): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams({ ...fields, ...(withCsrf && this.csrfToken ? { _csrf: this.csrfToken } : {}) }).toString();
    const response = await this.app.inject({
      method: 'POST',
      url,
      headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded', 'user-agent': 'test-browser' },
      payload: body,
      remoteAddress: this.ip,
    });
    this.keepCookies(response);
    return response;
  }

  /** A form with file inputs (multipart/form-data), as a browser sends an upload; the CSRF token as a field. */
  async postMultipart(url: string, fields: Record<string, string>, files: { field: string; name: string; text: string }[]): Promise<LightMyRequestResponse> {
    const boundary = `----lantern-test-${Math.random().toString(16).slice(2)}`;
    const parts: string[] = [];
    for (const [name, value] of Object.entries({ ...(this.csrfToken ? { _csrf: this.csrfToken } : {}), ...fields })) {
      parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
    }
    for (const file of files) {
      parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n${file.text}\r\n`);
    }
    parts.push(`--${boundary}--\r\n`);
    const response = await this.app.inject({
      method: 'POST',
      url,
      headers: { cookie: this.cookieHeader(), 'content-type': `multipart/form-data; boundary=${boundary}`, 'user-agent': 'test-browser' },
      payload: Buffer.from(parts.join(''), 'utf8'),
      remoteAddress: this.ip,
    });
    this.keepCookies(response);
    return response;
  }

  async postJson(url: string, json: unknown): Promise<LightMyRequestResponse> {
    return this.sendJson('POST', url, json);
  }

  async sendJson(method: 'POST' | 'PUT', url: string, json: unknown): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({
      method,
      url,
      headers: { cookie: this.cookieHeader(), 'content-type': 'application/json', 'x-csrf-token': this.csrfToken ?? '' },
      payload: JSON.stringify(json),
      remoteAddress: this.ip,
    });
    this.keepCookies(response);
    return response;
  }

  async signIn(username: string, password: string): Promise<LightMyRequestResponse> {
    await this.get('/sign-in');
    const response = await this.postForm('/sign-in', { username, password });
    if (response.statusCode === 303) {
      const home = await this.get('/');
      const location = home.headers.location;
      if (home.statusCode === 302 && typeof location === 'string') await this.get(location);
    }
    return response;
  }

  hasSession(): boolean {
    return this.cookies.has('lantern_session');
  }
}
