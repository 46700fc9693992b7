/**
 * Every subcommand of the CLI, in the order `luatd --help` lists them.
 * Each module exports `register(program)`; add new commands here. They are imported on demand:
 * `luatd run` loads only run.ts and what it needs (start-up time), help and unknown names load all.
 */
import type { Command } from 'commander';

export type RegisterCommand = (program: Command) => void;

/** A subcommand by name, and how to load its module. */
export interface CommandEntry {
  name: string;
  load: () => Promise<RegisterCommand>;
}

export const commands: CommandEntry[] = [
  { name: 'run', load: async () => (await import('./run.js')).register },
  { name: 'repl', load: async () => (await import('./repl.js')).register },
  { name: 'plugins', load: async () => (await import('./plugins.js')).register },
  { name: 'bot', load: async () => (await import('./bot.js')).register },
  { name: 'serve', load: async () => (await import('./serve.js')).register },
  { name: 'token', load: async () => (await import('./token.js')).register },
  { name: 'docs', load: async () => (await import('./docs.js')).register },
  { name: 'describe', load: async () => (await import('./describe.js')).register },
  { name: 'types', load: async () => (await import('./types.js')).register },
];
