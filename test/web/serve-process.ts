/**
 * The real `guanxi serve` as a user starts it (bin/guanxi.js in a child
 * process), for the probes that must see the process itself: a request that
 * crashes it, a bind address, what it prints. Plus a raw HTTP client, so a
 * test can send bytes no well-behaved client would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const BIN = path.resolve(import.meta.dirname, '..', '..', 'bin', 'guanxi.js');

export interface ServeProcess {
  url: string;
  port: number;
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** SIGINT, then waits for the exit code. */
  stop(): Promise<number | null>;
}

/** Starts `guanxi serve ARGS --port 0` and resolves once it prints its address. */
export async function startServe(args: string[]): Promise<ServeProcess> {
  const child = spawn(process.execPath, [BIN, 'serve', ...args, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const check = (): void => {
      const m = /guanxi viewer: (http:\/\/\S+:\d+\/)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    };
    child.stdout.on('data', check);
    void exited.then((code) => reject(new Error(`guanxi serve exited with ${String(code)}: ${err}`)));
  });
  return {
    url,
    port: Number(new URL(url).port),
    child,
    stdout: () => out,
    stderr: () => err,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
      return exited;
    },
  };
}

export interface RawResponse {
  /** The status code of the (final) response, or undefined when the server closed without one. */
  status: number | undefined;
  /** What the server sent, as latin1 text. */
  text: string;
}

/**
 * Sends `request` as it is on a new connection to 127.0.0.1:`port` and reads
 * one response: up to its Content-Length, the end of its chunked body, or
 * the server closing (interim 1xx responses are skipped). Node's server
 * drops a request whose client half-closes, so the connection stays open
 * until the answer is complete.
 */
export function rawRequest(port: number, request: string | Buffer): Promise<RawResponse> {
  const head = Buffer.isBuffer(request) ? request.toString('latin1') : request;
  const isHead = /^HEAD /i.test(head);
  return new Promise((resolve, reject) => {
    let text = '';
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      socket.destroy();
      const statuses = [...text.matchAll(/(?:^|\r\n)HTTP\/1\.[01] (\d{3})/g)].map((m) => Number(m[1]));
      resolve({ status: statuses.find((c) => c >= 200) ?? statuses[0], text });
    };
    const complete = (): boolean => {
      // Skip interim responses (100 Continue).
      let rest = text;
      for (;;) {
        const end = rest.indexOf('\r\n\r\n');
        if (end < 0) return false;
        const headers = rest.slice(0, end);
        const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(headers)?.[1] ?? 0);
        const body = rest.slice(end + 4);
        if (status >= 100 && status < 200) {
          rest = body;
          continue;
        }
        if (isHead || status === 204 || status === 304) return true;
        const length = /\r\ncontent-length: *(\d+)/i.exec(headers);
        if (length) return Buffer.byteLength(body, 'latin1') >= Number(length[1]);
        if (/\r\ntransfer-encoding: *chunked/i.test(headers)) return /(^|\r\n)0\r\n\r\n$/.test(body);
        return false;
      }
    };
    const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
    socket.on('data', (c: Buffer) => {
      text += c.toString('latin1');
      if (complete()) finish();
    });
    socket.on('error', (err: NodeJS.ErrnoException) => {
      // A server that answers and then resets has still answered; one that refuses the connection is gone.
      if (err.code === 'ECONNRESET' || err.code === 'EPIPE') return;
      if (!done) reject(err);
    });
    socket.on('close', finish);
  });
}
