import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A fake GitHub REST API on 127.0.0.1: only the endpoints the action calls,
 * in-memory state, every request recorded. Checks `Authorization: token <t>`; tokens listed
 * as read-only get 403 on writes, as a fork pull request's GITHUB_TOKEN does.
 */

export interface RecordedRequest {
  method: string;
  path: string;
  authorization?: string;
  body?: string;
  at: number;
}

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  html_url: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
}

export interface FakePull {
  number: number;
  state: string;
  merged_at: string | null;
  html_url: string;
}

export interface FakeGitHub {
  url: string;
  requests: RecordedRequest[];
  comments: FakeComment[];
  /** commit sha → pull requests that contain it */
  pulls: Map<string, FakePull[]>;
  /** Adds a comment as if someone posted it earlier */
  seedComment(issue: number, body: string, user?: { login: string; type: string }): FakeComment;
  close(): Promise<void>;
}

const BOT = { login: 'github-actions[bot]', type: 'Bot' };
const COMMENT_LIMIT = 65_536;

export async function startFakeGitHub(opts: {
  repository: string;
  token: string;
  readOnlyTokens?: string[];
}): Promise<FakeGitHub> {
  const requests: RecordedRequest[] = [];
  const comments: FakeComment[] = [];
  const pulls = new Map<string, FakePull[]>();
  let nextId = 1000;
  let url = '';
  const repoPath = `/repos/${opts.repository}`;

  const add = (issue: number, body: string, user = BOT): FakeComment => {
    const id = nextId++;
    const now = new Date().toISOString();
    const c: FakeComment = {
      id,
      issue,
      body,
      html_url: `https://github.example/${opts.repository}/pull/${issue}#issuecomment-${id}`,
      user,
      created_at: now,
      updated_at: now,
    };
    comments.push(c);
    return c;
  };

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  };

  const handle = (req: IncomingMessage, res: ServerResponse, raw: string) => {
    const u = new URL(req.url ?? '/', 'http://x');
    const auth = req.headers.authorization;
    requests.push({
      method: req.method ?? '',
      path: u.pathname + u.search,
      authorization: auth,
      body: raw || undefined,
      at: Date.now(),
    });
    const token = auth?.replace(/^(token|Bearer) /, '');
    if (token !== opts.token && !opts.readOnlyTokens?.includes(token ?? '')) {
      return send(res, 401, { message: 'Bad credentials' });
    }
    const write = req.method !== 'GET';
    if (write && opts.readOnlyTokens?.includes(token ?? '')) {
      return send(res, 403, { message: 'Resource not accessible by integration' });
    }
    if (!u.pathname.startsWith(repoPath + '/')) return send(res, 404, { message: 'Not Found' });
    const rest = u.pathname.slice(repoPath.length);
    let m: RegExpExecArray | null;
    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issue = Number(m[1]);
      if (req.method === 'GET') {
        const perPage = Math.min(100, Number(u.searchParams.get('per_page') ?? 30));
        const page = Number(u.searchParams.get('page') ?? 1);
        const all = comments.filter((c) => c.issue === issue);
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const links: string[] = [];
        const link = (p: number, rel: string) =>
          `<${url}${repoPath}/issues/${issue}/comments?per_page=${perPage}&page=${p}>; rel="${rel}"`;
        if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
        if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
        return send(
          res,
          200,
          all.slice((page - 1) * perPage, page * perPage),
          links.length ? { link: links.join(', ') } : {},
        );
      }
      if (req.method === 'POST') {
        const body = String(JSON.parse(raw).body ?? '');
        if (body.length > COMMENT_LIMIT) {
          return send(res, 422, {
            message: 'Validation Failed',
            errors: [{ message: 'body is too long (maximum is 65536 characters)' }],
          });
        }
        return send(res, 201, add(issue, body));
      }
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(rest)) && req.method === 'PATCH') {
      const c = comments.find((x) => x.id === Number(m![1]));
      if (!c) return send(res, 404, { message: 'Not Found' });
      const body = String(JSON.parse(raw).body ?? '');
      if (body.length > COMMENT_LIMIT) return send(res, 422, { message: 'Validation Failed' });
      c.body = body;
      c.updated_at = new Date().toISOString();
      return send(res, 200, c);
    }
    if ((m = /^\/commits\/([0-9a-f]+)\/pulls$/.exec(rest)) && req.method === 'GET') {
      return send(res, 200, pulls.get(m[1]) ?? []);
    }
    return send(res, 404, { message: `Not Found: ${req.method} ${u.pathname}` });
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      try {
        handle(req, res, Buffer.concat(chunks).toString('utf8'));
      } catch (e) {
        send(res, 500, { message: (e as Error).message });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    comments,
    pulls,
    seedComment: add,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
