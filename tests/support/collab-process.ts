import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const serverRoot = fileURLToPath(new URL('../../apps/collab-server/', import.meta.url));
// Next to the server's own dependencies, so the bundle finds them.
const bundle = `${serverRoot}dist/e2e-main.mjs`;

export interface CollabProcess {
  url: string;
  port: number;
  /** What the server wrote to standard error (its refusals), line by line. */
  log: string[];
  /** Kills the process at once, as a crash would: no goodbye to the clients, nothing flushed. */
  kill: () => Promise<void>;
  /** Asks it to stop, storing what is pending first. */
  stop: () => Promise<void>;
}

/**
 * The reference server (`pnpm dev:collab`'s entry) in a process of its own, on `port` (0: a free
 * one), keeping its documents in `dir`: a test can kill it and start it again on the same port and
 * folder, as an operator restarting a crashed server would.
 */
export async function startCollabProcess(options: { port: number; dir: string; secret: string }): Promise<CollabProcess> {
  // As `pnpm dev:collab` bundles it: the kit's checks from source, the server's own packages beside it.
  await build({ entryPoints: [`${serverRoot}src/main.ts`], bundle: true, platform: 'node', format: 'esm', conditions: ['@wayfinder/source'], external: ['@hocuspocus/*', 'yjs', 'ws'], outfile: bundle, logLevel: 'warning' });
  const child = spawn(process.execPath, [bundle], {
    env: { ...process.env, COLLAB_PORT: String(options.port), COLLAB_DATA: options.dir, COLLAB_SECRET: options.secret },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const orphaned = () => child.kill('SIGKILL');
  process.once('exit', orphaned);
  const log: string[] = [];
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => log.push(...chunk.split('\n').filter(Boolean)));
  const exited = (signal: NodeJS.Signals) => async () => {
    process.off('exit', orphaned);
    if (child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  };
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.once('exit', (code) => reject(new Error(`the collab server exited (${code}) before listening: ${log.join('\n')}`)));
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const found = /collab server on (ws:\/\/\S+)/.exec(out)?.[1];
      if (found) resolve(found);
    });
  });
  child.removeAllListeners('exit');
  return { url, port: Number(new URL(url).port), log, kill: exited('SIGKILL'), stop: exited('SIGTERM') };
}
