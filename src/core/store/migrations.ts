/**
 * Versioned schema of the data file. `PRAGMA user_version` holds the number of migrations
 * applied; opening a data dir applies the missing ones in one transaction each, so a data dir
 * written by an older luatd opens in a newer one. Never edit a shipped migration: append one.
 */

/** Value of the `app` row of `meta`: marks a SQLite file as ours. */
export const APP_MARK = 'luatd-embedded-core';

/** Migrations in order; index i brings user_version from i to i + 1. */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
  INSERT INTO meta (key, value) VALUES ('app', '${APP_MARK}'), ('activity', '0');

  -- network side: the shared truth
  CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    phone TEXT UNIQUE,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL DEFAULT '',
    username TEXT,
    about TEXT NOT NULL DEFAULT '',
    is_bot INTEGER NOT NULL DEFAULT 0,
    bot_token TEXT UNIQUE,
    pw_hash TEXT,
    pw_hint TEXT NOT NULL DEFAULT '',
    recovery_email TEXT NOT NULL DEFAULT '',
    created INTEGER NOT NULL
  );
  CREATE UNIQUE INDEX accounts_username ON accounts (lower(username)) WHERE username IS NOT NULL;

  -- logged-in sessions of accounts ("authorizations" on the network side)
  CREATE TABLE authorizations (
    id TEXT PRIMARY KEY,
    account_id INTEGER NOT NULL,
    client TEXT NOT NULL,
    log_in_date INTEGER NOT NULL,
    last_active_date INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX authorizations_account ON authorizations (account_id);

  CREATE TABLE contacts (
    owner INTEGER NOT NULL,
    phone TEXT NOT NULL,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    PRIMARY KEY (owner, phone)
  ) WITHOUT ROWID;
  CREATE INDEX contacts_phone ON contacts (phone);

  CREATE TABLE blocks (owner INTEGER NOT NULL, user_id INTEGER NOT NULL, PRIMARY KEY (owner, user_id)) WITHOUT ROWID;

  -- conversations: a private chat (user_a <= user_b) or a group (chat id = -id)
  CREATE TABLE convs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    user_a INTEGER,
    user_b INTEGER,
    last_msg_id INTEGER NOT NULL DEFAULT 0,
    created INTEGER NOT NULL
  );
  CREATE UNIQUE INDEX convs_pair ON convs (user_a, user_b) WHERE kind = 'private';

  -- one row per (account, conversation): membership, read state, place in the chat list
  CREATE TABLE dialogs (
    owner INTEGER NOT NULL,
    conv INTEGER NOT NULL,
    chat_id INTEGER NOT NULL,
    status TEXT NOT NULL,
    inviter INTEGER NOT NULL DEFAULT 0,
    join_date INTEGER NOT NULL,
    last_read_inbox INTEGER NOT NULL DEFAULT 0,
    unread_count INTEGER NOT NULL DEFAULT 0,
    order_key INTEGER NOT NULL DEFAULT 0,
    client_data TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (owner, conv)
  ) WITHOUT ROWID;
  CREATE UNIQUE INDEX dialogs_chat ON dialogs (owner, chat_id);
  CREATE INDEX dialogs_conv ON dialogs (conv);
  CREATE INDEX dialogs_order ON dialogs (owner, order_key, chat_id);

  -- messages, shared by the members of a conversation; ids grow per conversation
  CREATE TABLE messages (
    conv INTEGER NOT NULL,
    id INTEGER NOT NULL,
    sender INTEGER NOT NULL,
    date INTEGER NOT NULL,
    edit_date INTEGER NOT NULL DEFAULT 0,
    reply_to INTEGER NOT NULL DEFAULT 0,
    content TEXT NOT NULL,
    search TEXT NOT NULL DEFAULT '',
    fwd TEXT,
    markup TEXT,
    PRIMARY KEY (conv, id)
  ) WITHOUT ROWID;

  -- messages deleted for one account only (deleteMessages revoke=false, or blocked senders)
  CREATE TABLE hidden (owner INTEGER NOT NULL, conv INTEGER NOT NULL, id INTEGER NOT NULL, PRIMARY KEY (owner, conv, id)) WITHOUT ROWID;

  -- the change feed: every update, addressed to a client (by session name) or to an account
  -- (optionally one network session of it). Clients follow it by seq.
  CREATE TABLE feed (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    client TEXT,
    account INTEGER,
    auth TEXT,
    body TEXT NOT NULL
  );

  -- client side: one row per named session (its local data)
  CREATE TABLE clients (
    name TEXT PRIMARY KEY,
    state TEXT NOT NULL DEFAULT 'wait_phone',
    phone TEXT,
    code TEXT,
    code_type INTEGER NOT NULL DEFAULT 0,
    code_sent INTEGER NOT NULL DEFAULT 0,
    code_first INTEGER NOT NULL DEFAULT 0,
    account_id INTEGER,
    auth_id TEXT,
    recovery_code TEXT,
    last_seq INTEGER NOT NULL DEFAULT 0,
    login_seq INTEGER NOT NULL DEFAULT 0
  ) WITHOUT ROWID;

  CREATE TABLE client_options (client TEXT NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (client, name)) WITHOUT ROWID;
  `,
  // 2: fewer pages written per message. The feed loses AUTOINCREMENT (its sqlite_sequence row
  // was one more page per commit): seq stays monotonic because pruning always keeps the newest
  // row. The chat-order counter moves from meta (another page per commit) to the feed's seq, so
  // the first row gets a seq above every order and every seq handed out so far. convs.last_msg_id
  // becomes a floor (raised only when the newest message is deleted); the next id is
  // max(floor, newest stored id) + 1, so sending no longer rewrites the conversation row.
  `
  CREATE TABLE feed_v2 (
    seq INTEGER PRIMARY KEY,
    client TEXT,
    account INTEGER,
    auth TEXT,
    body TEXT NOT NULL
  );
  INSERT INTO feed_v2 (seq, client, account, auth, body) SELECT seq, client, account, auth, body FROM feed;
  INSERT INTO feed_v2 (seq, client, account, auth, body) VALUES (
    1 + MAX(
      COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'feed'), 0),
      COALESCE((SELECT MAX(seq) FROM feed), 0),
      COALESCE((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'activity'), 0),
      COALESCE((SELECT MAX(order_key) FROM dialogs), 0)
    ),
    NULL, NULL, NULL, '');
  DROP TABLE feed;
  ALTER TABLE feed_v2 RENAME TO feed;
  DELETE FROM sqlite_sequence WHERE name = 'feed';
  DELETE FROM meta WHERE key = 'activity';
  `,
  // 3: no index on a chat's order. Every message changes the order of each member's chat, and
  // the index was one more page written per commit; getChats now sorts the account's own dialogs
  // (found by the primary key's owner prefix), which stays cheap for chat lists of thousands.
  `
  DROP INDEX dialogs_order;
  `,
  // 4: login limits and secrets. Failed login attempts are counted per phone number / account
  // (shared by every session and process); a login code counts its own wrong tries; bot tokens
  // are kept as SHA-256 hashes (luatd_sha256 is registered by the store), shown once at creation.
  `
  CREATE TABLE auth_failures (
    key TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    last_ms INTEGER NOT NULL,
    until_ms INTEGER NOT NULL
  ) WITHOUT ROWID;
  ALTER TABLE clients ADD COLUMN code_tries INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE clients ADD COLUMN recovery_tries INTEGER NOT NULL DEFAULT 0;
  UPDATE accounts SET bot_token = luatd_sha256(bot_token) WHERE bot_token IS NOT NULL;
  `,
  // 5: bots. Queries a user puts to a bot (callback buttons, inline queries) wait here for the
  // bot's answer, so the asker and the bot may be different processes on one data dir; a query
  // is 'open' until answered or until the asker stops waiting ('expired': a late answer is refused).
  // messages.via_bot names the bot whose inline result a message was sent from.
  `
  CREATE TABLE bot_queries (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    bot INTEGER NOT NULL,
    sender INTEGER NOT NULL,
    conv INTEGER NOT NULL DEFAULT 0,
    msg INTEGER NOT NULL DEFAULT 0,
    chat_id INTEGER NOT NULL DEFAULT 0,
    payload TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'open',
    answer TEXT,
    created INTEGER NOT NULL
  );
  CREATE INDEX bot_queries_sender ON bot_queries (sender, kind);
  ALTER TABLE messages ADD COLUMN via_bot INTEGER NOT NULL DEFAULT 0;
  `,
  // 6: basic groups. A group's invite link token (null until exported) and its "all members are
  // administrators" switch (on by default, as for a 2017 basic group). dialogs.status gains
  // 'administrator' and 'banned'.
  `
  ALTER TABLE convs ADD COLUMN invite TEXT;
  ALTER TABLE convs ADD COLUMN all_admins INTEGER NOT NULL DEFAULT 1;
  CREATE INDEX convs_invite ON convs (invite) WHERE invite IS NOT NULL;
  `,
  // 7: chat list extras of an account (kept on the network side, so every session and process of
  // the account sees them, as Telegram syncs them). A chat's draft (draftMessage JSON) and the
  // activity value it was saved at; the pinned position (0: not pinned; see chatOrder in
  // render.ts); the answer to the report-spam offer ('spam' / 'not_spam', null: not given).
  // The recently found chats, the hashtags used in sent messages (by last use), the points
  // from which a top chat counts again after deleteTopChat, and reports sent to the moderators.
  `
  ALTER TABLE dialogs ADD COLUMN draft TEXT;
  ALTER TABLE dialogs ADD COLUMN draft_order INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE dialogs ADD COLUMN pin_order INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE dialogs ADD COLUMN spam_state TEXT;
  CREATE TABLE recent_found (owner INTEGER NOT NULL, chat_id INTEGER NOT NULL, pos INTEGER NOT NULL, PRIMARY KEY (owner, chat_id)) WITHOUT ROWID;
  CREATE TABLE recent_hashtags (owner INTEGER NOT NULL, tag TEXT NOT NULL, used INTEGER NOT NULL, PRIMARY KEY (owner, tag)) WITHOUT ROWID;
  CREATE TABLE top_resets (
    owner INTEGER NOT NULL,
    category TEXT NOT NULL,
    chat_id INTEGER NOT NULL,
    conv INTEGER NOT NULL,
    after_id INTEGER NOT NULL,
    PRIMARY KEY (owner, category, chat_id, conv)
  ) WITHOUT ROWID;
  CREATE TABLE chat_reports (
    id INTEGER PRIMARY KEY,
    reporter INTEGER NOT NULL,
    conv INTEGER NOT NULL,
    reason TEXT NOT NULL,
    date INTEGER NOT NULL
  );
  `,
  // 8: the account. Privacy rules and notification settings per account (JSON rules by key;
  // scopes 'private', 'group', 'all' or a chat id); a deleted account keeps its id (others still
  // show it, as a deleted user) but loses its phone, names and data; `ttl_days` is its
  // self-destruct delay and `active` its last activity (for that delay). A phone number change
  // and a temporary password belong to one session; network statistics to one client.
  `
  ALTER TABLE accounts ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE accounts ADD COLUMN ttl_days INTEGER NOT NULL DEFAULT 180;
  ALTER TABLE accounts ADD COLUMN active INTEGER NOT NULL DEFAULT 0;
  CREATE TABLE privacy (owner INTEGER NOT NULL, key TEXT NOT NULL, rules TEXT NOT NULL, PRIMARY KEY (owner, key)) WITHOUT ROWID;
  CREATE TABLE notify_settings (
    owner INTEGER NOT NULL,
    scope TEXT NOT NULL,
    mute_until INTEGER NOT NULL,
    sound TEXT NOT NULL,
    show_preview INTEGER NOT NULL,
    PRIMARY KEY (owner, scope)
  ) WITHOUT ROWID;
  CREATE TABLE phone_changes (
    client TEXT PRIMARY KEY,
    account INTEGER NOT NULL,
    phone TEXT NOT NULL,
    code TEXT,
    code_type INTEGER NOT NULL,
    sent_ms INTEGER NOT NULL,
    tries INTEGER NOT NULL DEFAULT 0
  ) WITHOUT ROWID;
  CREATE TABLE temp_passwords (auth TEXT PRIMARY KEY, account INTEGER NOT NULL, until_ms INTEGER NOT NULL) WITHOUT ROWID;
  CREATE TABLE net_stats (
    client TEXT NOT NULL,
    kind TEXT NOT NULL,
    file_type TEXT NOT NULL,
    network_type TEXT NOT NULL,
    sent INTEGER NOT NULL,
    received INTEGER NOT NULL,
    duration REAL NOT NULL,
    PRIMARY KEY (client, kind, file_type, network_type)
  ) WITHOUT ROWID;
  CREATE TABLE net_state (client TEXT PRIMARY KEY, network_type TEXT NOT NULL, since INTEGER NOT NULL) WITHOUT ROWID;
  `,
  // 9: channels (supergroups and broadcast channels). A channel is a conversation of kind
  // 'channel' (chat id -1000000000000 - id) with its settings on the convs row; a member's
  // administrator or restriction rights, the restriction's or ban's end and who promoted them are
  // on the dialog row (status stays creator/administrator/member/left/banned, so message delivery
  // is unchanged; a restricted user keeps 'member' or 'left' with restricted = 1). A migrated basic
  // group points at its channel. chat_events is the administrators' event log; spam_reports keeps
  // the messages an administrator reported as a member's spam (reportChannelSpam).
  `
  ALTER TABLE convs ADD COLUMN is_supergroup INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE convs ADD COLUMN username TEXT;
  ALTER TABLE convs ADD COLUMN about TEXT NOT NULL DEFAULT '';
  ALTER TABLE convs ADD COLUMN anyone_can_invite INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE convs ADD COLUMN sign_messages INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE convs ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE convs ADD COLUMN sticker_set TEXT NOT NULL DEFAULT '0';
  ALTER TABLE convs ADD COLUMN migrated_from INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE convs ADD COLUMN migrated_from_max INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE convs ADD COLUMN migrated_to INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE convs ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
  CREATE UNIQUE INDEX convs_username ON convs (lower(username)) WHERE username IS NOT NULL;
  ALTER TABLE dialogs ADD COLUMN rights INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE dialogs ADD COLUMN restricted INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE dialogs ADD COLUMN until INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE dialogs ADD COLUMN promoter INTEGER NOT NULL DEFAULT 0;
  CREATE TABLE chat_events (
    id INTEGER PRIMARY KEY,
    conv INTEGER NOT NULL,
    date INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    action TEXT NOT NULL
  );
  CREATE INDEX chat_events_conv ON chat_events (conv, id);
  CREATE TABLE spam_reports (
    id INTEGER PRIMARY KEY,
    reporter INTEGER NOT NULL,
    conv INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    message_ids TEXT NOT NULL,
    date INTEGER NOT NULL
  );
  `,
  // 10: files (docs/files.md). `files` is the network's side of every file (upload state, the
  // content's SHA-256 in the file store, the persistent id); `file_locals` an account's local
  // copy (downloads, generated files, the path an upload came from). Profile photos keep their
  // history; accounts.photo names the current one, convs.photo a group's photo (a file id).
  `
  CREATE TABLE files (
    id INTEGER PRIMARY KEY,
    owner INTEGER NOT NULL,
    type TEXT NOT NULL,
    size INTEGER NOT NULL DEFAULT 0,
    remote_size INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    blob TEXT,
    persistent TEXT UNIQUE,
    name TEXT NOT NULL DEFAULT '',
    gen_id TEXT UNIQUE,
    conversion TEXT NOT NULL DEFAULT '',
    conv INTEGER NOT NULL DEFAULT 0,
    created INTEGER NOT NULL
  );
  CREATE INDEX files_blob ON files (blob) WHERE blob IS NOT NULL;
  CREATE TABLE file_locals (
    account INTEGER NOT NULL,
    file INTEGER NOT NULL,
    path TEXT NOT NULL,
    local_size INTEGER NOT NULL DEFAULT 0,
    downloading INTEGER NOT NULL DEFAULT 0,
    stored INTEGER NOT NULL DEFAULT 0,
    accessed INTEGER NOT NULL,
    created INTEGER NOT NULL,
    PRIMARY KEY (account, file)
  ) WITHOUT ROWID;
  CREATE TABLE profile_photos (id INTEGER PRIMARY KEY, account INTEGER NOT NULL, file INTEGER NOT NULL, date INTEGER NOT NULL);
  CREATE INDEX profile_photos_account ON profile_photos (account, id);
  ALTER TABLE accounts ADD COLUMN photo INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE convs ADD COLUMN photo INTEGER NOT NULL DEFAULT 0;
  `,
  // 11: calls and secret chats (src/core/engine/calls.ts, secret-chats.ts). A call is a row both
  // parties' processes read (ringing → accepted → discarded, ratings and debug per party). A
  // secret chat is a conversation of kind 'secret' (user_a started it, user_b is the peer) with
  // its state (0 pending, 1 ready, 2 closed), TTL and key here; messages.ttl is the self-destruct
  // delay a message was sent with, and ttl_expires (ms) the moment it goes once its reader opened it.
  `
  CREATE TABLE calls (
    id INTEGER PRIMARY KEY,
    caller INTEGER NOT NULL,
    callee INTEGER NOT NULL,
    state TEXT NOT NULL,
    protocol TEXT NOT NULL,
    answer_protocol TEXT,
    key BLOB,
    reason TEXT NOT NULL DEFAULT '',
    duration INTEGER NOT NULL DEFAULT 0,
    created INTEGER NOT NULL,
    accepted INTEGER NOT NULL DEFAULT 0,
    ended INTEGER NOT NULL DEFAULT 0,
    caller_rating INTEGER NOT NULL DEFAULT 0,
    callee_rating INTEGER NOT NULL DEFAULT 0,
    caller_comment TEXT NOT NULL DEFAULT '',
    callee_comment TEXT NOT NULL DEFAULT '',
    caller_debug INTEGER NOT NULL DEFAULT 0,
    callee_debug INTEGER NOT NULL DEFAULT 0,
    caller_debug_data TEXT NOT NULL DEFAULT '',
    callee_debug_data TEXT NOT NULL DEFAULT ''
  );
  CREATE INDEX calls_caller ON calls (caller, state);
  CREATE INDEX calls_callee ON calls (callee, state);
  CREATE TABLE secret_chats (
    conv INTEGER PRIMARY KEY,
    state INTEGER NOT NULL DEFAULT 0,
    ttl INTEGER NOT NULL DEFAULT 0,
    key_hash BLOB NOT NULL,
    layer INTEGER NOT NULL
  );
  ALTER TABLE messages ADD COLUMN ttl INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE messages ADD COLUMN ttl_expires INTEGER NOT NULL DEFAULT 0;
  `,
  // 12: games (src/core/engine/games.ts): a bot's games by short name, and each player's score
  // per game message.
  `
  CREATE TABLE games (
    id INTEGER PRIMARY KEY,
    bot INTEGER NOT NULL,
    short_name TEXT NOT NULL,
    title TEXT NOT NULL,
    created INTEGER NOT NULL
  );
  CREATE UNIQUE INDEX games_bot ON games (bot, short_name);
  CREATE TABLE game_scores (
    conv INTEGER NOT NULL,
    msg INTEGER NOT NULL,
    user_id INTEGER NOT NULL,
    score INTEGER NOT NULL,
    date INTEGER NOT NULL,
    PRIMARY KEY (conv, msg, user_id)
  ) WITHOUT ROWID;
  `,
  // 13: payments with the local test provider (src/core/engine/payments.ts): the details of
  // each invoice message, validated orders (with the bot's shipping options), payments made (for
  // receipts), and the order info and card an account saved.
  `
  CREATE TABLE invoices (
    conv INTEGER NOT NULL,
    msg INTEGER NOT NULL,
    bot INTEGER NOT NULL,
    invoice TEXT NOT NULL,
    payload TEXT NOT NULL,
    title TEXT NOT NULL,
    PRIMARY KEY (conv, msg)
  ) WITHOUT ROWID;
  CREATE TABLE payment_orders (
    id TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL,
    conv INTEGER NOT NULL,
    msg INTEGER NOT NULL,
    order_info TEXT,
    shipping_options TEXT NOT NULL,
    created INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE payments (
    conv INTEGER NOT NULL,
    receipt_msg INTEGER NOT NULL,
    invoice_msg INTEGER NOT NULL,
    payer INTEGER NOT NULL,
    bot INTEGER NOT NULL,
    invoice TEXT NOT NULL,
    order_info TEXT NOT NULL,
    shipping_option TEXT NOT NULL,
    credentials_title TEXT NOT NULL,
    date INTEGER NOT NULL,
    PRIMARY KEY (conv, receipt_msg)
  ) WITHOUT ROWID;
  CREATE TABLE saved_payment_info (
    user_id INTEGER PRIMARY KEY,
    order_info TEXT,
    credentials_id TEXT,
    credentials_title TEXT NOT NULL DEFAULT ''
  );
  `,
  // 14: stickers and animations (engine/stickers.ts). Sticker sets made by bots from uploaded
  // files (set_stickers: one set per sticker file, its emojis and place); what each account
  // installed, archived or viewed, in its order; its recent, attached, favourite stickers and
  // saved animations (sticker_lists, newest `used` first); stickers added to a photo or video.
  `
  CREATE TABLE sticker_sets (
    id INTEGER PRIMARY KEY,
    owner INTEGER NOT NULL,
    creator INTEGER NOT NULL,
    title TEXT NOT NULL,
    name TEXT NOT NULL,
    is_masks INTEGER NOT NULL DEFAULT 0,
    created INTEGER NOT NULL
  );
  CREATE UNIQUE INDEX sticker_sets_name ON sticker_sets (lower(name));
  CREATE TABLE set_stickers (file INTEGER PRIMARY KEY, set_id INTEGER NOT NULL, emojis TEXT NOT NULL, mask TEXT, pos INTEGER NOT NULL);
  CREATE INDEX set_stickers_set ON set_stickers (set_id, pos);
  CREATE TABLE account_sticker_sets (
    account INTEGER NOT NULL,
    set_id INTEGER NOT NULL,
    installed INTEGER NOT NULL DEFAULT 0,
    archived INTEGER NOT NULL DEFAULT 0,
    viewed INTEGER NOT NULL DEFAULT 0,
    pos INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (account, set_id)
  ) WITHOUT ROWID;
  CREATE TABLE sticker_lists (account INTEGER NOT NULL, kind TEXT NOT NULL, file INTEGER NOT NULL, used INTEGER NOT NULL, PRIMARY KEY (account, kind, file)) WITHOUT ROWID;
  CREATE TABLE file_stickers (file INTEGER NOT NULL, sticker INTEGER NOT NULL, PRIMARY KEY (file, sticker)) WITHOUT ROWID;
  `,
];
