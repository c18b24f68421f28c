import type { TestProject } from 'vitest/node';
import { createServer } from 'vite';
import { fileURLToPath } from 'node:url';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}

/** Serves the Navigator app from source with Vite, on a free loopback port, for the e2e tests. */
export default async function serveApp(project: TestProject) {
  const server = await createServer({
    root: fileURLToPath(new URL('../../apps/navigator', import.meta.url)),
    configFile: fileURLToPath(new URL('../../apps/navigator/vite.config.ts', import.meta.url)),
    server: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
    clearScreen: false,
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('The app server has no port');
  project.provide('appUrl', `http://127.0.0.1:${address.port}/`);
  return async () => {
    await server.close();
  };
}
