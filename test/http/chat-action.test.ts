/** Bot API sendChatAction through the gateway: the user the bot talks to sees it typing (updateUserChatAction). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sendTextRequest } from '../../src/core/requests.js';
import { ok, Updates } from '../core/helpers.js';
import { World } from './helpers.js';

test('Bot API sendChatAction: the user gets updateUserChatAction from the bot; an unknown action is refused', async () => {
  const w = await World.start();
  try {
    ok(w.user, { _: 'createPrivateChat', user_id: w.bot.user_id });
    ok(w.user, sendTextRequest(w.bot.user_id, 'hello'));
    const ups = new Updates(w.user);
    const r = await w.bot_('sendChatAction', { chat_id: w.userId, action: 'upload_photo' });
    assert.equal(r.ok, true, r.description);
    assert.equal(r.result, true);
    const u = await ups.waitFor((x) => x._ === 'updateUserChatAction');
    assert.deepEqual(u, { _: 'updateUserChatAction', chat_id: w.bot.user_id, user_id: w.bot.user_id, action: { _: 'chatActionUploadingPhoto', progress: 0 } });
    const bad = await w.bot_('sendChatAction', { chat_id: w.userId, action: 'dancing' });
    assert.deepEqual([bad.status, bad.description], [400, 'Bad Request: wrong parameter action in request']);
  } finally {
    await w.close();
  }
});
