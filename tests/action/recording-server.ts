import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback HTTP server that records every request (method, path, Authorization header) and
 * either forwards it to `forwardTo` (standing for the real Confluent endpoint in front of the
 * emulator) or answers a fixed reply (standing for a server a pull request points the config at).
 */

export interface Recorded {
  method: string;
  path: string;
  authorization?: string;
  /** The request body as sent (JSON text for the statements API) */
  body?: string;
}

export interface RecordingServer {
  url: string;
  requests: Recorded[];
  close(): Promise<void>;
}

export async function startRecordingServer(forwardTo?: string): Promise<RecordingServer> {
  const requests: Recorded[] = [];
  const target = forwardTo ? new URL(forwardTo) : undefined;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const recorded: Recorded = {
      method: req.method ?? '',
      path: req.url ?? '',
      authorization: req.headers.authorization,
    };
    requests.push(recorded);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (chunks.length) recorded.body = Buffer.concat(chunks).toString('utf8');
    });
    if (!target) {
      // Whatever a hostile server would answer; the point is that nothing arrives here.
      req.resume();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ api_version: 'sql/v1', kind: 'StatementList', metadata: {}, data: [] }));
      return;
    }
    const out = request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: target.host },
      },
      (upstream) => {
        res.writeHead(upstream.statusCode ?? 502, upstream.headers);
        upstream.pipe(res);
      },
    );
    out.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(out);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
