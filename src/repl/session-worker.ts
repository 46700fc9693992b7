/**
 * Entry point of the REPL's worker (started by worker-session.ts): the whole session (core,
 * plugins, the VM) runs here, so that the prompt's thread stays free while Lua code runs and
 * Ctrl-C can reach it through a shared flag that the instruction hook reads.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openSession, type Session } from './session.js';
import type { ToWorker, FromWorker, WorkerSessionData } from './worker-session.js';
import { isLuatdError } from '../errors.js';

const data = workerData as WorkerSessionData;
const port = parentPort!;
const post = (m: FromWorker): void => port.postMessage(m);
const flag = new Int32Array(data.flag);

const commandList = (s: Session): [string, string][] => [...s.commands().entries()].map(([name, c]) => [name, c.help]);

async function main(): Promise<void> {
  let session: Session;
  try {
    session = await openSession({
      ...data.options,
      print: (line) => post({ type: 'print', line }),
      report: (event) => post({ type: 'plugin', event }),
      codeSink: data.wantCodes ? (phone, code) => post({ type: 'code', phone, code }) : undefined,
      onWarning: data.wantWarnings ? (message) => post({ type: 'warning', message }) : undefined,
      write: data.wantWrite ? (fd, bytes) => post({ type: 'write', fd, bytes }) : undefined,
      interrupted: () => Atomics.load(flag, 0) === 1,
    });
  } catch (e) {
    post({ type: 'failed', code: isLuatdError(e) ? e.code : 'USAGE', message: e instanceof Error ? e.message : String(e) });
    port.close();
    return;
  }
  post({ type: 'ready', schemas: session.backend.schemas(), commands: commandList(session) });
  port.on('message', (m: ToWorker) => {
    void handle(session, m);
  });
}

async function handle(session: Session, m: ToWorker): Promise<void> {
  const reply = (value: unknown, error?: string): void => post({ type: 'reply', id: m.id, value, error, commands: commandList(session) });
  switch (m.type) {
    case 'evaluate': {
      Atomics.store(flag, 0, 0);
      const r = await session.backend.evaluate(m.code, m.opts);
      // a Ctrl-C that came as the chunk ended must not stop the next one
      Atomics.store(flag, 0, 0);
      return reply(r);
    }
    case 'keys':
      return session.backend.keys(m.path).then(
        (k) => reply(k),
        () => reply([]),
      );
    case 'command': {
      const cmd = session.commands().get(m.name);
      if (!cmd) return reply(undefined, `unknown command .${m.name} (try .help)`);
      try {
        return reply(await cmd.run(m.args));
      } catch (e) {
        return reply(undefined, e instanceof Error ? e.message : String(e));
      }
    }
    case 'cancel':
      session.backend.cancel();
      return;
    case 'close':
      await session.close().catch(() => undefined);
      reply(undefined);
      port.close();
      return;
  }
}

void main();
