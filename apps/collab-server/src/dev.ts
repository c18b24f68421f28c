// `pnpm dev:collab`: the reference server and the app pointed at it, for trying shared work on one machine.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { kitBindings } from './kit-documents';
import { startCollabServer } from './server';
import { signToken } from './token';

const port = Number(process.env['COLLAB_PORT'] ?? 1234);
// A secret of this run only: the token below is the one way in.
const secret = process.env['COLLAB_SECRET'] ?? randomBytes(24).toString('base64url');
const document = process.env['COLLAB_DOCUMENT'] ?? 'team/journey';
const server = await startCollabServer({ port, dir: process.env['COLLAB_DATA'] ?? '.collab-data', secret, bindings: kitBindings });
const token = signToken(secret, { user: 'development', documents: [`${document.split('/')[0]}/*`], expires: Date.now() / 1000 + 12 * 3600 });
process.stdout.write(`collab server on ${server.webSocketURL}\n`);
process.stdout.write(`token for ${document.split('/')[0]}/* (12 hours): ${token}\n`);
process.stdout.write('In the app, Settings → Share with your team has the server, the name of the work and the token filled in: write your name and share. Open a second browser (or a private window) to be two people.\n');

// The app reads these as the sharing form's starting values (Vite passes VITE_* to the page).
const app = spawn('pnpm', ['--filter', '@wayfinder/navigator', 'dev'], {
  stdio: 'inherit',
  env: { ...process.env, VITE_COLLAB_SERVER: server.webSocketURL, VITE_COLLAB_DOCUMENT: document, VITE_COLLAB_TOKEN: token },
});
const stop = () => {
  app.kill('SIGTERM');
  void server.destroy().then(() => process.exit(0));
};
app.on('exit', stop);
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
