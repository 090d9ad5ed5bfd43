// A chat-completions server on 127.0.0.1 for LLM tests: answers as JSON or as SSE chunks (by the
// request's `stream` flag), or fails, hangs or sends garbage, as each test scripts it.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: { stream?: boolean; model?: string; messages?: { role: string; content: string }[] } & Record<string, unknown>;
}

export type StubAction =
  | { say: string }
  | { status: number; body?: string; headers?: Record<string, string> }
  | { raw: string; contentType?: string }
  | { sse: string[] }
  | { hang: true };

export interface Stub {
  url: string;
  requests: StubRequest[];
  /** What to do with the n-th (0-based) chat request since this was last set. */
  script: (req: StubRequest, n: number) => StubAction;
  models: string[];
  close(): Promise<void>;
}

export const say = (text: string): StubAction => ({ say: text });

const completion = (text: string) =>
  JSON.stringify({
    id: 'c1',
    object: 'chat.completion',
    model: 'test-model',
    choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
  });

const chunk = (delta: Record<string, string>) =>
  `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', model: 'test-model', choices: [{ index: 0, delta }] })}\n\n`;

/** The text in 5-character pieces, the way a model streams tokens. */
export function sseChunks(text: string): string[] {
  const pieces = text.match(/[\s\S]{1,5}/g) ?? [];
  return [chunk({ role: 'assistant' }), ...pieces.map((p) => chunk({ content: p })), 'data: [DONE]\n\n'];
}

export async function startStub(script: Stub['script'] = () => say('Fine.')): Promise<Stub> {
  const stub = { requests: [] as StubRequest[], models: ['test-model'] } as unknown as Stub;
  let current = script;
  let chats = 0;
  Object.defineProperty(stub, 'script', {
    get: () => current,
    set: (s: Stub['script']) => ((current = s), (chats = 0)),
  });
  const server = createServer((req, res) => {
    let data = '';
    req.on('data', (d: Buffer) => (data += d.toString()));
    req.on('end', () => {
      const path = (req.url ?? '').replace(/^\/v1/, '');
      const body = data ? (JSON.parse(data) as StubRequest['body']) : {};
      const request = { method: req.method ?? '', path, headers: req.headers, body };
      stub.requests.push(request);
      if (path === '/models') {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ object: 'list', data: stub.models.map((id) => ({ id, object: 'model' })) }));
      }
      const action = current(request, chats++);
      if ('hang' in action) return;
      if ('status' in action) {
        res.writeHead(action.status, { 'content-type': 'application/json', ...action.headers });
        return res.end(action.body ?? '{"error":{"message":"stub failure"}}');
      }
      if ('raw' in action) {
        res.writeHead(200, { 'content-type': action.contentType ?? 'application/json' });
        return res.end(action.raw);
      }
      const sse = 'sse' in action ? action.sse : body.stream ? sseChunks(action.say) : undefined;
      if (!sse) {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(completion((action as { say: string }).say));
      }
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      for (const c of sse) res.write(c);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  stub.close = () => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(() => resolve()));
  };
  return stub;
}

/** A URL where nothing listens: a server that was started and stopped. */
export async function deadUrl(): Promise<string> {
  const s = await startStub();
  await s.close();
  return s.url;
}
