/**
 * Builders of fully spelled-out requests, for programs that call `Client.invoke` directly
 * (the Lua host validates and fills defaults itself; direct callers may skip that step).
 */
import type { TdObject } from './client.js';

/** A normalised sendMessage of plain text to `chatId`; `extra` overrides top-level parameters. */
export function sendTextRequest(chatId: number, text: string, extra: Record<string, unknown> = {}): TdObject {
  return {
    _: 'sendMessage',
    chat_id: chatId,
    reply_to_message_id: 0,
    disable_notification: false,
    from_background: false,
    reply_markup: null,
    input_message_content: { _: 'inputMessageText', text, disable_web_page_preview: false, clear_draft: false, entities: [], parse_mode: null },
    ...extra,
  };
}
