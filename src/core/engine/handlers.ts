/** The dispatch table of the embedded engine: every implemented method, by name. */
import { authHandlers } from './auth.js';
import { botHandlers } from './bots.js';
import { chatHandlers } from './chats.js';
import { chatListHandlers } from './chatlist.js';
import { chatExtraHandlers } from './chat-extras.js';
import { draftHandlers } from './drafts.js';
import { fileHandlers } from './files.js';
import { groupHandlers } from './groups.js';
import type { HandlerEntry } from './context.js';
import { messageHandlers } from './messages.js';
import { miscHandlers } from './misc.js';
import { recentHandlers } from './recent.js';
import { userHandlers } from './users.js';

/** name → handler entry, for every method the embedded engine implements. */
export const HANDLERS: Readonly<Record<string, HandlerEntry>> = Object.fromEntries(
  [...authHandlers, ...userHandlers, ...chatHandlers, ...messageHandlers, ...miscHandlers, ...botHandlers, ...fileHandlers, ...groupHandlers, ...chatListHandlers, ...draftHandlers, ...recentHandlers, ...chatExtraHandlers].map((e) => [e.name, e]),
);
