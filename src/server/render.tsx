import type { FastifyReply } from 'fastify';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

/** Server-side rendering only: pages are complete HTML and work without JavaScript. */
export function renderPage(reply: FastifyReply, page: ReactElement): FastifyReply {
  return reply.type('text/html; charset=utf-8').send(`<!DOCTYPE html>${renderToStaticMarkup(page)}`);
}
