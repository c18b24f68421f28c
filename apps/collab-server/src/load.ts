// `pnpm load:collab`: the reference server in a process of its own, many simulated people editing
// one document through it, and a report of how fast edits reached everyone and whether any was lost.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type LoadResult, runLoad } from './load-run';
import { startServerProcess } from './load-server';

const usage = `usage: pnpm load:collab [--clients N] [--seconds S] [--interval MIN-MAX] [--seed N] [--wait S] [--json]
  --clients N        simulated people, each with its own provider and websocket (default 50)
  --seconds S        how long they edit (default 60)
  --interval MIN-MAX pause before each of a person's edits, in ms (default 500-2000)
  --seed N           seeds each person's choices (default: random, printed)
  --wait S           longest wait to connect, and for the documents to agree afterwards (default 60)
  --json             the report as one JSON line on standard output (the text goes to standard error)
Exits with 1 when the documents differ or an edit was lost, 2 on bad arguments or a failed start.`;

function options() {
  const { values } = parseArgs({
    // pnpm may pass on the `--` that separates its own arguments.
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: {
      clients: { type: 'string', default: '50' },
      seconds: { type: 'string', default: '60' },
      interval: { type: 'string', default: '500-2000' },
      seed: { type: 'string' },
      wait: { type: 'string', default: '60' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const number = (name: string, text: string, valid: (value: number) => boolean) => {
    const value = Number(text);
    if (!Number.isFinite(value) || !valid(value)) throw new Error(`--${name} ${text} is not valid`);
    return value;
  };
  const [shortest = '', longest = shortest] = values.interval.split('-');
  const intervalMs = [number('interval', shortest, (ms) => ms >= 0), number('interval', longest, (ms) => ms >= 0)] as const;
  if (intervalMs[1] < intervalMs[0]) throw new Error(`--interval ${values.interval}: the longest pause is shorter than the shortest`);
  return {
    help: values.help,
    json: values.json,
    clients: number('clients', values.clients, (n) => Number.isInteger(n) && n >= 2),
    seconds: number('seconds', values.seconds, (s) => s > 0),
    intervalMs,
    seed: values.seed === undefined ? undefined : number('seed', values.seed, Number.isInteger),
    waitSeconds: number('wait', values.wait, (s) => s > 0),
  };
}

const mb = (bytes: number | null | undefined) => (bytes === null || bytes === undefined ? 'unknown' : `${(bytes / 2 ** 20).toFixed(1)} MiB`);
const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;

function report(result: LoadResult): string {
  const { edits, latencyMs, server, loadProcess } = result;
  const cpu = (seconds: number | null | undefined) => (seconds === null || seconds === undefined ? 'CPU unknown' : `CPU ${seconds.toFixed(1)} s (${Math.round((100 * seconds) / (result.seconds + result.settleMs / 1000))}% of a core)`);
  return [
    `collab load: ${result.clients} clients on "${result.document}" for ${result.seconds.toFixed(1)} s (seed ${result.seed})`,
    `edits        ${edits.made} made (${edits.byKind.type} typed, ${edits.byKind.record} records, ${edits.byKind.delete} deletions), ${edits.perSecond.toFixed(1)} edits/s`,
    `propagation  until every other client shows it: ${latencyMs ? `p50 ${ms(latencyMs.p50)}, p95 ${ms(latencyMs.p95)}, max ${ms(latencyMs.max)} over ${latencyMs.timed} edits` : 'no edit timed'}; ${result.undelivered} never reached everyone`,
    server ? `server       RSS ${mb(server.idleRssBytes)} before clients, ${mb(server.peakRssBytes)} peak; ${cpu(server.cpuSeconds)}` : 'server       in this process',
    `load process RSS ${mb(loadProcess.peakRssBytes)} peak, heap ${mb(loadProcess.peakHeapUsedBytes)} peak; ${cpu(loadProcess.cpuSeconds)}; event loop late by ${ms(loadProcess.eventLoopDelayMs.p99)} p99, ${ms(loadProcess.eventLoopDelayMs.max)} max`,
    `afterwards   ${result.settled ? 'all acknowledged and in step' : 'NOT all acknowledged and in step'} ${(result.settleMs / 1000).toFixed(1)} s after editing stopped; ${result.disconnects} disconnects`,
    `document     ${(result.finalDocument.bytes / 1024).toFixed(1)} KiB encoded at the end: ${result.finalDocument.characters} characters, ${result.finalDocument.records} records`,
    `identical    ${result.identical ? 'yes' : 'NO'}: every client's document and the server's copy${result.identical ? '' : `\n  ${result.differences.slice(0, 10).join('\n  ')}`}`,
    `lost edits   ${result.lost.length}${result.lost.length > 0 ? `: ${result.lost.slice(0, 20).join(' ')}` : ''}`,
  ].join('\n');
}

let parsed: ReturnType<typeof options>;
try {
  parsed = options();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
  process.exit(2);
}
if (parsed.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}

const say = (line: string) => process.stderr.write(`${line}\n`);
// The bundle sits beside the server's own bundle (`load` builds both).
const server = await startServerProcess(fileURLToPath(new URL('./main.mjs', import.meta.url))).catch((error: unknown) => {
  say(`the server did not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
const stopServer = () => void server.stop().then(() => process.exit(130));
process.once('SIGINT', stopServer);
process.once('SIGTERM', stopServer);

let result: LoadResult;
try {
  result = await runLoad({ url: server.url, secret: server.secret, clients: parsed.clients, seconds: parsed.seconds, intervalMs: parsed.intervalMs, seed: parsed.seed, waitSeconds: parsed.waitSeconds, serverPid: server.pid, progress: say });
} catch (error) {
  say(`the run failed: ${error instanceof Error ? error.message : String(error)}`);
  await server.stop();
  process.exit(2);
}
await server.stop();
if (server.log.length > 0) say(`the server logged ${server.log.length} lines, the last:\n  ${server.log.slice(-5).join('\n  ')}`);
if (parsed.json) {
  say(report(result));
  process.stdout.write(`${JSON.stringify({ ...result, serverLogLines: server.log.length })}\n`);
} else {
  process.stdout.write(`${report(result)}\n`);
}
process.exit(result.ok ? 0 : 1);
