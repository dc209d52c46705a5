import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import type { HttpRequest } from '@agentvault/testing';

export interface SeenTask {
  taskId: string;
  capability: string;
  input: unknown;
  callerDid: string;
  /** The Standard Webhooks signature checked out with the agent's secret. */
  verified: boolean;
  headers: http.IncomingHttpHeaders;
}

/**
 * A webhook agent for the tests. It checks each delivery's signature with the standardwebhooks
 * library (an independent implementation) and answers by capability: `echo` and anything else
 * completes with what it got, `boom` answers 500, `slow` answers too late, `hang` waits until the
 * test lets it go, `not-json` answers 200 with text.
 */
export async function startWebhookAgent() {
  const seen: SeenTask[] = [];
  const hanging: http.ServerResponse[] = [];
  let secret = '';
  let onHang: (() => void) | undefined;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let verified = false;
      try {
        new Webhook(secret).verify(raw, req.headers as Record<string, string>);
        verified = true;
      } catch {
        verified = false;
      }
      const body = JSON.parse(raw) as { task_id: string; capability: string; input: unknown; caller_did: string };
      seen.push({ taskId: body.task_id, capability: body.capability, input: body.input, callerDid: body.caller_did, verified, headers: req.headers });
      if (!verified) {
        res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"bad signature"}');
        return;
      }
      switch (body.capability) {
        case 'boom':
          res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"the model crashed"}');
          return;
        case 'slow': {
          const timer = setTimeout(() => res.end('{"output":"late"}'), 20_000);
          res.on('close', () => clearTimeout(timer));
          return;
        }
        case 'hang':
          hanging.push(res);
          onHang?.();
          return;
        case 'not-json':
          res.writeHead(200, { 'content-type': 'text/plain' }).end('done!');
          return;
        default:
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ output: { echo: body.input, capability: body.capability } }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/tasks`,
    seen,
    useSecret: (value: string) => (secret = value),
    /** Resolves when a delivery reaches `hang`. */
    nextHang: () => new Promise<void>((resolve) => (onHang = resolve)),
    release: (output: unknown = { finished: true }) => {
      for (const res of hanging.splice(0)) if (!res.writableEnded) res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ output }));
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging.splice(0)) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A queue agent for the tests: it polls its pending tasks through the gateway, accepts each and
 * completes it (`sum` adds input.numbers), fails it (`fail`), or leaves it alone (`ignore`).
 */
export function startQueueAgent(http: HttpRequest, token: string, pollMs = 100) {
  let stopped = false;
  const handled: { taskId: string; outcome: string; status: number }[] = [];
  const loop = (async () => {
    while (!stopped) {
      const poll = await http('GET', '/api/v1/agent/tasks?limit=50', { token }).catch(() => null);
      for (const task of poll?.status === 200 ? (poll.body.items as { task_id: string; capability: string; input: { numbers?: number[] } }[]) : []) {
        if (task.capability === 'ignore') continue;
        const accepted = await http('POST', `/api/v1/agent/tasks/${task.task_id}/accept`, { token });
        if (accepted.status !== 200) {
          handled.push({ taskId: task.task_id, outcome: 'accept', status: accepted.status });
          continue;
        }
        const done =
          task.capability === 'fail'
            ? await http('POST', `/api/v1/agent/tasks/${task.task_id}/fail`, { token, json: { error: 'cannot do that' } })
            : await http('POST', `/api/v1/agent/tasks/${task.task_id}/result`, {
                token, json: { output: { sum: (task.input.numbers ?? []).reduce((a, b) => a + b, 0) } },
              });
        handled.push({ taskId: task.task_id, outcome: task.capability === 'fail' ? 'fail' : 'result', status: done.status });
      }
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  })();
  return {
    handled,
    stop: async () => {
      stopped = true;
      await loop;
    },
  };
}

/** A developer's webhook receiver: keeps every event delivered to it. */
export async function startEventReceiver() {
  const events: { event: string; data: Record<string, unknown> }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      events.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as { event: string; data: Record<string, unknown> });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/events`,
    events,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
