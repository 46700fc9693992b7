/**
 * Custom requests between bots, and the alarm. On Telegram a bot's sendCustomRequest goes to the
 * servers and custom queries come from them; on the embedded network the server side is another
 * bot: `method` is `<bot username>.<name>`, that bot gets updateNewCustomQuery and answers with
 * answerCustomQuery, and the asker's call returns the answer. The query waits in `bot_queries`
 * (kind 'custom') like a callback query, so the two bots may run in different processes; the
 * asker gives up after the bot timeout (BOT_RESPONSE_TIMEOUT) and a late answer is refused.
 */
import type { TdError } from '../client.js';
import type * as T from '../api-types.generated.js';
import { badRequest } from '../errors.js';
import { feedAccount } from '../network/feed.js';
import { type AccountRow, getAccount, sql } from '../network/model.js';
import { USERNAME_RE } from './auth.js';
import { type Ctx, type HandlerEntry, ask, pending, write } from './context.js';

/** Largest setAlarm delay, in seconds (TD's bound). */
export const MAX_ALARM_SEC = 3e9;

const BOTS_ONLY = (): TdError => badRequest('The method is available only for bots');
const QUERY_ID_INVALID = (): TdError => badRequest('QUERY_ID_INVALID');
const BOT_RESPONSE_TIMEOUT = (): TdError => badRequest('BOT_RESPONSE_TIMEOUT');

interface CustomRow {
  id: number;
  bot: number;
  sender: number;
  state: 'open' | 'answered' | 'expired';
  answer: string | null;
}

/** The JSON value of `text` ('' is null), or undefined when it is not JSON. */
function json(text: string): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function customQuery(c: Ctx, id: number): CustomRow | undefined {
  return sql(c.db, "SELECT id, bot, sender, state, answer FROM bot_queries WHERE id = ? AND kind = 'custom'").get(id) as CustomRow | undefined;
}

function result(q: CustomRow): T.customRequestResult {
  return { _: 'customRequestResult', result: q.answer === null ? '' : (JSON.parse(q.answer) as string) };
}

/** Custom request and alarm methods. */
export const customHandlers: HandlerEntry[] = [
  ask(
    'sendCustomRequest',
    (c, p) => {
      if (!getAccount(c.db, c.me)?.is_bot) return BOTS_ONLY();
      const m = /^@?([^.]+)\.(.+)$/.exec(p.method.trim());
      if (!m || !USERNAME_RE.test(m[1])) return badRequest('METHOD_INVALID: the method must be <bot username>.<name>');
      const bot = sql(c.db, 'SELECT * FROM accounts WHERE lower(username) = lower(?) AND is_bot = 1 AND deleted = 0').get(m[1]) as AccountRow | undefined;
      if (!bot) return badRequest(`METHOD_INVALID: no bot @${m[1]} answers custom requests`);
      const parameters = json(p.parameters);
      if (parameters === undefined) return badRequest('Parameter parameters must be JSON');
      const data = JSON.stringify({ method: m[2], parameters, sender_user_id: c.me });
      const id = Number(
        sql(c.db, "INSERT INTO bot_queries (kind, bot, sender, payload, created) VALUES ('custom', ?, ?, ?, ?)").run(bot.id, c.me, data, c.now()).lastInsertRowid,
      );
      feedAccount(c.db, bot.id, { _: 'updateNewCustomQuery', id: String(id), data, timeout: Math.ceil(c.botTimeoutMs / 1000) });
      return pending(id);
    },
    (c, id) => {
      const q = customQuery(c, id);
      return q && q.state === 'answered' ? result(q) : undefined;
    },
    (c, id) => {
      const q = customQuery(c, id);
      if (q && q.state === 'answered') return result(q);
      sql(c.db, "UPDATE bot_queries SET state = 'expired' WHERE id = ? AND state = 'open'").run(id);
      return BOT_RESPONSE_TIMEOUT();
    },
  ),

  write('answerCustomQuery', (c, p) => {
    if (!getAccount(c.db, c.me)?.is_bot) return BOTS_ONLY();
    const id = Number(p.custom_query_id);
    const q = Number.isSafeInteger(id) ? customQuery(c, id) : undefined;
    if (!q || q.bot !== c.me || q.state !== 'open') return QUERY_ID_INVALID();
    if (json(p.data) === undefined) return badRequest('Parameter data must be JSON');
    sql(c.db, "UPDATE bot_queries SET state = 'answered', answer = ? WHERE id = ?").run(JSON.stringify(p.data), q.id);
    return { _: 'ok' };
  }),

  // The query number is the moment (real milliseconds) the alarm rings: nothing is stored.
  ask(
    'setAlarm',
    (_c, p) => {
      if (!(p.seconds >= 0 && p.seconds <= MAX_ALARM_SEC)) return badRequest('Wrong parameter seconds specified');
      return pending(Date.now() + Math.round(p.seconds * 1000));
    },
    (_c, due) => (Date.now() >= due ? { _: 'ok' } : undefined),
    () => ({ _: 'ok' }),
    (due) => Math.max(0, due - Date.now()),
  ),
];
