/** The dispatch table of the embedded engine: every implemented method, by name. */
import { accountHandlers } from './account.js';
import { authHandlers } from './auth.js';
import { botHandlers } from './bots.js';
import { chatHandlers } from './chats.js';
import { chatListHandlers } from './chatlist.js';
import { chatExtraHandlers } from './chat-extras.js';
import { draftHandlers } from './drafts.js';
import { channelHandlers } from './channels.js';
import { fileHandlers } from './files.js';
import { stickerHandlers } from './stickers.js';
import { groupHandlers } from './groups.js';
import type { HandlerEntry } from './context.js';
import { messageHandlers } from './messages.js';
import { networkStatsHandlers } from './network-stats.js';
import { miscHandlers } from './misc.js';
import { recentHandlers } from './recent.js';
import { privacyHandlers } from './privacy.js';
import { customHandlers } from './custom.js';
import { userHandlers } from './users.js';
import { callHandlers } from './calls.js';
import { secretChatHandlers } from './secret-chats.js';
import { gameHandlers } from './games.js';
import { paymentHandlers } from './payments.js';

const ALL: HandlerEntry[] = [
  ...authHandlers,
  ...userHandlers,
  ...chatHandlers,
  ...messageHandlers,
  ...miscHandlers,
  ...botHandlers,
  ...fileHandlers,
  ...stickerHandlers,
  ...groupHandlers,
  ...channelHandlers,
  ...chatListHandlers,
  ...draftHandlers,
  ...recentHandlers,
  ...chatExtraHandlers,
  ...accountHandlers,
  ...privacyHandlers,
  ...networkStatsHandlers,
  ...customHandlers,
  ...callHandlers,
  ...secretChatHandlers,
  ...gameHandlers,
  ...paymentHandlers,
];

/** name → handler entry, for every method the embedded engine implements. */
export const HANDLERS: Readonly<Record<string, HandlerEntry>> = Object.fromEntries(ALL.map((e) => [e.name, e]));

// Two modules serving one method would let the later one win without a word: refuse to load.
if (Object.keys(HANDLERS).length !== ALL.length) {
  const seen = new Set<string>();
  const twice = ALL.filter((e) => (seen.has(e.name) ? true : (seen.add(e.name), false))).map((e) => e.name);
  throw new Error(`the engine has two handlers for ${twice.join(', ')}: keep one (src/core/engine/)`);
}
