import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ServerProcess {
  url: string;
  secret: string;
  pid: number;
  /** What the server wrote to standard error (its refusals), line by line. */
  log: string[];
  stop: () => Promise<void>;
}

/**
 * Starts the bundled server (`main`) in a process of its own, so its memory and CPU are its own and
 * the clients do not share its event loop: a free loopback port, a fresh data folder and a random
 * secret. Resolves once it says it listens.
 */
export function startServerProcess(main: string, waitMs = 30_000): Promise<ServerProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'collab-load-'));
  const secret = randomBytes(24).toString('base64url');
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, COLLAB_PORT: '0', COLLAB_DATA: dir, COLLAB_SECRET: secret },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // A load process that dies some other way must not leave a server running with nobody to stop it.
  const orphaned = () => child.kill('SIGKILL');
  process.once('exit', orphaned);
  const log: string[] = [];
  let errors = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    errors += chunk;
    const lines = errors.split('\n');
    errors = lines.pop() ?? '';
    log.push(...lines);
  });
  const stop = async () => {
    await ended(child);
    process.off('exit', orphaned);
    rmSync(dir, { recursive: true, force: true });
  };
  return new Promise((resolve, reject) => {
    let out = '';
    const fail = (why: string) => {
      clearTimeout(timer);
      void stop().then(() => reject(new Error(`${why}${log.length > 0 ? `:\n${log.join('\n')}` : ''}`)));
    };
    const timer = setTimeout(() => fail(`the server did not start listening within ${waitMs / 1000} s`), waitMs);
    child.once('exit', (code) => fail(`the server exited (${code}) before listening`));
    child.once('error', (error) => fail(`the server could not be started: ${error.message}`));
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const url = /collab server on (ws:\/\/\S+)/.exec(out)?.[1];
      if (!url || child.pid === undefined) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ url, secret, pid: child.pid, log, stop });
    });
  });
}

/** Asks the server to stop (it stores what is pending first) and waits for it to exit; kills it if it hangs. */
function ended(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
