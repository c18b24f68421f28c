// `pnpm start:collab`: the reference server on a loopback port, documents under .collab-data.
import { kitBindings } from './kit-documents';
import { startCollabServer } from './server';

const port = Number(process.env['COLLAB_PORT'] ?? 1234);
const secret = process.env['COLLAB_SECRET'] ?? 'development secret: set COLLAB_SECRET';
const server = await startCollabServer({ port, dir: process.env['COLLAB_DATA'] ?? '.collab-data', secret, bindings: kitBindings });
process.stdout.write(`collab server on ${server.webSocketURL}\n`);
const stop = () => void server.destroy().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
