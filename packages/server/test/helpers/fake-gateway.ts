import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GatewayRequest {
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}

/** What the fake gateway answers next: a status and body, or `hang` (never answers: a timeout). */
export type GatewayAnswer = { status: number; body?: unknown } | 'hang';

/**
 * A real HTTP server on a free local port standing in for the WhatsApp gateway: it records each request
 * and answers from a script (by default 202 with an id derived from the Idempotency-Key, as a gateway
 * that de-duplicates would).
 */
export interface FakeGateway {
  url: string;
  requests: GatewayRequest[];
  script: GatewayAnswer[];
  close(): Promise<void>;
}

export async function startFakeGateway(): Promise<FakeGateway> {
  const requests: GatewayRequest[] = [];
  const script: GatewayAnswer[] = [];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => {
      raw += chunk.toString('utf8');
    });
    req.on('end', () => {
      requests.push({ headers: req.headers, body: JSON.parse(raw) as Record<string, unknown> });
      const answer = script.shift() ?? { status: 202 };
      if (answer === 'hang') return;
      const body = answer.body ?? { id: `gw-${String(req.headers['idempotency-key'])}`, status: 'accepted' };
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/send`,
    requests,
    script,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
