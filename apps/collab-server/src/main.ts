// `pnpm dev:collab`: the reference server on a loopback port, documents under .collab-data.
import { analysisBinding } from '@wayfinder/core/shared/analysis';
import { journeyBindings } from '@wayfinder/core/shared/journey';
import { codingBinding, matrixBinding } from '@wayfinder/core/shared/logics';
import { startCollabServer } from './server';

const port = Number(process.env['COLLAB_PORT'] ?? 1234);
const secret = process.env['COLLAB_SECRET'] ?? 'development secret: set COLLAB_SECRET';
// Every kind of document the kit shares, wherever a host's documents keep them.
const bindings = [...journeyBindings, codingBinding, matrixBinding, analysisBinding];
const server = await startCollabServer({ port, dir: process.env['COLLAB_DATA'] ?? '.collab-data', secret, bindings });
process.stdout.write(`collab server on ${server.webSocketURL}\n`);
const stop = () => void server.destroy().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
