import type { Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { DomainError, PROBLEM_CONTENT_TYPE, problemBody } from '@agentvault/errors';
import type { Logger } from '@agentvault/observability';

/** How long a connection we are closing may keep sending before it is cut (so the answer is read, not reset). */
const DRAIN_MS = 2000;

function refusalFor(err: NodeJS.ErrnoException): DomainError {
  switch (err.code) {
    case 'HPE_HEADER_OVERFLOW':
      return new DomainError('request_header_fields_too_large', 'The request line or headers are larger than this server accepts', { code: 'HEADERS_TOO_LARGE' });
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return new DomainError('request_timeout', 'The request took too long to arrive');
    default:
      return new DomainError('bad_request', 'Malformed HTTP request', { code: 'MALFORMED_REQUEST' });
  }
}

/**
 * Requests Node's HTTP parser refuses before Express sees them (bad framing, oversized request
 * line or headers) get the same problem body as everything else instead of Node's bare answer.
 * The parser cannot go on after such an error, so HTTP requires closing the connection: the
 * answer says `Connection: close`, the rest of what the client sends is read and dropped for a
 * moment so that the close does not become a reset that loses the answer.
 */
export function answerClientErrors(server: Server, typeBaseUrl: string, logger: Logger): void {
  // A response still being written on a connection whose next bytes failed to parse: answer after it.
  const inFlight = new WeakMap<Socket, ServerResponse>();
  server.on('request', (req, res: ServerResponse) => {
    inFlight.set(req.socket, res);
    res.once('close', () => {
      if (inFlight.get(req.socket) === res) inFlight.delete(req.socket);
    });
  });

  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const problem = problemBody(refusalFor(err), '/', typeBaseUrl);
    const body = JSON.stringify(problem);
    logger.info({ code: err.code, status: problem.status }, 'malformed HTTP request refused');
    const drainThenClose = () => {
      socket.on('data', () => undefined);
      socket.resume();
      setTimeout(() => socket.destroy(), DRAIN_MS).unref();
    };
    const answer = () => {
      if (!socket.writable) return socket.destroy();
      socket.end(
        `HTTP/1.1 ${problem.status} ${problem.title}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
          `Connection: close\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n\r\n${body}`,
      );
      drainThenClose();
    };
    const pending = inFlight.get(socket);
    if (!pending || pending.writableFinished) return answer();
    if (pending.req.complete) {
      // The bad bytes came after a whole request (e.g. a Content-Length shorter than the body): answer that one first.
      pending.once('finish', answer);
      pending.once('close', () => {
        if (!pending.writableFinished) socket.destroy();
      });
    } else if (!pending.headersSent) {
      // The request's own body failed to parse (bad chunking): it will never arrive, so this is its answer.
      pending.writeHead(problem.status, { 'Content-Type': PROBLEM_CONTENT_TYPE, 'Content-Length': Buffer.byteLength(body), Connection: 'close', 'Cache-Control': 'no-store' });
      pending.end(body, drainThenClose);
    } else {
      socket.destroy();
    }
  });
}
