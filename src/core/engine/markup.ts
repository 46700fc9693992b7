/** Keyboards a bot attaches to its messages: what the network accepts. */
import type { TdError } from '../client.js';
import type * as T from '../api-types.generated.js';
import { badRequest } from '../errors.js';

/** A URL a button may open (Telegram accepts http(s) and tg: links). */
export const BUTTON_URL = /^(https?|tg):\/\/\S+$/i;

/** Checks a keyboard a bot attaches: sizes, texts, URLs, callback data of at most 64 bytes. */
export function checkMarkup(markup: T.ReplyMarkup | null): TdError | undefined {
  if (markup === null) return undefined;
  if (markup._ === 'replyMarkupInlineKeyboard') {
    for (const b of markup.rows.flat()) {
      if (b.text.trim() === '') return badRequest('Inline keyboard button text must be non-empty');
      const t = b.type;
      if (t._ === 'inlineKeyboardButtonTypeCallback' && Buffer.from(t.data, 'base64').length > 64) return badRequest('BUTTON_DATA_INVALID');
      if (t._ === 'inlineKeyboardButtonTypeUrl' && !BUTTON_URL.test(t.url)) return badRequest('BUTTON_URL_INVALID');
    }
  } else if (markup._ === 'replyMarkupShowKeyboard') {
    if (markup.rows.flat().some((b) => b.text.trim() === '')) return badRequest('Keyboard button text must be non-empty');
  }
  return undefined;
}

