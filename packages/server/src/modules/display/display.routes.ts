import { DisplayBoard, DisplayPointParam } from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps';
import { displayErrors } from './display.errors';
import { buildBoard, getDisplayPoint } from './display.service';
import { DisplayHub, type DisplayStream } from './display-hub';

const tags = ['display'];
/** Public: a TV in the waiting room has no login; the board holds labels and counter numbers only. */
const policy = { access: 'public' } as const;
/**
 * Open streams one instance holds: a public route must not let one client exhaust sockets and memory. A
 * province's TVs are a few hundred; a refused display retries by itself (EventSource, then the page).
 */
const MAX_STREAMS = 1_000;
const EventsQuery = z.object({ lastEventId: z.coerce.number().int().min(0).optional() });

function lastEventIdOf(header: string | string[] | undefined, query: number | undefined): number | undefined {
  const raw = Array.isArray(header) ? header[0] : header;
  const n = raw === undefined ? Number.NaN : Number(raw);
  return Number.isInteger(n) && n >= 0 ? n : query;
}

export function displayRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const h = deps.handle;
    const hub = new DisplayHub(h);
    // Before the server stops accepting: open streams never end by themselves and would hold close() up.
    app.addHook('preClose', async () => hub.close());
    app.get(
      '/api/v1/display/:pointId',
      {
        config: { policy },
        schema: {
          tags,
          summary: "A point's display board: each counter's number, the last calls, waiting per lane",
          security: [],
          params: DisplayPointParam,
          response: { 200: DisplayBoard },
        },
      },
      async (req) => buildBoard(h, await getDisplayPoint(h, req.params.pointId)),
    );
    app.get(
      '/api/v1/display/:pointId/events',
      {
        config: { policy },
        schema: {
          tags,
          summary:
            'Server-sent events of a board: `board` on every change, `call` for each call (voice), ' +
            '`heartbeat`; event ids resume a reconnect (Last-Event-ID)',
          security: [],
          params: DisplayPointParam,
          querystring: EventsQuery,
        },
      },
      async (req, reply) => {
        const point = await getDisplayPoint(h, req.params.pointId);
        if (hub.size >= MAX_STREAMS) throw displayErrors.busy();
        const last = lastEventIdOf(req.headers['last-event-id'], req.query.lastEventId);
        reply.hijack();
        const res = reply.raw;
        res.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-store',
          connection: 'keep-alive',
          // Proxies (nginx) must pass events on as they come, not buffer them.
          'x-accel-buffering': 'no',
        });
        res.write('retry: 3000\n\n');
        const stream: DisplayStream = {
          send(event, data, id) {
            const idLine = id === undefined ? '' : `id: ${id}\n`;
            res.write(`${idLine}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
          },
          end: () => res.end(),
        };
        req.raw.on('close', () => hub.detach(stream));
        // The reply is hijacked: an error here can no longer become an error answer, so the stream ends and
        // the browser reconnects.
        await hub.attach(stream, point, last).catch(() => {
          hub.detach(stream);
          res.end();
        });
      },
    );
  };
}
