/**
 * `luatd serve [--data DIR] [--listen 127.0.0.1:8081]`: the HTTP gateway (src/http/) on a data
 * dir shared with scripts and REPLs. SIGTERM or SIGINT drains it: no new connections, waiting
 * long polls answered, requests in flight finished, then exit 0.
 */
import type { Command } from 'commander';
import { LuatdError } from '../../errors.js';
import { HttpGateway } from '../../http/index.js';
import { defaultDataDir } from '../../paths.js';
import { addBackendOptions, backendOptions, ensureDataDir, nonNegative, type BackendFlags } from '../options.js';

interface ServeFlags extends BackendFlags {
  timeout?: string;
  data?: string;
  memory?: boolean;
  listen: string;
  verbose?: boolean;
  rateLimit: string;
  bodyLimit: string;
  uploadLimit: string;
}

/** "HOST:PORT", "[V6]:PORT", ":PORT" or "PORT". */
export function parseListen(v: string): { host: string; port: number } {
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]]*))?:?(\d{1,5})$/.exec(v.trim());
  const port = m ? Number(m[3]) : NaN;
  if (!m || port > 65535) throw new LuatdError('USAGE', `--listen expects HOST:PORT (e.g. 127.0.0.1:8081), got '${v}'`);
  return { host: m[1] ?? (m[2] || '127.0.0.1'), port };
}

/** Register `luatd serve`. */
export function register(program: Command): void {
  addBackendOptions(program.command('serve'))
    .description('serve the HTTP API: PWRTelegram routes for every TD function and a Telegram Bot API subset')
    .option('--data <dir>', 'data directory of the embedded core (default: $LUATD_HOME/data)')
    .option('--memory', 'use a fresh in-memory core (nothing is written)')
    .option('--listen <host:port>', 'address to listen on (loopback unless you say otherwise)', '127.0.0.1:8081')
    .option('--verbose', 'log one line per request on stderr')
    .option('--rate-limit <n>', 'requests a second per token, bursts of twice that (0: no limit)', '30')
    .option('--body-limit <bytes>', 'largest request body, uploads excepted', String(1024 * 1024))
    .option('--upload-limit <bytes>', 'largest multipart (upload) body', String(50 * 1024 * 1024))
    .option('--timeout <ms>', 'tdlib: a TDLib call not answered within this answers 504 (default 60000)')
    .action(async (flags: ServeFlags) => {
      if (flags.memory && flags.data !== undefined) throw new LuatdError('USAGE', 'serve: give either --data or --memory, not both');
      const backend = backendOptions(flags);
      if (flags.compat === 'tdcli') throw new LuatdError('USAGE', 'serve: --compat tdcli is for luatd run (a tdcli bot); use legacy or none');
      if (flags.timeout !== undefined && backend.backend !== 'tdlib') throw new LuatdError('USAGE', '--timeout applies to serve --backend tdlib only');
      const timeoutMs = flags.timeout === undefined ? undefined : nonNegative('--timeout', flags.timeout);
      const { host, port } = parseListen(flags.listen);
      const dataDir = flags.memory ? undefined : (flags.data ?? defaultDataDir());
      if (dataDir !== undefined) ensureDataDir(dataDir);
      const gateway = await HttpGateway.start({
        dataDir,
        host,
        port,
        rateLimit: nonNegative('--rate-limit', flags.rateLimit),
        bodyLimit: nonNegative('--body-limit', flags.bodyLimit),
        uploadLimit: nonNegative('--upload-limit', flags.uploadLimit),
        log: flags.verbose ? (line) => process.stderr.write(`${line}\n`) : undefined,
        ...backend,
        timeoutMs,
      });
      const where = (dataDir ?? 'an in-memory core') + (backend.backend === 'tdlib' ? ', TDLib' : '');
      process.stderr.write(`luatd serve: listening on ${gateway.address.url} (${where}); SIGTERM or Ctrl-C stops\n`);
      if (!/^(127\.|::1$|localhost$)/.test(host)) process.stderr.write(`luatd serve: warning: ${host} is reachable from other machines; tokens travel in clear text over http\n`);
      await new Promise<void>((resolve) => {
        const stop = (sig: string) => {
          process.stderr.write(`luatd serve: ${sig}: draining\n`);
          process.off('SIGTERM', onTerm);
          process.off('SIGINT', onInt);
          void gateway.close().then(resolve, resolve);
        };
        const onTerm = () => stop('SIGTERM');
        const onInt = () => stop('SIGINT');
        process.on('SIGTERM', onTerm);
        process.on('SIGINT', onInt);
      });
      process.stderr.write('luatd serve: stopped\n');
    });
}
