/**
 * Every subcommand of the CLI, in the order `luatd --help` lists them.
 * Each module exports `register(program)`; add new commands here.
 */
import type { Command } from 'commander';
import { register as docs } from './docs.js';
import { register as describe } from './describe.js';
import { register as types } from './types.js';
import { register as run } from './run.js';
import { register as repl } from './repl.js';
import { register as plugins } from './plugins.js';
import { register as bot } from './bot.js';
import { register as serve } from './serve.js';
import { register as token } from './token.js';

export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [run, repl, plugins, bot, serve, token, docs, describe, types];
