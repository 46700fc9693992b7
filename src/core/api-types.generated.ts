// Generated from td_api.tl by luatd's TypeScript generator (src/schema/tsgen.ts).
// Do not edit: regenerate with `npm run build && npm run gen:types`.
/* eslint-disable */

/** Any function call object (a request): `_` names the function. */
export interface Request {
  _: MethodName;
  [param: string]: unknown;
}

/** The answer to any request that failed instead of its normal result */
export interface error {
  _: "error";
  /** Numeric error class, modelled on HTTP: 400 bad request, 401 not authorized, 404 not found, 406 to be ignored silently, 429 too many requests, 500 internal, 501 not implemented by this backend */
  code: number;
  /** Machine-readable reason, usually an UPPER_CASE tag such as PHONE_CODE_INVALID; text may change between versions */
  message: string;
}

/** The answer of requests that succeed without anything else to report */
export interface ok {
  _: "ok";
}

/** The code arrives as a chat message in another logged-in session of the same account */
export interface authCodeTypeMessage {
  _: "authCodeTypeMessage";
  /** Number of digits in the code */
  length: number;
}

/** The code arrives as an SMS text */
export interface authCodeTypeSms {
  _: "authCodeTypeSms";
  /** Number of digits in the code */
  length: number;
}

/** The code is read out by an automated phone call */
export interface authCodeTypeCall {
  _: "authCodeTypeCall";
  /** Number of digits in the code */
  length: number;
}

/** The user gets a call that hangs up at once; the caller's number is the code */
export interface authCodeTypeFlashCall {
  _: "authCodeTypeFlashCall";
  /** Shape of the calling number, with the unknown digits masked */
  pattern: string;
}

/** The client is not logged in and waits for a phone number (setAuthPhoneNumber) or a bot token (checkAuthBotToken) */
export interface authStateWaitPhoneNumber {
  _: "authStateWaitPhoneNumber";
}

/** A login code was sent; the client waits for it (checkAuthCode) */
export interface authStateWaitCode {
  _: "authStateWaitCode";
  /** False when the phone number has no account yet: checkAuthCode must then carry a first name to register one */
  is_registered: boolean;
  /** How the current code was delivered */
  code_type: AuthCodeType;
  /** How resendAuthCode would deliver the next code; may be null when no other way is left */
  next_code_type: AuthCodeType | null;
  /** Seconds to wait before resendAuthCode may be called */
  timeout: number;
}

/** The code was right but the account is protected by a two-step verification password (checkAuthPassword) */
export interface authStateWaitPassword {
  _: "authStateWaitPassword";
  /** Hint chosen by the user for the password; may be empty */
  password_hint: string;
  /** True when a recovery e-mail address is set, so requestAuthPasswordRecovery can be used */
  has_recovery_email: boolean;
  /** Masked address the recovery code was sent to; empty until requestAuthPasswordRecovery was called */
  recovery_email_pattern: string;
}

/** The client is logged in and every method can be used */
export interface authStateOk {
  _: "authStateOk";
}

/** The client is logging out; local data is being removed */
export interface authStateLoggingOut {
  _: "authStateLoggingOut";
}

/** The two-step verification settings of the current account */
export interface passwordState {
  _: "passwordState";
  /** True when a password is required at login */
  has_password: boolean;
  /** Hint for the password; may be empty */
  password_hint: string;
  /** True when a recovery e-mail address is set */
  has_recovery_email: boolean;
  /** Masked recovery address still waiting for confirmation; empty when none */
  unconfirmed_recovery_email_pattern: string;
}

/** A mention of a user by username, such as @example */
export interface textEntityTypeMention {
  _: "textEntityTypeMention";
}

/** A hashtag, such as #luatd */
export interface textEntityTypeHashtag {
  _: "textEntityTypeHashtag";
}

/** A bot command, such as /start or /start@examplebot */
export interface textEntityTypeBotCommand {
  _: "textEntityTypeBotCommand";
}

/** A web address written out in the text */
export interface textEntityTypeUrl {
  _: "textEntityTypeUrl";
}

/** An e-mail address written out in the text */
export interface textEntityTypeEmail {
  _: "textEntityTypeEmail";
}

/** Text shown in bold */
export interface textEntityTypeBold {
  _: "textEntityTypeBold";
}

/** Text shown in italics */
export interface textEntityTypeItalic {
  _: "textEntityTypeItalic";
}

/** Inline monospace text */
export interface textEntityTypeCode {
  _: "textEntityTypeCode";
}

/** A monospace block of text */
export interface textEntityTypePre {
  _: "textEntityTypePre";
}

/** A monospace block of source code */
export interface textEntityTypePreCode {
  _: "textEntityTypePreCode";
  /** Programming language of the code, as named by the sender; may be empty */
  language: string;
}

/** Text that links to an address that is not shown */
export interface textEntityTypeTextUrl {
  _: "textEntityTypeTextUrl";
  /** Target address of the link */
  url: string;
}

/** Text that links to a user who has no username */
export interface textEntityTypeMentionName {
  _: "textEntityTypeMentionName";
  /** The user the text refers to */
  user_id: number;
}

/** One marked-up stretch of text. Offsets and lengths count UTF-16 code units, as in JavaScript strings (not bytes, not Lua string positions) */
export interface textEntity {
  _: "textEntity";
  /** Where the stretch starts, 0-based, in UTF-16 code units */
  offset: number;
  /** How long the stretch is, in UTF-16 code units */
  length: number;
  /** What the stretch means */
  type: TextEntityType;
}

/** A list of text entities */
export interface textEntities {
  _: "textEntities";
  /** The entities, ordered by offset */
  entities: textEntity[];
}

/** Plain text together with the entities that mark it up */
export interface formattedText {
  _: "formattedText";
  /** The text without any markup characters */
  text: string;
  /** Entities over the text, ordered by offset */
  entities: textEntity[];
}

/** Markdown in the style of Telegram bots: *bold*, _italic_, `code`, ```pre```, [text](url) */
export interface textParseModeMarkdown {
  _: "textParseModeMarkdown";
}

/** A small HTML subset: <b>, <strong>, <i>, <em>, <code>, <pre>, <a href="..."> */
export interface textParseModeHTML {
  _: "textParseModeHTML";
}

/** No relation: the phone number is not known */
export interface linkStateNone {
  _: "linkStateNone";
}

/** The phone number is known, but the user is not in the contact list */
export interface linkStateKnowsPhoneNumber {
  _: "linkStateKnowsPhoneNumber";
}

/** The user is in the contact list */
export interface linkStateContact {
  _: "linkStateContact";
}

/** An ordinary person's account */
export interface userTypeGeneral {
  _: "userTypeGeneral";
}

/** An account that was deleted; only its identifier remains */
export interface userTypeDeleted {
  _: "userTypeDeleted";
}

/** A bot, driven by a program through a bot token */
export interface userTypeBot {
  _: "userTypeBot";
  /** True when the bot may be added to group chats */
  can_join_group_chats: boolean;
  /** True when the bot receives every message of its group chats, not only commands and replies */
  can_read_all_group_chat_messages: boolean;
  /** True when the bot answers inline queries */
  is_inline: boolean;
  /** Placeholder shown in the input field for inline queries; empty when not inline */
  inline_query_placeholder: string;
  /** True when the bot asks for the user's location with inline queries */
  need_location: boolean;
}

/** Nothing is known of the account's kind yet */
export interface userTypeUnknown {
  _: "userTypeUnknown";
}

/** A command a bot understands */
export interface botCommand {
  _: "botCommand";
  /** The command, without the leading slash */
  command: string;
  description: string;
}

/** What a bot says about itself */
export interface botInfo {
  _: "botInfo";
  description: string;
  /** The commands the bot lists */
  commands: botCommand[];
}

/** The status is hidden or was never set */
export interface userStatusEmpty {
  _: "userStatusEmpty";
}

/** The user is online */
export interface userStatusOnline {
  _: "userStatusOnline";
  /** Unix time when the online status runs out unless renewed */
  expires: number;
}

/** The user is offline */
export interface userStatusOffline {
  _: "userStatusOffline";
  /** Unix time the user was last seen online */
  was_online: number;
}

/** The user was online a short while ago (the exact time is hidden) */
export interface userStatusRecently {
  _: "userStatusRecently";
}

/** The user was online within the last week (the exact time is hidden) */
export interface userStatusLastWeek {
  _: "userStatusLastWeek";
}

/** The user was online within the last month (the exact time is hidden) */
export interface userStatusLastMonth {
  _: "userStatusLastMonth";
}

/** A user or bot account */
export interface user {
  _: "user";
  /** Identifier of the user */
  id: number;
  /** First name; empty only for deleted accounts */
  first_name: string;
  /** Last name; may be empty */
  last_name: string;
  /** Public username without the leading @; empty when none is set */
  username: string;
  /** Phone number in international form without the leading +; empty when hidden from the current user */
  phone_number: string;
  /** When the user was last online */
  status: UserStatus;
  /** What the current user knows of this user's phone number */
  my_link: LinkState;
  /** What this user knows of the current user's phone number */
  foreign_link: LinkState;
  /** True when the account carries a verification mark */
  is_verified: boolean;
  /** Why access to the account is restricted; empty when it is not */
  restriction_reason: string;
  /** False when the user is known only by identifier and cannot be contacted */
  have_access: boolean;
  /** Person, bot or deleted account */
  type: UserType;
  /** Language the user's app reports (IETF tag); bots only, may be empty */
  language_code: string;
}

/** More about a user, fetched on request (getUserFull) */
export interface userFull {
  _: "userFull";
  /** True when the current user has blocked this user */
  is_blocked: boolean;
  /** True when the user can be called */
  can_be_called: boolean;
  /** True when the user restricts who may call them */
  has_private_calls: boolean;
  /** The user's short self-description; may be empty */
  about: string;
  /** Number of group chats shared with the current user */
  common_chat_count: number;
  /** What a bot says about itself; may be null for people */
  bot_info: botInfo | null;
}

/** A page of users */
export interface users {
  _: "users";
  /** Number of users in the whole list, which may be more than those returned */
  total_count: number;
  /** Identifiers of the returned users */
  user_ids: number[];
}

/** An entry of an address book */
export interface contact {
  _: "contact";
  /** Phone number, international form */
  phone_number: string;
  /** First name of the contact */
  first_name: string;
  /** Last name of the contact; may be empty */
  last_name: string;
  /** Identifier of the account with this phone number; 0 when no account has it */
  user_id: number;
}

/** What happened to contacts given to importContacts */
export interface importedContacts {
  _: "importedContacts";
  /** For each given contact, in the same order, the account it matched; 0 when none */
  user_ids: number[];
  /** For each given contact with no account, how many other users have it in their address book; 0 otherwise */
  importer_count: number[];
}

/** A point on Earth */
export interface location {
  _: "location";
  /** Latitude in degrees, -90 to 90 */
  latitude: number;
  /** Longitude in degrees, -180 to 180 */
  longitude: number;
}

/** The user created the chat and has every right in it */
export interface chatMemberStatusCreator {
  _: "chatMemberStatusCreator";
}

/** The user administers the chat with the listed rights */
export interface chatMemberStatusAdministrator {
  _: "chatMemberStatusAdministrator";
  /** True when the current user may change these rights */
  can_be_edited: boolean;
  /** True when the administrator may change the title, photo and description */
  can_change_info: boolean;
  /** True when the administrator may post in a channel */
  can_post_messages: boolean;
  /** True when the administrator may edit other users' messages */
  can_edit_messages: boolean;
  /** True when the administrator may delete other users' messages */
  can_delete_messages: boolean;
  /** True when the administrator may add members */
  can_invite_users: boolean;
  /** True when the administrator may restrict, ban and unban members */
  can_restrict_members: boolean;
  /** True when the administrator may pin messages */
  can_pin_messages: boolean;
  /** True when the administrator may appoint other administrators */
  can_promote_members: boolean;
}

/** An ordinary member with no special rights */
export interface chatMemberStatusMember {
  _: "chatMemberStatusMember";
}

/** A member whose rights were narrowed by an administrator */
export interface chatMemberStatusRestricted {
  _: "chatMemberStatusRestricted";
  /** True when the user is still in the chat */
  is_member: boolean;
  /** Unix time when the restriction ends; 0 for never */
  restricted_until_date: number;
  /** True when the user may send text messages */
  can_send_messages: boolean;
  /** True when the user may send media (implies can_send_messages) */
  can_send_media_messages: boolean;
  /** True when the user may send stickers, games and inline results */
  can_send_other_messages: boolean;
  /** True when links in the user's messages may get previews */
  can_add_web_page_previews: boolean;
}

/** The user is not (or no longer) in the chat */
export interface chatMemberStatusLeft {
  _: "chatMemberStatusLeft";
}

/** The user was removed and may not come back until the ban ends */
export interface chatMemberStatusBanned {
  _: "chatMemberStatusBanned";
  /** Unix time when the ban ends; 0 for never */
  banned_until_date: number;
}

/** A user's membership of a chat */
export interface chatMember {
  _: "chatMember";
  /** The member */
  user_id: number;
  /** Who added the member; 0 when the member joined alone or created the chat */
  inviter_user_id: number;
  /** Unix time the user joined */
  join_date: number;
  /** Role and rights in the chat */
  status: ChatMemberStatus;
  /** What the bot says about itself when the member is a bot; may be null */
  bot_info: botInfo | null;
}

/** A page of chat members */
export interface chatMembers {
  _: "chatMembers";
  /** Number of members in the whole chat */
  total_count: number;
  /** The returned members */
  members: chatMember[];
}

/** A one-to-one conversation with a user */
export interface chatTypePrivate {
  _: "chatTypePrivate";
  /** The other user (the current user for "Saved messages") */
  user_id: number;
}

/** A group chat of several users */
export interface chatTypeGroup {
  _: "chatTypeGroup";
  /** Identifier of the group; the chat identifier is its negation */
  group_id: number;
}

/** Someone else sent the message to the current user */
export interface messageIsIncoming {
  _: "messageIsIncoming";
}

/** The current user's message is on its way to the network */
export interface messageIsBeingSent {
  _: "messageIsBeingSent";
}

/** The current user's message reached the network */
export interface messageIsSuccessfullySent {
  _: "messageIsSuccessfullySent";
}

/** The current user's message could not be sent */
export interface messageIsFailedToSend {
  _: "messageIsFailedToSend";
}

/** The message was first written by a user */
export interface messageForwardedFromUser {
  _: "messageForwardedFromUser";
  /** The original author */
  sender_user_id: number;
  /** Unix time of the original message */
  date: number;
}

/** Sends the button's text as a message */
export interface keyboardButtonTypeText {
  _: "keyboardButtonTypeText";
}

/** Shares the user's phone number after asking for consent */
export interface keyboardButtonTypeRequestPhoneNumber {
  _: "keyboardButtonTypeRequestPhoneNumber";
}

/** Shares the user's location after asking for consent */
export interface keyboardButtonTypeRequestLocation {
  _: "keyboardButtonTypeRequestLocation";
}

/** A button of a custom reply keyboard */
export interface keyboardButton {
  _: "keyboardButton";
  /** Label of the button */
  text: string;
  /** What pressing it does */
  type: KeyboardButtonType;
}

/** Opens a web address */
export interface inlineKeyboardButtonTypeUrl {
  _: "inlineKeyboardButtonTypeUrl";
  /** The address to open */
  url: string;
}

/** Sends a callback query with data to the bot that sent the message */
export interface inlineKeyboardButtonTypeCallback {
  _: "inlineKeyboardButtonTypeCallback";
  /** Data for the bot */
  data: string;
}

/** A button attached to a message */
export interface inlineKeyboardButton {
  _: "inlineKeyboardButton";
  /** Label of the button */
  text: string;
  /** What pressing it does */
  type: InlineKeyboardButtonType;
}

/** Hides a custom keyboard shown earlier */
export interface replyMarkupRemoveKeyboard {
  _: "replyMarkupRemoveKeyboard";
  /** True to affect only mentioned users and the author of the replied message */
  personal: boolean;
}

/** Asks the client to open a reply to this message */
export interface replyMarkupForceReply {
  _: "replyMarkupForceReply";
  /** True to affect only mentioned users and the author of the replied message */
  personal: boolean;
}

/** Shows a custom keyboard instead of the usual one */
export interface replyMarkupShowKeyboard {
  _: "replyMarkupShowKeyboard";
  /** Rows of buttons, top to bottom */
  rows: keyboardButton[][];
  /** True to fit the keyboard's height to its rows */
  resize_keyboard: boolean;
  /** True to hide the keyboard after one button press */
  one_time: boolean;
  /** True to show it only to mentioned users and the author of the replied message */
  personal: boolean;
}

/** Buttons shown under the message itself */
export interface replyMarkupInlineKeyboard {
  _: "replyMarkupInlineKeyboard";
  /** Rows of buttons, top to bottom */
  rows: inlineKeyboardButton[][];
}

/** A text message */
export interface messageText {
  _: "messageText";
  /** The text */
  text: string;
  /** Marked-up stretches of the text */
  entities: textEntity[];
}

/** A shared location */
export interface messageLocation {
  _: "messageLocation";
  /** The point shared */
  location: location;
}

/** A shared contact card */
export interface messageContact {
  _: "messageContact";
  /** The contact shared */
  contact: contact;
}

/** Service message: a group chat was created */
export interface messageGroupChatCreate {
  _: "messageGroupChatCreate";
  /** Title given at creation */
  title: string;
  /** The users added at creation */
  member_user_ids: number[];
}

/** Service message: the chat's title changed */
export interface messageChatChangeTitle {
  _: "messageChatChangeTitle";
  /** The new title */
  title: string;
}

/** Service message: users were added to the chat */
export interface messageChatAddMembers {
  _: "messageChatAddMembers";
  /** The users added */
  member_user_ids: number[];
}

/** Service message: a user left or was removed from the chat */
export interface messageChatDeleteMember {
  _: "messageChatDeleteMember";
  /** The user who left */
  user_id: number;
}

/** Service message: a contact of the current user created an account */
export interface messageContactRegistered {
  _: "messageContactRegistered";
}

/** A message this version does not know how to show */
export interface messageUnsupported {
  _: "messageUnsupported";
}

/** A message in a chat */
export interface message {
  _: "message";
  /** Identifier of the message, unique within its chat; newer messages have larger identifiers */
  id: number;
  /** Author of the message; 0 when unknown */
  sender_user_id: number;
  /** Chat the message belongs to */
  chat_id: number;
  /** Incoming, or how the sending of an outgoing message went; may be null for service messages */
  send_state: MessageSendState | null;
  /** True when the current user may edit the message */
  can_be_edited: boolean;
  /** True when the message may be forwarded */
  can_be_forwarded: boolean;
  /** True when the current user may delete the message from their own history only */
  can_be_deleted_only_for_self: boolean;
  /** True when the current user may delete the message for every participant */
  can_be_deleted_for_everyone: boolean;
  /** True when the message is a channel post */
  is_post: boolean;
  /** True when the message mentions the current user and was not read yet */
  contains_unread_mention: boolean;
  /** Unix time the message was sent */
  date: number;
  /** Unix time of the last edit; 0 when never edited */
  edit_date: number;
  /** Where a forwarded message first came from; may be null when the message was not forwarded */
  forward_info: MessageForwardInfo | null;
  /** The message this one answers; 0 when none */
  reply_to_message_id: number;
  /** Self-destruct delay in seconds; 0 when the message does not self-destruct */
  ttl: number;
  /** Seconds left before the message self-destructs; 0 when not counting down */
  ttl_expires_in: number;
  /** The inline bot the message was sent through; 0 when none */
  via_bot_user_id: number;
  /** Signature of a channel post's author; may be empty */
  author_signature: string;
  /** Number of times a channel post was seen; 0 in other chats */
  views: number;
  /** What the message holds */
  content: MessageContent;
  /** Buttons or keyboard attached by a bot; may be null */
  reply_markup: ReplyMarkup | null;
}

/** A list of messages */
export interface messages {
  _: "messages";
  /** Number of messages found in all, which may be more than those returned */
  total_count: number;
  /** The returned messages; an entry may be null when a requested message does not exist */
  messages: message[] | null;
}

/** A text message to send */
export interface inputMessageText {
  _: "inputMessageText";
  /** Text of the message, 1 to 4096 characters after markup is removed */
  text: string;
  /** True to send links without a preview */
  disable_web_page_preview: boolean;
  /** True to clear the chat's draft after sending */
  clear_draft: boolean;
  /** Marked-up stretches of the text, when parse_mode is null; may be empty */
  entities: textEntity[];
  /** When set, the text is parsed for markup of this kind and entities is ignored; may be null */
  parse_mode: TextParseMode | null;
}

/** A location to share */
export interface inputMessageLocation {
  _: "inputMessageLocation";
  /** The point to share */
  location: location;
}

/** A contact card to share */
export interface inputMessageContact {
  _: "inputMessageContact";
  /** The contact to share */
  contact: contact;
}

/** A copy of an existing message, sent as a forward */
export interface inputMessageForwarded {
  _: "inputMessageForwarded";
  /** The chat the original message is in */
  from_chat_id: number;
  /** The original message */
  message_id: number;
  /** True to share a game message with its score; unused by the embedded engine */
  in_game_share: boolean;
}

/** Every kind of message */
export interface searchMessagesFilterEmpty {
  _: "searchMessagesFilterEmpty";
}

/** The user is typing a message */
export interface chatActionTyping {
  _: "chatActionTyping";
}

/** The user is choosing a location to share */
export interface chatActionChoosingLocation {
  _: "chatActionChoosingLocation";
}

/** The user is choosing a contact to share */
export interface chatActionChoosingContact {
  _: "chatActionChoosingContact";
}

/** The user stopped doing anything shown */
export interface chatActionCancel {
  _: "chatActionCancel";
}

/** How the user is notified of new messages in a chat */
export interface notificationSettings {
  _: "notificationSettings";
  /** Seconds left during which notifications are muted; 0 when not muted */
  mute_for: number;
  /** Name of the notification sound; empty for silence */
  sound: string;
  /** True to show the message text in notifications */
  show_preview: boolean;
}

/** An unsent message saved in a chat */
export interface draftMessage {
  _: "draftMessage";
  /** The message the draft answers; 0 when none */
  reply_to_message_id: number;
  /** The text of the draft */
  input_message_text: InputMessageContent;
}

/** A conversation: private chat or group */
export interface chat {
  _: "chat";
  /** Identifier of the chat: the user identifier for private chats, the negated group identifier for groups */
  id: number;
  /** Private chat or group */
  type: ChatType;
  /** Title of the chat: the other user's name for private chats */
  title: string;
  /** The newest message of the chat; may be null when the chat is empty */
  top_message: message | null;
  /** Sort key of the chat in the chat list, larger first (decimal string); 0 when the chat is not in the list */
  order: string;
  /** True when the chat is pinned to the top of the list */
  is_pinned: boolean;
  /** Number of incoming messages the current user has not read */
  unread_count: number;
  /** The newest incoming message the current user has read */
  last_read_inbox_message_id: number;
  /** The newest outgoing message the other side has read */
  last_read_outbox_message_id: number;
  /** Number of unread messages that mention the current user */
  unread_mention_count: number;
  /** How the user is notified of new messages in the chat */
  notification_settings: notificationSettings;
  /** The message whose reply keyboard is shown; 0 when none */
  reply_markup_message_id: number;
  /** The unsent draft of the chat; may be null */
  draft_message: draftMessage | null;
  /** Free text kept by the application for this chat; the server never reads it */
  client_data: string;
}

/** A list of chats */
export interface chats {
  _: "chats";
  /** Identifiers of the chats, in list order */
  chat_ids: number[];
}

/** A logged-in device or program of the current account */
export interface session {
  _: "session";
  /** Identifier of the session (decimal string) */
  id: string;
  /** True for the session that asked */
  is_current: boolean;
  /** Identifier of the application that logged in */
  app_id: number;
  /** Name of the application; for luatd, "luatd" followed by the session name */
  app_name: string;
  /** Version of the application */
  app_version: string;
  /** True for the official Telegram applications */
  is_official_app: boolean;
  /** Device the application runs on */
  device_model: string;
  /** Operating system family */
  platform: string;
  /** Operating system version */
  system_version: string;
  /** Unix time of the login */
  log_in_date: number;
  /** Unix time the session last made a request */
  last_active_date: number;
  /** Network address the session last came from */
  ip: string;
  /** Two-letter country code guessed from the address */
  country: string;
  /** Region guessed from the address */
  region: string;
}

/** The list of logged-in sessions of the account */
export interface sessions {
  _: "sessions";
  /** Sessions, the current one first */
  sessions: session[];
}

/** A true/false option */
export interface optionValueBoolean {
  _: "optionValueBoolean";
  /** The value */
  value: boolean;
}

/** The option is not set */
export interface optionValueEmpty {
  _: "optionValueEmpty";
}

/** A whole-number option */
export interface optionValueInteger {
  _: "optionValueInteger";
  /** The value */
  value: number;
}

/** A text option */
export interface optionValueString {
  _: "optionValueString";
  /** The value */
  value: string;
}

/** The login state changed */
export interface updateAuthState {
  _: "updateAuthState";
  /** The new state */
  auth_state: AuthState;
}

/** A message arrived or was sent from another session */
export interface updateNewMessage {
  _: "updateNewMessage";
  /** The new message */
  message: message;
  /** True when the sender asked for no notification */
  disable_notification: boolean;
  /** True when the message mentions the current user */
  contains_mention: boolean;
}

/** The content of a message changed (usually after an edit) */
export interface updateMessageContent {
  _: "updateMessageContent";
  /** Chat of the message */
  chat_id: number;
  /** The message */
  message_id: number;
  /** Its new content */
  new_content: MessageContent;
}

/** A message was edited; comes after updateMessageContent */
export interface updateMessageEdited {
  _: "updateMessageEdited";
  /** Chat of the message */
  chat_id: number;
  /** The message */
  message_id: number;
  /** Unix time of the edit */
  edit_date: number;
  /** New reply markup of the message; may be null */
  reply_markup: ReplyMarkup | null;
}

/** Messages were removed from a chat */
export interface updateDeleteMessages {
  _: "updateDeleteMessages";
  /** The chat */
  chat_id: number;
  /** The removed messages */
  message_ids: number[];
}

/** A chat became known to the client or its data changed (order, top message, ...) */
export interface updateChat {
  _: "updateChat";
  /** The chat as it is now */
  chat: chat;
}

/** A chat was renamed */
export interface updateChatTitle {
  _: "updateChatTitle";
  /** The chat */
  chat_id: number;
  /** Its new title */
  title: string;
}

/** Incoming messages of a chat were read (here or in another session) */
export interface updateChatReadInbox {
  _: "updateChatReadInbox";
  /** The chat */
  chat_id: number;
  /** The newest incoming message now read */
  last_read_inbox_message_id: number;
  /** Number of incoming messages still unread */
  unread_count: number;
}

/** The other side read outgoing messages of a chat */
export interface updateChatReadOutbox {
  _: "updateChatReadOutbox";
  /** The chat */
  chat_id: number;
  /** The newest outgoing message now read */
  last_read_outbox_message_id: number;
}

/** Data of a user changed, or a user became known to the client */
export interface updateUser {
  _: "updateUser";
  /** The user as it is now */
  user: user;
}

/** A client option changed */
export interface updateOption {
  _: "updateOption";
  /** Name of the option */
  name: string;
  /** Its new value */
  value: OptionValue;
}

/** Test object holding a number */
export interface testInt {
  _: "testInt";
  /** The number */
  value: number;
}

/** Test object holding a string */
export interface testString {
  _: "testString";
  /** The string */
  value: string;
}

/** Test object holding raw bytes */
export interface testBytes {
  _: "testBytes";
  /** The bytes */
  value: string;
}

/** Test object holding a list of numbers */
export interface testVectorInt {
  _: "testVectorInt";
  /** The numbers */
  value: number[];
}

/** Test object holding a list of testInt objects */
export interface testVectorIntObject {
  _: "testVectorIntObject";
  /** The objects */
  value: testInt[];
}

/** Test object holding a list of strings */
export interface testVectorString {
  _: "testVectorString";
  /** The strings */
  value: string[];
}

/** Test object holding a list of testString objects */
export interface testVectorStringObject {
  _: "testVectorStringObject";
  /** The objects */
  value: testString[];
}

export type Error = error;

export type Ok = ok;

/** How the login code was (or will next be) delivered to the user */
export type AuthCodeType = authCodeTypeMessage | authCodeTypeSms | authCodeTypeCall | authCodeTypeFlashCall;

/** Where the client stands in the login process */
export type AuthState = authStateWaitPhoneNumber | authStateWaitCode | authStateWaitPassword | authStateOk | authStateLoggingOut;

export type PasswordState = passwordState;

/** What a marked-up stretch of message text means */
export type TextEntityType = textEntityTypeMention | textEntityTypeHashtag | textEntityTypeBotCommand | textEntityTypeUrl | textEntityTypeEmail | textEntityTypeBold | textEntityTypeItalic | textEntityTypeCode | textEntityTypePre | textEntityTypePreCode | textEntityTypeTextUrl | textEntityTypeMentionName;

export type TextEntity = textEntity;

export type TextEntities = textEntities;

export type FormattedText = formattedText;

/** A markup language for message text */
export type TextParseMode = textParseModeMarkdown | textParseModeHTML;

/** What one user knows of another user's phone number */
export type LinkState = linkStateNone | linkStateKnowsPhoneNumber | linkStateContact;

/** What kind of account a user is */
export type UserType = userTypeGeneral | userTypeDeleted | userTypeBot | userTypeUnknown;

export type BotCommand = botCommand;

export type BotInfo = botInfo;

/** When a user was last seen online */
export type UserStatus = userStatusEmpty | userStatusOnline | userStatusOffline | userStatusRecently | userStatusLastWeek | userStatusLastMonth;

export type User = user;

export type UserFull = userFull;

export type Users = users;

export type Contact = contact;

export type ImportedContacts = importedContacts;

export type Location = location;

/** The role and rights of a user in a chat */
export type ChatMemberStatus = chatMemberStatusCreator | chatMemberStatusAdministrator | chatMemberStatusMember | chatMemberStatusRestricted | chatMemberStatusLeft | chatMemberStatusBanned;

export type ChatMember = chatMember;

export type ChatMembers = chatMembers;

/** What kind of conversation a chat is */
export type ChatType = chatTypePrivate | chatTypeGroup;

/** Whether a message came in or went out, and how the sending went */
export type MessageSendState = messageIsIncoming | messageIsBeingSent | messageIsSuccessfullySent | messageIsFailedToSend;

/** Where a forwarded message first came from */
export type MessageForwardInfo = messageForwardedFromUser;

/** What pressing a custom keyboard button does */
export type KeyboardButtonType = keyboardButtonTypeText | keyboardButtonTypeRequestPhoneNumber | keyboardButtonTypeRequestLocation;

export type KeyboardButton = keyboardButton;

/** What pressing a button attached to a message does */
export type InlineKeyboardButtonType = inlineKeyboardButtonTypeUrl | inlineKeyboardButtonTypeCallback;

export type InlineKeyboardButton = inlineKeyboardButton;

/** Buttons or keyboard changes a bot attaches to a message */
export type ReplyMarkup = replyMarkupRemoveKeyboard | replyMarkupForceReply | replyMarkupShowKeyboard | replyMarkupInlineKeyboard;

/** What a message holds */
export type MessageContent = messageText | messageLocation | messageContact | messageGroupChatCreate | messageChatChangeTitle | messageChatAddMembers | messageChatDeleteMember | messageContactRegistered | messageUnsupported;

export type Message = message;

export type Messages = messages;

/** The content of a message to send or an edit to apply */
export type InputMessageContent = inputMessageText | inputMessageLocation | inputMessageContact | inputMessageForwarded;

/** Which kinds of messages a search returns */
export type SearchMessagesFilter = searchMessagesFilterEmpty;

/** What a user is doing in a chat right now, shown to the other members */
export type ChatAction = chatActionTyping | chatActionChoosingLocation | chatActionChoosingContact | chatActionCancel;

export type NotificationSettings = notificationSettings;

export type DraftMessage = draftMessage;

export type Chat = chat;

export type Chats = chats;

export type Session = session;

export type Sessions = sessions;

/** The value of a client option */
export type OptionValue = optionValueBoolean | optionValueEmpty | optionValueInteger | optionValueString;

/** Something that changed, pushed to the client without being asked */
export type Update = updateAuthState | updateNewMessage | updateMessageContent | updateMessageEdited | updateDeleteMessages | updateChat | updateChatTitle | updateChatReadInbox | updateChatReadOutbox | updateUser | updateOption;

export type TestInt = testInt;

export type TestString = testString;

export type TestBytes = testBytes;

export type TestVectorInt = testVectorInt;

export type TestVectorIntObject = testVectorIntObject;

export type TestVectorString = testVectorString;

export type TestVectorStringObject = testVectorStringObject;

/** Shapes accepted as parameters (see the rules in src/schema/validate.ts). */
export namespace Input {
  /** The answer to any request that failed instead of its normal result */
  export interface error {
    _?: "error";
    /** Numeric error class, modelled on HTTP: 400 bad request, 401 not authorized, 404 not found, 406 to be ignored silently, 429 too many requests, 500 internal, 501 not implemented by this backend */
    code?: number | null;
    /** Machine-readable reason, usually an UPPER_CASE tag such as PHONE_CODE_INVALID; text may change between versions */
    message?: string | null;
  }

  /** The answer of requests that succeed without anything else to report */
  export interface ok {
    _?: "ok";
  }

  /** The code arrives as a chat message in another logged-in session of the same account */
  export interface authCodeTypeMessage {
    _?: "authCodeTypeMessage";
    /** Number of digits in the code */
    length?: number | null;
  }

  /** The code arrives as an SMS text */
  export interface authCodeTypeSms {
    _?: "authCodeTypeSms";
    /** Number of digits in the code */
    length?: number | null;
  }

  /** The code is read out by an automated phone call */
  export interface authCodeTypeCall {
    _?: "authCodeTypeCall";
    /** Number of digits in the code */
    length?: number | null;
  }

  /** The user gets a call that hangs up at once; the caller's number is the code */
  export interface authCodeTypeFlashCall {
    _?: "authCodeTypeFlashCall";
    /** Shape of the calling number, with the unknown digits masked */
    pattern?: string | null;
  }

  /** The client is not logged in and waits for a phone number (setAuthPhoneNumber) or a bot token (checkAuthBotToken) */
  export interface authStateWaitPhoneNumber {
    _?: "authStateWaitPhoneNumber";
  }

  /** A login code was sent; the client waits for it (checkAuthCode) */
  export interface authStateWaitCode {
    _?: "authStateWaitCode";
    /** False when the phone number has no account yet: checkAuthCode must then carry a first name to register one */
    is_registered?: boolean | null;
    /** How the current code was delivered */
    code_type?: Input.AuthCodeType | null;
    /** How resendAuthCode would deliver the next code; may be null when no other way is left */
    next_code_type?: Input.AuthCodeType | null;
    /** Seconds to wait before resendAuthCode may be called */
    timeout?: number | null;
  }

  /** The code was right but the account is protected by a two-step verification password (checkAuthPassword) */
  export interface authStateWaitPassword {
    _?: "authStateWaitPassword";
    /** Hint chosen by the user for the password; may be empty */
    password_hint?: string | null;
    /** True when a recovery e-mail address is set, so requestAuthPasswordRecovery can be used */
    has_recovery_email?: boolean | null;
    /** Masked address the recovery code was sent to; empty until requestAuthPasswordRecovery was called */
    recovery_email_pattern?: string | null;
  }

  /** The client is logged in and every method can be used */
  export interface authStateOk {
    _?: "authStateOk";
  }

  /** The client is logging out; local data is being removed */
  export interface authStateLoggingOut {
    _?: "authStateLoggingOut";
  }

  /** The two-step verification settings of the current account */
  export interface passwordState {
    _?: "passwordState";
    /** True when a password is required at login */
    has_password?: boolean | null;
    /** Hint for the password; may be empty */
    password_hint?: string | null;
    /** True when a recovery e-mail address is set */
    has_recovery_email?: boolean | null;
    /** Masked recovery address still waiting for confirmation; empty when none */
    unconfirmed_recovery_email_pattern?: string | null;
  }

  /** A mention of a user by username, such as @example */
  export interface textEntityTypeMention {
    _?: "textEntityTypeMention";
  }

  /** A hashtag, such as #luatd */
  export interface textEntityTypeHashtag {
    _?: "textEntityTypeHashtag";
  }

  /** A bot command, such as /start or /start@examplebot */
  export interface textEntityTypeBotCommand {
    _?: "textEntityTypeBotCommand";
  }

  /** A web address written out in the text */
  export interface textEntityTypeUrl {
    _?: "textEntityTypeUrl";
  }

  /** An e-mail address written out in the text */
  export interface textEntityTypeEmail {
    _?: "textEntityTypeEmail";
  }

  /** Text shown in bold */
  export interface textEntityTypeBold {
    _?: "textEntityTypeBold";
  }

  /** Text shown in italics */
  export interface textEntityTypeItalic {
    _?: "textEntityTypeItalic";
  }

  /** Inline monospace text */
  export interface textEntityTypeCode {
    _?: "textEntityTypeCode";
  }

  /** A monospace block of text */
  export interface textEntityTypePre {
    _?: "textEntityTypePre";
  }

  /** A monospace block of source code */
  export interface textEntityTypePreCode {
    _?: "textEntityTypePreCode";
    /** Programming language of the code, as named by the sender; may be empty */
    language?: string | null;
  }

  /** Text that links to an address that is not shown */
  export interface textEntityTypeTextUrl {
    _?: "textEntityTypeTextUrl";
    /** Target address of the link */
    url?: string | null;
  }

  /** Text that links to a user who has no username */
  export interface textEntityTypeMentionName {
    _?: "textEntityTypeMentionName";
    /** The user the text refers to */
    user_id?: number | null;
  }

  /** One marked-up stretch of text. Offsets and lengths count UTF-16 code units, as in JavaScript strings (not bytes, not Lua string positions) */
  export interface textEntity {
    _?: "textEntity";
    /** Where the stretch starts, 0-based, in UTF-16 code units */
    offset?: number | null;
    /** How long the stretch is, in UTF-16 code units */
    length?: number | null;
    /** What the stretch means */
    type?: Input.TextEntityType | null;
  }

  /** A list of text entities */
  export interface textEntities {
    _?: "textEntities";
    /** The entities, ordered by offset */
    entities?: Input.textEntity[] | null;
  }

  /** Plain text together with the entities that mark it up */
  export interface formattedText {
    _?: "formattedText";
    /** The text without any markup characters */
    text?: string | null;
    /** Entities over the text, ordered by offset */
    entities?: Input.textEntity[] | null;
  }

  /** Markdown in the style of Telegram bots: *bold*, _italic_, `code`, ```pre```, [text](url) */
  export interface textParseModeMarkdown {
    _?: "textParseModeMarkdown";
  }

  /** A small HTML subset: <b>, <strong>, <i>, <em>, <code>, <pre>, <a href="..."> */
  export interface textParseModeHTML {
    _?: "textParseModeHTML";
  }

  /** No relation: the phone number is not known */
  export interface linkStateNone {
    _?: "linkStateNone";
  }

  /** The phone number is known, but the user is not in the contact list */
  export interface linkStateKnowsPhoneNumber {
    _?: "linkStateKnowsPhoneNumber";
  }

  /** The user is in the contact list */
  export interface linkStateContact {
    _?: "linkStateContact";
  }

  /** An ordinary person's account */
  export interface userTypeGeneral {
    _?: "userTypeGeneral";
  }

  /** An account that was deleted; only its identifier remains */
  export interface userTypeDeleted {
    _?: "userTypeDeleted";
  }

  /** A bot, driven by a program through a bot token */
  export interface userTypeBot {
    _?: "userTypeBot";
    /** True when the bot may be added to group chats */
    can_join_group_chats?: boolean | null;
    /** True when the bot receives every message of its group chats, not only commands and replies */
    can_read_all_group_chat_messages?: boolean | null;
    /** True when the bot answers inline queries */
    is_inline?: boolean | null;
    /** Placeholder shown in the input field for inline queries; empty when not inline */
    inline_query_placeholder?: string | null;
    /** True when the bot asks for the user's location with inline queries */
    need_location?: boolean | null;
  }

  /** Nothing is known of the account's kind yet */
  export interface userTypeUnknown {
    _?: "userTypeUnknown";
  }

  /** A command a bot understands */
  export interface botCommand {
    _?: "botCommand";
    /** The command, without the leading slash */
    command?: string | null;
    description?: string | null;
  }

  /** What a bot says about itself */
  export interface botInfo {
    _?: "botInfo";
    description?: string | null;
    /** The commands the bot lists */
    commands?: Input.botCommand[] | null;
  }

  /** The status is hidden or was never set */
  export interface userStatusEmpty {
    _?: "userStatusEmpty";
  }

  /** The user is online */
  export interface userStatusOnline {
    _?: "userStatusOnline";
    /** Unix time when the online status runs out unless renewed */
    expires?: number | null;
  }

  /** The user is offline */
  export interface userStatusOffline {
    _?: "userStatusOffline";
    /** Unix time the user was last seen online */
    was_online?: number | null;
  }

  /** The user was online a short while ago (the exact time is hidden) */
  export interface userStatusRecently {
    _?: "userStatusRecently";
  }

  /** The user was online within the last week (the exact time is hidden) */
  export interface userStatusLastWeek {
    _?: "userStatusLastWeek";
  }

  /** The user was online within the last month (the exact time is hidden) */
  export interface userStatusLastMonth {
    _?: "userStatusLastMonth";
  }

  /** A user or bot account */
  export interface user {
    _?: "user";
    /** Identifier of the user */
    id?: number | null;
    /** First name; empty only for deleted accounts */
    first_name?: string | null;
    /** Last name; may be empty */
    last_name?: string | null;
    /** Public username without the leading @; empty when none is set */
    username?: string | null;
    /** Phone number in international form without the leading +; empty when hidden from the current user */
    phone_number?: string | null;
    /** When the user was last online */
    status?: Input.UserStatus | null;
    /** What the current user knows of this user's phone number */
    my_link?: Input.LinkState | null;
    /** What this user knows of the current user's phone number */
    foreign_link?: Input.LinkState | null;
    /** True when the account carries a verification mark */
    is_verified?: boolean | null;
    /** Why access to the account is restricted; empty when it is not */
    restriction_reason?: string | null;
    /** False when the user is known only by identifier and cannot be contacted */
    have_access?: boolean | null;
    /** Person, bot or deleted account */
    type?: Input.UserType | null;
    /** Language the user's app reports (IETF tag); bots only, may be empty */
    language_code?: string | null;
  }

  /** More about a user, fetched on request (getUserFull) */
  export interface userFull {
    _?: "userFull";
    /** True when the current user has blocked this user */
    is_blocked?: boolean | null;
    /** True when the user can be called */
    can_be_called?: boolean | null;
    /** True when the user restricts who may call them */
    has_private_calls?: boolean | null;
    /** The user's short self-description; may be empty */
    about?: string | null;
    /** Number of group chats shared with the current user */
    common_chat_count?: number | null;
    /** What a bot says about itself; may be null for people */
    bot_info?: Input.botInfo | null;
  }

  /** A page of users */
  export interface users {
    _?: "users";
    /** Number of users in the whole list, which may be more than those returned */
    total_count?: number | null;
    /** Identifiers of the returned users */
    user_ids?: number[] | null;
  }

  /** An entry of an address book */
  export interface contact {
    _?: "contact";
    /** Phone number, international form */
    phone_number?: string | null;
    /** First name of the contact */
    first_name?: string | null;
    /** Last name of the contact; may be empty */
    last_name?: string | null;
    /** Identifier of the account with this phone number; 0 when no account has it */
    user_id?: number | null;
  }

  /** What happened to contacts given to importContacts */
  export interface importedContacts {
    _?: "importedContacts";
    /** For each given contact, in the same order, the account it matched; 0 when none */
    user_ids?: number[] | null;
    /** For each given contact with no account, how many other users have it in their address book; 0 otherwise */
    importer_count?: number[] | null;
  }

  /** A point on Earth */
  export interface location {
    _?: "location";
    /** Latitude in degrees, -90 to 90 */
    latitude?: number | null;
    /** Longitude in degrees, -180 to 180 */
    longitude?: number | null;
  }

  /** The user created the chat and has every right in it */
  export interface chatMemberStatusCreator {
    _?: "chatMemberStatusCreator";
  }

  /** The user administers the chat with the listed rights */
  export interface chatMemberStatusAdministrator {
    _?: "chatMemberStatusAdministrator";
    /** True when the current user may change these rights */
    can_be_edited?: boolean | null;
    /** True when the administrator may change the title, photo and description */
    can_change_info?: boolean | null;
    /** True when the administrator may post in a channel */
    can_post_messages?: boolean | null;
    /** True when the administrator may edit other users' messages */
    can_edit_messages?: boolean | null;
    /** True when the administrator may delete other users' messages */
    can_delete_messages?: boolean | null;
    /** True when the administrator may add members */
    can_invite_users?: boolean | null;
    /** True when the administrator may restrict, ban and unban members */
    can_restrict_members?: boolean | null;
    /** True when the administrator may pin messages */
    can_pin_messages?: boolean | null;
    /** True when the administrator may appoint other administrators */
    can_promote_members?: boolean | null;
  }

  /** An ordinary member with no special rights */
  export interface chatMemberStatusMember {
    _?: "chatMemberStatusMember";
  }

  /** A member whose rights were narrowed by an administrator */
  export interface chatMemberStatusRestricted {
    _?: "chatMemberStatusRestricted";
    /** True when the user is still in the chat */
    is_member?: boolean | null;
    /** Unix time when the restriction ends; 0 for never */
    restricted_until_date?: number | null;
    /** True when the user may send text messages */
    can_send_messages?: boolean | null;
    /** True when the user may send media (implies can_send_messages) */
    can_send_media_messages?: boolean | null;
    /** True when the user may send stickers, games and inline results */
    can_send_other_messages?: boolean | null;
    /** True when links in the user's messages may get previews */
    can_add_web_page_previews?: boolean | null;
  }

  /** The user is not (or no longer) in the chat */
  export interface chatMemberStatusLeft {
    _?: "chatMemberStatusLeft";
  }

  /** The user was removed and may not come back until the ban ends */
  export interface chatMemberStatusBanned {
    _?: "chatMemberStatusBanned";
    /** Unix time when the ban ends; 0 for never */
    banned_until_date?: number | null;
  }

  /** A user's membership of a chat */
  export interface chatMember {
    _?: "chatMember";
    /** The member */
    user_id?: number | null;
    /** Who added the member; 0 when the member joined alone or created the chat */
    inviter_user_id?: number | null;
    /** Unix time the user joined */
    join_date?: number | null;
    /** Role and rights in the chat */
    status?: Input.ChatMemberStatus | null;
    /** What the bot says about itself when the member is a bot; may be null */
    bot_info?: Input.botInfo | null;
  }

  /** A page of chat members */
  export interface chatMembers {
    _?: "chatMembers";
    /** Number of members in the whole chat */
    total_count?: number | null;
    /** The returned members */
    members?: Input.chatMember[] | null;
  }

  /** A one-to-one conversation with a user */
  export interface chatTypePrivate {
    _?: "chatTypePrivate";
    /** The other user (the current user for "Saved messages") */
    user_id?: number | null;
  }

  /** A group chat of several users */
  export interface chatTypeGroup {
    _?: "chatTypeGroup";
    /** Identifier of the group; the chat identifier is its negation */
    group_id?: number | null;
  }

  /** Someone else sent the message to the current user */
  export interface messageIsIncoming {
    _?: "messageIsIncoming";
  }

  /** The current user's message is on its way to the network */
  export interface messageIsBeingSent {
    _?: "messageIsBeingSent";
  }

  /** The current user's message reached the network */
  export interface messageIsSuccessfullySent {
    _?: "messageIsSuccessfullySent";
  }

  /** The current user's message could not be sent */
  export interface messageIsFailedToSend {
    _?: "messageIsFailedToSend";
  }

  /** The message was first written by a user */
  export interface messageForwardedFromUser {
    _?: "messageForwardedFromUser";
    /** The original author */
    sender_user_id?: number | null;
    /** Unix time of the original message */
    date?: number | null;
  }

  /** Sends the button's text as a message */
  export interface keyboardButtonTypeText {
    _?: "keyboardButtonTypeText";
  }

  /** Shares the user's phone number after asking for consent */
  export interface keyboardButtonTypeRequestPhoneNumber {
    _?: "keyboardButtonTypeRequestPhoneNumber";
  }

  /** Shares the user's location after asking for consent */
  export interface keyboardButtonTypeRequestLocation {
    _?: "keyboardButtonTypeRequestLocation";
  }

  /** A button of a custom reply keyboard */
  export interface keyboardButton {
    _?: "keyboardButton";
    /** Label of the button */
    text?: string | null;
    /** What pressing it does */
    type?: Input.KeyboardButtonType | null;
  }

  /** Opens a web address */
  export interface inlineKeyboardButtonTypeUrl {
    _?: "inlineKeyboardButtonTypeUrl";
    /** The address to open */
    url?: string | null;
  }

  /** Sends a callback query with data to the bot that sent the message */
  export interface inlineKeyboardButtonTypeCallback {
    _?: "inlineKeyboardButtonTypeCallback";
    /** Data for the bot */
    data?: string | null;
  }

  /** A button attached to a message */
  export interface inlineKeyboardButton {
    _?: "inlineKeyboardButton";
    /** Label of the button */
    text?: string | null;
    /** What pressing it does */
    type?: Input.InlineKeyboardButtonType | null;
  }

  /** Hides a custom keyboard shown earlier */
  export interface replyMarkupRemoveKeyboard {
    _?: "replyMarkupRemoveKeyboard";
    /** True to affect only mentioned users and the author of the replied message */
    personal?: boolean | null;
  }

  /** Asks the client to open a reply to this message */
  export interface replyMarkupForceReply {
    _?: "replyMarkupForceReply";
    /** True to affect only mentioned users and the author of the replied message */
    personal?: boolean | null;
  }

  /** Shows a custom keyboard instead of the usual one */
  export interface replyMarkupShowKeyboard {
    _?: "replyMarkupShowKeyboard";
    /** Rows of buttons, top to bottom */
    rows?: Input.keyboardButton[][] | null;
    /** True to fit the keyboard's height to its rows */
    resize_keyboard?: boolean | null;
    /** True to hide the keyboard after one button press */
    one_time?: boolean | null;
    /** True to show it only to mentioned users and the author of the replied message */
    personal?: boolean | null;
  }

  /** Buttons shown under the message itself */
  export interface replyMarkupInlineKeyboard {
    _?: "replyMarkupInlineKeyboard";
    /** Rows of buttons, top to bottom */
    rows?: Input.inlineKeyboardButton[][] | null;
  }

  /** A text message */
  export interface messageText {
    _?: "messageText";
    /** The text */
    text?: string | null;
    /** Marked-up stretches of the text */
    entities?: Input.textEntity[] | null;
  }

  /** A shared location */
  export interface messageLocation {
    _?: "messageLocation";
    /** The point shared */
    location?: Input.location | null;
  }

  /** A shared contact card */
  export interface messageContact {
    _?: "messageContact";
    /** The contact shared */
    contact?: Input.contact | null;
  }

  /** Service message: a group chat was created */
  export interface messageGroupChatCreate {
    _?: "messageGroupChatCreate";
    /** Title given at creation */
    title?: string | null;
    /** The users added at creation */
    member_user_ids?: number[] | null;
  }

  /** Service message: the chat's title changed */
  export interface messageChatChangeTitle {
    _?: "messageChatChangeTitle";
    /** The new title */
    title?: string | null;
  }

  /** Service message: users were added to the chat */
  export interface messageChatAddMembers {
    _?: "messageChatAddMembers";
    /** The users added */
    member_user_ids?: number[] | null;
  }

  /** Service message: a user left or was removed from the chat */
  export interface messageChatDeleteMember {
    _?: "messageChatDeleteMember";
    /** The user who left */
    user_id?: number | null;
  }

  /** Service message: a contact of the current user created an account */
  export interface messageContactRegistered {
    _?: "messageContactRegistered";
  }

  /** A message this version does not know how to show */
  export interface messageUnsupported {
    _?: "messageUnsupported";
  }

  /** A message in a chat */
  export interface message {
    _?: "message";
    /** Identifier of the message, unique within its chat; newer messages have larger identifiers */
    id?: number | null;
    /** Author of the message; 0 when unknown */
    sender_user_id?: number | null;
    /** Chat the message belongs to */
    chat_id?: number | null;
    /** Incoming, or how the sending of an outgoing message went; may be null for service messages */
    send_state?: Input.MessageSendState | null;
    /** True when the current user may edit the message */
    can_be_edited?: boolean | null;
    /** True when the message may be forwarded */
    can_be_forwarded?: boolean | null;
    /** True when the current user may delete the message from their own history only */
    can_be_deleted_only_for_self?: boolean | null;
    /** True when the current user may delete the message for every participant */
    can_be_deleted_for_everyone?: boolean | null;
    /** True when the message is a channel post */
    is_post?: boolean | null;
    /** True when the message mentions the current user and was not read yet */
    contains_unread_mention?: boolean | null;
    /** Unix time the message was sent */
    date?: number | null;
    /** Unix time of the last edit; 0 when never edited */
    edit_date?: number | null;
    /** Where a forwarded message first came from; may be null when the message was not forwarded */
    forward_info?: Input.MessageForwardInfo | null;
    /** The message this one answers; 0 when none */
    reply_to_message_id?: number | null;
    /** Self-destruct delay in seconds; 0 when the message does not self-destruct */
    ttl?: number | null;
    /** Seconds left before the message self-destructs; 0 when not counting down */
    ttl_expires_in?: number | null;
    /** The inline bot the message was sent through; 0 when none */
    via_bot_user_id?: number | null;
    /** Signature of a channel post's author; may be empty */
    author_signature?: string | null;
    /** Number of times a channel post was seen; 0 in other chats */
    views?: number | null;
    /** What the message holds */
    content?: Input.MessageContent | null;
    /** Buttons or keyboard attached by a bot; may be null */
    reply_markup?: Input.ReplyMarkup | null;
  }

  /** A list of messages */
  export interface messages {
    _?: "messages";
    /** Number of messages found in all, which may be more than those returned */
    total_count?: number | null;
    /** The returned messages; an entry may be null when a requested message does not exist */
    messages?: Input.message[] | null;
  }

  /** A text message to send */
  export interface inputMessageText {
    _?: "inputMessageText";
    /** Text of the message, 1 to 4096 characters after markup is removed */
    text?: string | null;
    /** True to send links without a preview */
    disable_web_page_preview?: boolean | null;
    /** True to clear the chat's draft after sending */
    clear_draft?: boolean | null;
    /** Marked-up stretches of the text, when parse_mode is null; may be empty */
    entities?: Input.textEntity[] | null;
    /** When set, the text is parsed for markup of this kind and entities is ignored; may be null */
    parse_mode?: Input.TextParseMode | null;
  }

  /** A location to share */
  export interface inputMessageLocation {
    _?: "inputMessageLocation";
    /** The point to share */
    location?: Input.location | null;
  }

  /** A contact card to share */
  export interface inputMessageContact {
    _?: "inputMessageContact";
    /** The contact to share */
    contact?: Input.contact | null;
  }

  /** A copy of an existing message, sent as a forward */
  export interface inputMessageForwarded {
    _?: "inputMessageForwarded";
    /** The chat the original message is in */
    from_chat_id?: number | null;
    /** The original message */
    message_id?: number | null;
    /** True to share a game message with its score; unused by the embedded engine */
    in_game_share?: boolean | null;
  }

  /** Every kind of message */
  export interface searchMessagesFilterEmpty {
    _?: "searchMessagesFilterEmpty";
  }

  /** The user is typing a message */
  export interface chatActionTyping {
    _?: "chatActionTyping";
  }

  /** The user is choosing a location to share */
  export interface chatActionChoosingLocation {
    _?: "chatActionChoosingLocation";
  }

  /** The user is choosing a contact to share */
  export interface chatActionChoosingContact {
    _?: "chatActionChoosingContact";
  }

  /** The user stopped doing anything shown */
  export interface chatActionCancel {
    _?: "chatActionCancel";
  }

  /** How the user is notified of new messages in a chat */
  export interface notificationSettings {
    _?: "notificationSettings";
    /** Seconds left during which notifications are muted; 0 when not muted */
    mute_for?: number | null;
    /** Name of the notification sound; empty for silence */
    sound?: string | null;
    /** True to show the message text in notifications */
    show_preview?: boolean | null;
  }

  /** An unsent message saved in a chat */
  export interface draftMessage {
    _?: "draftMessage";
    /** The message the draft answers; 0 when none */
    reply_to_message_id?: number | null;
    /** The text of the draft */
    input_message_text?: Input.InputMessageContent | null;
  }

  /** A conversation: private chat or group */
  export interface chat {
    _?: "chat";
    /** Identifier of the chat: the user identifier for private chats, the negated group identifier for groups */
    id?: number | null;
    /** Private chat or group */
    type?: Input.ChatType | null;
    /** Title of the chat: the other user's name for private chats */
    title?: string | null;
    /** The newest message of the chat; may be null when the chat is empty */
    top_message?: Input.message | null;
    /** Sort key of the chat in the chat list, larger first (decimal string); 0 when the chat is not in the list */
    order?: string | number | null;
    /** True when the chat is pinned to the top of the list */
    is_pinned?: boolean | null;
    /** Number of incoming messages the current user has not read */
    unread_count?: number | null;
    /** The newest incoming message the current user has read */
    last_read_inbox_message_id?: number | null;
    /** The newest outgoing message the other side has read */
    last_read_outbox_message_id?: number | null;
    /** Number of unread messages that mention the current user */
    unread_mention_count?: number | null;
    /** How the user is notified of new messages in the chat */
    notification_settings?: Input.notificationSettings | null;
    /** The message whose reply keyboard is shown; 0 when none */
    reply_markup_message_id?: number | null;
    /** The unsent draft of the chat; may be null */
    draft_message?: Input.draftMessage | null;
    /** Free text kept by the application for this chat; the server never reads it */
    client_data?: string | null;
  }

  /** A list of chats */
  export interface chats {
    _?: "chats";
    /** Identifiers of the chats, in list order */
    chat_ids?: number[] | null;
  }

  /** A logged-in device or program of the current account */
  export interface session {
    _?: "session";
    /** Identifier of the session (decimal string) */
    id?: string | number | null;
    /** True for the session that asked */
    is_current?: boolean | null;
    /** Identifier of the application that logged in */
    app_id?: number | null;
    /** Name of the application; for luatd, "luatd" followed by the session name */
    app_name?: string | null;
    /** Version of the application */
    app_version?: string | null;
    /** True for the official Telegram applications */
    is_official_app?: boolean | null;
    /** Device the application runs on */
    device_model?: string | null;
    /** Operating system family */
    platform?: string | null;
    /** Operating system version */
    system_version?: string | null;
    /** Unix time of the login */
    log_in_date?: number | null;
    /** Unix time the session last made a request */
    last_active_date?: number | null;
    /** Network address the session last came from */
    ip?: string | null;
    /** Two-letter country code guessed from the address */
    country?: string | null;
    /** Region guessed from the address */
    region?: string | null;
  }

  /** The list of logged-in sessions of the account */
  export interface sessions {
    _?: "sessions";
    /** Sessions, the current one first */
    sessions?: Input.session[] | null;
  }

  /** A true/false option */
  export interface optionValueBoolean {
    _?: "optionValueBoolean";
    /** The value */
    value?: boolean | null;
  }

  /** The option is not set */
  export interface optionValueEmpty {
    _?: "optionValueEmpty";
  }

  /** A whole-number option */
  export interface optionValueInteger {
    _?: "optionValueInteger";
    /** The value */
    value?: number | null;
  }

  /** A text option */
  export interface optionValueString {
    _?: "optionValueString";
    /** The value */
    value?: string | null;
  }

  /** The login state changed */
  export interface updateAuthState {
    _?: "updateAuthState";
    /** The new state */
    auth_state?: Input.AuthState | null;
  }

  /** A message arrived or was sent from another session */
  export interface updateNewMessage {
    _?: "updateNewMessage";
    /** The new message */
    message?: Input.message | null;
    /** True when the sender asked for no notification */
    disable_notification?: boolean | null;
    /** True when the message mentions the current user */
    contains_mention?: boolean | null;
  }

  /** The content of a message changed (usually after an edit) */
  export interface updateMessageContent {
    _?: "updateMessageContent";
    /** Chat of the message */
    chat_id?: number | null;
    /** The message */
    message_id?: number | null;
    /** Its new content */
    new_content?: Input.MessageContent | null;
  }

  /** A message was edited; comes after updateMessageContent */
  export interface updateMessageEdited {
    _?: "updateMessageEdited";
    /** Chat of the message */
    chat_id?: number | null;
    /** The message */
    message_id?: number | null;
    /** Unix time of the edit */
    edit_date?: number | null;
    /** New reply markup of the message; may be null */
    reply_markup?: Input.ReplyMarkup | null;
  }

  /** Messages were removed from a chat */
  export interface updateDeleteMessages {
    _?: "updateDeleteMessages";
    /** The chat */
    chat_id?: number | null;
    /** The removed messages */
    message_ids?: number[] | null;
  }

  /** A chat became known to the client or its data changed (order, top message, ...) */
  export interface updateChat {
    _?: "updateChat";
    /** The chat as it is now */
    chat?: Input.chat | null;
  }

  /** A chat was renamed */
  export interface updateChatTitle {
    _?: "updateChatTitle";
    /** The chat */
    chat_id?: number | null;
    /** Its new title */
    title?: string | null;
  }

  /** Incoming messages of a chat were read (here or in another session) */
  export interface updateChatReadInbox {
    _?: "updateChatReadInbox";
    /** The chat */
    chat_id?: number | null;
    /** The newest incoming message now read */
    last_read_inbox_message_id?: number | null;
    /** Number of incoming messages still unread */
    unread_count?: number | null;
  }

  /** The other side read outgoing messages of a chat */
  export interface updateChatReadOutbox {
    _?: "updateChatReadOutbox";
    /** The chat */
    chat_id?: number | null;
    /** The newest outgoing message now read */
    last_read_outbox_message_id?: number | null;
  }

  /** Data of a user changed, or a user became known to the client */
  export interface updateUser {
    _?: "updateUser";
    /** The user as it is now */
    user?: Input.user | null;
  }

  /** A client option changed */
  export interface updateOption {
    _?: "updateOption";
    /** Name of the option */
    name?: string | null;
    /** Its new value */
    value?: Input.OptionValue | null;
  }

  /** Test object holding a number */
  export interface testInt {
    _?: "testInt";
    /** The number */
    value?: number | null;
  }

  /** Test object holding a string */
  export interface testString {
    _?: "testString";
    /** The string */
    value?: string | null;
  }

  /** Test object holding raw bytes */
  export interface testBytes {
    _?: "testBytes";
    /** The bytes */
    value?: string | null;
  }

  /** Test object holding a list of numbers */
  export interface testVectorInt {
    _?: "testVectorInt";
    /** The numbers */
    value?: number[] | null;
  }

  /** Test object holding a list of testInt objects */
  export interface testVectorIntObject {
    _?: "testVectorIntObject";
    /** The objects */
    value?: Input.testInt[] | null;
  }

  /** Test object holding a list of strings */
  export interface testVectorString {
    _?: "testVectorString";
    /** The strings */
    value?: string[] | null;
  }

  /** Test object holding a list of testString objects */
  export interface testVectorStringObject {
    _?: "testVectorStringObject";
    /** The objects */
    value?: Input.testString[] | null;
  }

  export type Error = error;
  export type Ok = ok;
  export type AuthCodeType = (authCodeTypeMessage & { _: "authCodeTypeMessage" }) | (authCodeTypeSms & { _: "authCodeTypeSms" }) | (authCodeTypeCall & { _: "authCodeTypeCall" }) | (authCodeTypeFlashCall & { _: "authCodeTypeFlashCall" });
  export type AuthState = (authStateWaitPhoneNumber & { _: "authStateWaitPhoneNumber" }) | (authStateWaitCode & { _: "authStateWaitCode" }) | (authStateWaitPassword & { _: "authStateWaitPassword" }) | (authStateOk & { _: "authStateOk" }) | (authStateLoggingOut & { _: "authStateLoggingOut" });
  export type PasswordState = passwordState;
  export type TextEntityType = (textEntityTypeMention & { _: "textEntityTypeMention" }) | (textEntityTypeHashtag & { _: "textEntityTypeHashtag" }) | (textEntityTypeBotCommand & { _: "textEntityTypeBotCommand" }) | (textEntityTypeUrl & { _: "textEntityTypeUrl" }) | (textEntityTypeEmail & { _: "textEntityTypeEmail" }) | (textEntityTypeBold & { _: "textEntityTypeBold" }) | (textEntityTypeItalic & { _: "textEntityTypeItalic" }) | (textEntityTypeCode & { _: "textEntityTypeCode" }) | (textEntityTypePre & { _: "textEntityTypePre" }) | (textEntityTypePreCode & { _: "textEntityTypePreCode" }) | (textEntityTypeTextUrl & { _: "textEntityTypeTextUrl" }) | (textEntityTypeMentionName & { _: "textEntityTypeMentionName" });
  export type TextEntity = textEntity;
  export type TextEntities = textEntities;
  export type FormattedText = formattedText;
  export type TextParseMode = (textParseModeMarkdown & { _: "textParseModeMarkdown" }) | (textParseModeHTML & { _: "textParseModeHTML" });
  export type LinkState = (linkStateNone & { _: "linkStateNone" }) | (linkStateKnowsPhoneNumber & { _: "linkStateKnowsPhoneNumber" }) | (linkStateContact & { _: "linkStateContact" });
  export type UserType = (userTypeGeneral & { _: "userTypeGeneral" }) | (userTypeDeleted & { _: "userTypeDeleted" }) | (userTypeBot & { _: "userTypeBot" }) | (userTypeUnknown & { _: "userTypeUnknown" });
  export type BotCommand = botCommand;
  export type BotInfo = botInfo;
  export type UserStatus = (userStatusEmpty & { _: "userStatusEmpty" }) | (userStatusOnline & { _: "userStatusOnline" }) | (userStatusOffline & { _: "userStatusOffline" }) | (userStatusRecently & { _: "userStatusRecently" }) | (userStatusLastWeek & { _: "userStatusLastWeek" }) | (userStatusLastMonth & { _: "userStatusLastMonth" });
  export type User = user;
  export type UserFull = userFull;
  export type Users = users;
  export type Contact = contact;
  export type ImportedContacts = importedContacts;
  export type Location = location;
  export type ChatMemberStatus = (chatMemberStatusCreator & { _: "chatMemberStatusCreator" }) | (chatMemberStatusAdministrator & { _: "chatMemberStatusAdministrator" }) | (chatMemberStatusMember & { _: "chatMemberStatusMember" }) | (chatMemberStatusRestricted & { _: "chatMemberStatusRestricted" }) | (chatMemberStatusLeft & { _: "chatMemberStatusLeft" }) | (chatMemberStatusBanned & { _: "chatMemberStatusBanned" });
  export type ChatMember = chatMember;
  export type ChatMembers = chatMembers;
  export type ChatType = (chatTypePrivate & { _: "chatTypePrivate" }) | (chatTypeGroup & { _: "chatTypeGroup" });
  export type MessageSendState = (messageIsIncoming & { _: "messageIsIncoming" }) | (messageIsBeingSent & { _: "messageIsBeingSent" }) | (messageIsSuccessfullySent & { _: "messageIsSuccessfullySent" }) | (messageIsFailedToSend & { _: "messageIsFailedToSend" });
  export type MessageForwardInfo = messageForwardedFromUser;
  export type KeyboardButtonType = (keyboardButtonTypeText & { _: "keyboardButtonTypeText" }) | (keyboardButtonTypeRequestPhoneNumber & { _: "keyboardButtonTypeRequestPhoneNumber" }) | (keyboardButtonTypeRequestLocation & { _: "keyboardButtonTypeRequestLocation" });
  export type KeyboardButton = keyboardButton;
  export type InlineKeyboardButtonType = (inlineKeyboardButtonTypeUrl & { _: "inlineKeyboardButtonTypeUrl" }) | (inlineKeyboardButtonTypeCallback & { _: "inlineKeyboardButtonTypeCallback" });
  export type InlineKeyboardButton = inlineKeyboardButton;
  export type ReplyMarkup = (replyMarkupRemoveKeyboard & { _: "replyMarkupRemoveKeyboard" }) | (replyMarkupForceReply & { _: "replyMarkupForceReply" }) | (replyMarkupShowKeyboard & { _: "replyMarkupShowKeyboard" }) | (replyMarkupInlineKeyboard & { _: "replyMarkupInlineKeyboard" });
  export type MessageContent = (messageText & { _: "messageText" }) | (messageLocation & { _: "messageLocation" }) | (messageContact & { _: "messageContact" }) | (messageGroupChatCreate & { _: "messageGroupChatCreate" }) | (messageChatChangeTitle & { _: "messageChatChangeTitle" }) | (messageChatAddMembers & { _: "messageChatAddMembers" }) | (messageChatDeleteMember & { _: "messageChatDeleteMember" }) | (messageContactRegistered & { _: "messageContactRegistered" }) | (messageUnsupported & { _: "messageUnsupported" });
  export type Message = message;
  export type Messages = messages;
  export type InputMessageContent = (inputMessageText & { _: "inputMessageText" }) | (inputMessageLocation & { _: "inputMessageLocation" }) | (inputMessageContact & { _: "inputMessageContact" }) | (inputMessageForwarded & { _: "inputMessageForwarded" });
  export type SearchMessagesFilter = searchMessagesFilterEmpty;
  export type ChatAction = (chatActionTyping & { _: "chatActionTyping" }) | (chatActionChoosingLocation & { _: "chatActionChoosingLocation" }) | (chatActionChoosingContact & { _: "chatActionChoosingContact" }) | (chatActionCancel & { _: "chatActionCancel" });
  export type NotificationSettings = notificationSettings;
  export type DraftMessage = draftMessage;
  export type Chat = chat;
  export type Chats = chats;
  export type Session = session;
  export type Sessions = sessions;
  export type OptionValue = (optionValueBoolean & { _: "optionValueBoolean" }) | (optionValueEmpty & { _: "optionValueEmpty" }) | (optionValueInteger & { _: "optionValueInteger" }) | (optionValueString & { _: "optionValueString" });
  export type Update = (updateAuthState & { _: "updateAuthState" }) | (updateNewMessage & { _: "updateNewMessage" }) | (updateMessageContent & { _: "updateMessageContent" }) | (updateMessageEdited & { _: "updateMessageEdited" }) | (updateDeleteMessages & { _: "updateDeleteMessages" }) | (updateChat & { _: "updateChat" }) | (updateChatTitle & { _: "updateChatTitle" }) | (updateChatReadInbox & { _: "updateChatReadInbox" }) | (updateChatReadOutbox & { _: "updateChatReadOutbox" }) | (updateUser & { _: "updateUser" }) | (updateOption & { _: "updateOption" });
  export type TestInt = testInt;
  export type TestString = testString;
  export type TestBytes = testBytes;
  export type TestVectorInt = testVectorInt;
  export type TestVectorIntObject = testVectorIntObject;
  export type TestVectorString = testVectorString;
  export type TestVectorStringObject = testVectorStringObject;
}

/** Every function: its parameters as callers may pass them, as validated, and its result. */
export interface Methods {
  /** Tells where the client stands in the login process. Can be called before authorization */
  getAuthState: {
    params: {
    };
    validated: {
      _: "getAuthState";
    };
    result: AuthState;
  };
  /** Starts a login with a phone number: a code is sent and the state becomes authStateWaitCode. Numbers 99966XYYYY get the code XXXXX (X five times), as in Telegram's test environment. Can be called before authorization */
  setAuthPhoneNumber: {
    params: {
      /** Phone number in international form; a leading + and spaces are allowed */
      phone_number?: string | null;
      /** True when the code may come as a flash call; the embedded engine never uses one */
      allow_flash_call?: boolean | null;
      /** True when the number is the SIM card of this device; only meaningful with allow_flash_call */
      is_current_phone_number?: boolean | null;
    };
    validated: {
      _: "setAuthPhoneNumber";
      phone_number: string;
      allow_flash_call: boolean;
      is_current_phone_number: boolean;
    };
    result: AuthState;
  };
  /** Sends the login code again the next way (message, then SMS, then call). Fails when authStateWaitCode has no next_code_type. Can be called before authorization */
  resendAuthCode: {
    params: {
    };
    validated: {
      _: "resendAuthCode";
    };
    result: AuthState;
  };
  /** Checks the login code. For a phone number without an account, first_name (required) and last_name register a new account. Can be called before authorization */
  checkAuthCode: {
    params: {
      /** The code received */
      code?: string | null;
      /** First name of the new account; ignored when the account exists */
      first_name?: string | null;
      /** Last name of the new account; may be empty */
      last_name?: string | null;
    };
    validated: {
      _: "checkAuthCode";
      code: string;
      first_name: string;
      last_name: string;
    };
    result: AuthState;
  };
  /** Checks the two-step verification password while in authStateWaitPassword. Can be called before authorization */
  checkAuthPassword: {
    params: {
      /** The password */
      password?: string | null;
    };
    validated: {
      _: "checkAuthPassword";
      password: string;
    };
    result: AuthState;
  };
  /** Sends a recovery code to the account's recovery e-mail address while in authStateWaitPassword. For test numbers (99966XYYYY) the recovery code is XXXXX, like the login code. Can be called before authorization */
  requestAuthPasswordRecovery: {
    params: {
    };
    validated: {
      _: "requestAuthPasswordRecovery";
    };
    result: AuthState;
  };
  /** Logs in with the code sent to the recovery e-mail address, which also removes the password. Can be called before authorization */
  recoverAuthPassword: {
    params: {
      /** The code received by e-mail */
      recovery_code?: string | null;
    };
    validated: {
      _: "recoverAuthPassword";
      recovery_code: string;
    };
    result: AuthState;
  };
  /** Logs out. With force = false this is a proper log-out: the session is ended on the network side, local data is deleted, and the answer is authStateLoggingOut. With force = true local data is deleted at once without telling the network (the session stays in the account's list of active sessions) and the answer is the error 401 Unauthorized. Can be called before authorization */
  resetAuth: {
    params: {
      /** True to drop local data without logging out from the network */
      force?: boolean | null;
    };
    validated: {
      _: "resetAuth";
      force: boolean;
    };
    result: AuthState;
  };
  /** Logs in as a bot with the token given at the bot's creation (luatd bot create NAME). Can be called before authorization */
  checkAuthBotToken: {
    params: {
      /** The bot token, of the form user_id:secret */
      token?: string | null;
    };
    validated: {
      _: "checkAuthBotToken";
      token: string;
    };
    result: AuthState;
  };
  /** Returns the two-step verification settings of the current account */
  getPasswordState: {
    params: {
    };
    validated: {
      _: "getPasswordState";
    };
    result: PasswordState;
  };
  /** Changes the two-step verification password of the current account */
  setPassword: {
    params: {
      /** The current password; empty when none is set */
      old_password?: string | null;
      /** The new password; empty to remove the password */
      new_password?: string | null;
      /** Hint for the new password; may be empty */
      new_hint?: string | null;
      /** True to change the recovery e-mail address too */
      set_recovery_email?: boolean | null;
      /** The new recovery e-mail address, used when set_recovery_email is true; empty to remove it */
      new_recovery_email?: string | null;
    };
    validated: {
      _: "setPassword";
      old_password: string;
      new_password: string;
      new_hint: string;
      set_recovery_email: boolean;
      new_recovery_email: string;
    };
    result: PasswordState;
  };
  /** Lists the logged-in sessions of the current account */
  getActiveSessions: {
    params: {
    };
    validated: {
      _: "getActiveSessions";
    };
    result: Sessions;
  };
  /** Ends another session of the current account; its client is logged out */
  terminateSession: {
    params: {
      /** The session to end */
      session_id?: string | number | null;
    };
    validated: {
      _: "terminateSession";
      session_id: string;
    };
    result: Ok;
  };
  /** Ends every session of the current account except the current one */
  terminateAllOtherSessions: {
    params: {
    };
    validated: {
      _: "terminateAllOtherSessions";
    };
    result: Ok;
  };
  /** Returns the current user */
  getMe: {
    params: {
    };
    validated: {
      _: "getMe";
    };
    result: User;
  };
  /** Returns a user known to the current user */
  getUser: {
    params: {
      /** The user */
      user_id?: number | null;
    };
    validated: {
      _: "getUser";
      user_id: number;
    };
    result: User;
  };
  /** Returns more about a user: blocked state, self-description, bot information */
  getUserFull: {
    params: {
      /** The user */
      user_id?: number | null;
    };
    validated: {
      _: "getUserFull";
      user_id: number;
    };
    result: UserFull;
  };
  /** Changes the name of the current user */
  changeName: {
    params: {
      /** New first name, 1 to 64 characters */
      first_name?: string | null;
      /** New last name, up to 64 characters; may be empty */
      last_name?: string | null;
    };
    validated: {
      _: "changeName";
      first_name: string;
      last_name: string;
    };
    result: Ok;
  };
  /** Changes the username of the current user. A username has 5 to 32 characters (letters, digits, underscores), starts with a letter, and is unique */
  changeUsername: {
    params: {
      /** The new username without the leading @; empty to remove it */
      username?: string | null;
    };
    validated: {
      _: "changeUsername";
      username: string;
    };
    result: Ok;
  };
  /** Changes the self-description of the current user */
  changeAbout: {
    params: {
      /** The new text, up to 70 characters; may be empty */
      about?: string | null;
    };
    validated: {
      _: "changeAbout";
      about: string;
    };
    result: Ok;
  };
  /** Adds contacts to the address book of the current user, matching them to accounts by phone number */
  importContacts: {
    params: {
      /** The contacts; their user_id is ignored */
      contacts?: Input.contact[] | null;
    };
    validated: {
      _: "importContacts";
      contacts: contact[];
    };
    result: ImportedContacts;
  };
  /** Searches the contacts of the current user by name or username (case-insensitive substring); an empty query lists them all */
  searchContacts: {
    params: {
      /** Text to look for; may be empty */
      query?: string | null;
      /** Maximum number of users to return */
      limit?: number | null;
    };
    validated: {
      _: "searchContacts";
      query: string;
      limit: number;
    };
    result: Users;
  };
  /** Removes users from the address book of the current user */
  deleteContacts: {
    params: {
      /** The users to remove */
      user_ids?: number[] | null;
    };
    validated: {
      _: "deleteContacts";
      user_ids: number[];
    };
    result: Ok;
  };
  /** Blocks a user: their messages in the private chat no longer reach the current user */
  blockUser: {
    params: {
      /** The user to block */
      user_id?: number | null;
    };
    validated: {
      _: "blockUser";
      user_id: number;
    };
    result: Ok;
  };
  /** Unblocks a user */
  unblockUser: {
    params: {
      /** The user to unblock */
      user_id?: number | null;
    };
    validated: {
      _: "unblockUser";
      user_id: number;
    };
    result: Ok;
  };
  /** Lists the users blocked by the current user */
  getBlockedUsers: {
    params: {
      /** Number of users to skip */
      offset?: number | null;
      /** Maximum number of users to return */
      limit?: number | null;
    };
    validated: {
      _: "getBlockedUsers";
      offset: number;
      limit: number;
    };
    result: Users;
  };
  /** Opens (creating when needed) the private chat with a user */
  createPrivateChat: {
    params: {
      /** The other user */
      user_id?: number | null;
    };
    validated: {
      _: "createPrivateChat";
      user_id: number;
    };
    result: Chat;
  };
  /** Creates a group chat with the current user as creator */
  createNewGroupChat: {
    params: {
      /** The other members */
      user_ids?: number[] | null;
      /** Title of the group, 1 to 255 characters */
      title?: string | null;
    };
    validated: {
      _: "createNewGroupChat";
      user_ids: number[];
      title: string;
    };
    result: Chat;
  };
  /** Returns a chat the current user is in or has seen */
  getChat: {
    params: {
      /** The chat */
      chat_id?: number | null;
    };
    validated: {
      _: "getChat";
      chat_id: number;
    };
    result: Chat;
  };
  /** Returns chats of the chat list, most recent activity first. Start with offset_order 9223372036854775807 and offset_chat_id 0, then pass the order and id of the last chat returned */
  getChats: {
    params: {
      /** Order of the chat to continue after (decimal string) */
      offset_order?: string | number | null;
      /** Identifier of the chat to continue after */
      offset_chat_id?: number | null;
      /** Maximum number of chats to return */
      limit?: number | null;
    };
    validated: {
      _: "getChats";
      offset_order: string;
      offset_chat_id: number;
      limit: number;
    };
    result: Chats;
  };
  /** Searches the chats of the current user by title or username (case-insensitive substring) */
  searchChats: {
    params: {
      /** Text to look for */
      query?: string | null;
      /** Maximum number of chats to return */
      limit?: number | null;
    };
    validated: {
      _: "searchChats";
      query: string;
      limit: number;
    };
    result: Chats;
  };
  /** Finds a user or bot by username and opens the private chat with it */
  searchPublicChat: {
    params: {
      /** The username, with or without the leading @ */
      username?: string | null;
    };
    validated: {
      _: "searchPublicChat";
      username: string;
    };
    result: Chat;
  };
  /** Adds a user to a group chat */
  addChatMember: {
    params: {
      /** The group */
      chat_id?: number | null;
      /** The user to add */
      user_id?: number | null;
      /** Number of earlier messages the new member may see; unused by the embedded engine */
      forward_limit?: number | null;
    };
    validated: {
      _: "addChatMember";
      chat_id: number;
      user_id: number;
      forward_limit: number;
    };
    result: Ok;
  };
  /** Returns a user's membership of a chat */
  getChatMember: {
    params: {
      /** The chat */
      chat_id?: number | null;
      /** The user */
      user_id?: number | null;
    };
    validated: {
      _: "getChatMember";
      chat_id: number;
      user_id: number;
    };
    result: ChatMember;
  };
  /** Renames a group chat */
  changeChatTitle: {
    params: {
      /** The group */
      chat_id?: number | null;
      /** The new title, 1 to 255 characters */
      title?: string | null;
    };
    validated: {
      _: "changeChatTitle";
      chat_id: number;
      title: string;
    };
    result: Ok;
  };
  /** Tells the other members of a chat what the current user is doing (typing, ...). The embedded engine does not implement it and answers error 501 */
  sendChatAction: {
    params: {
      /** The chat */
      chat_id?: number | null;
      /** What the user is doing */
      action?: Input.ChatAction | null;
    };
    validated: {
      _: "sendChatAction";
      chat_id: number;
      action: ChatAction | null;
    };
    result: Ok;
  };
  /** Tells that the user opened a chat on screen */
  openChat: {
    params: {
      /** The chat */
      chat_id?: number | null;
    };
    validated: {
      _: "openChat";
      chat_id: number;
    };
    result: Ok;
  };
  /** Tells that the user closed a chat on screen */
  closeChat: {
    params: {
      /** The chat */
      chat_id?: number | null;
    };
    validated: {
      _: "closeChat";
      chat_id: number;
    };
    result: Ok;
  };
  /** Sends a message */
  sendMessage: {
    params: {
      /** Target chat */
      chat_id?: number | null;
      /** The message this one answers; 0 when none */
      reply_to_message_id?: number | null;
      /** True to deliver without notifying the recipients */
      disable_notification?: boolean | null;
      /** True when the message is sent by an automated process rather than the user */
      from_background?: boolean | null;
      /** Buttons or keyboard to attach (bots only); may be null */
      reply_markup?: Input.ReplyMarkup | null;
      /** What to send */
      input_message_content?: Input.InputMessageContent | null;
    };
    validated: {
      _: "sendMessage";
      chat_id: number;
      reply_to_message_id: number;
      disable_notification: boolean;
      from_background: boolean;
      reply_markup: ReplyMarkup | null;
      input_message_content: InputMessageContent | null;
    };
    result: Message;
  };
  /** Returns one message */
  getMessage: {
    params: {
      /** Chat of the message */
      chat_id?: number | null;
      /** The message */
      message_id?: number | null;
    };
    validated: {
      _: "getMessage";
      chat_id: number;
      message_id: number;
    };
    result: Message;
  };
  /** Returns several messages of one chat, in the order asked; a missing message is null in the list */
  getMessages: {
    params: {
      /** The chat */
      chat_id?: number | null;
      /** The messages */
      message_ids?: number[] | null;
    };
    validated: {
      _: "getMessages";
      chat_id: number;
      message_ids: number[];
    };
    result: Messages;
  };
  /** Returns messages of a chat, newest first. With offset 0 the list starts at from_message_id (0 means the newest message); a negative offset also returns up to -offset messages newer than from_message_id */
  getChatHistory: {
    params: {
      /** The chat */
      chat_id?: number | null;
      /** Message to start from; 0 for the newest */
      from_message_id?: number | null;
      /** Number of newer messages to include before from_message_id: 0 or negative, and more than -limit */
      offset?: number | null;
      /** Maximum number of messages to return, 1 to 100 */
      limit?: number | null;
    };
    validated: {
      _: "getChatHistory";
      chat_id: number;
      from_message_id: number;
      offset: number;
      limit: number;
    };
    result: Messages;
  };
  /** Changes the text of a message sent by the current user */
  editMessageText: {
    params: {
      /** Chat of the message */
      chat_id?: number | null;
      /** The message */
      message_id?: number | null;
      /** New buttons (bots only); may be null */
      reply_markup?: Input.ReplyMarkup | null;
      /** The new text: must be inputMessageText */
      input_message_content?: Input.InputMessageContent | null;
    };
    validated: {
      _: "editMessageText";
      chat_id: number;
      message_id: number;
      reply_markup: ReplyMarkup | null;
      input_message_content: InputMessageContent | null;
    };
    result: Message;
  };
  /** Deletes messages */
  deleteMessages: {
    params: {
      /** Chat of the messages */
      chat_id?: number | null;
      /** The messages */
      message_ids?: number[] | null;
      /** True to delete them for every participant: this applies to the current user's own messages, and to any message of a group the current user created; other messages are removed from the current user's history only */
      revoke?: boolean | null;
    };
    validated: {
      _: "deleteMessages";
      chat_id: number;
      message_ids: number[];
      revoke: boolean;
    };
    result: Ok;
  };
  /** Forwards messages from one chat to another; answers the new messages in the order given */
  forwardMessages: {
    params: {
      /** Target chat */
      chat_id?: number | null;
      /** Chat the messages come from */
      from_chat_id?: number | null;
      /** The messages, in ascending order */
      message_ids?: number[] | null;
      /** True to deliver without notifying the recipients */
      disable_notification?: boolean | null;
      /** True when sent by an automated process rather than the user */
      from_background?: boolean | null;
    };
    validated: {
      _: "forwardMessages";
      chat_id: number;
      from_chat_id: number;
      message_ids: number[];
      disable_notification: boolean;
      from_background: boolean;
    };
    result: Messages;
  };
  /** Searches messages of one chat by text (case-insensitive substring), newest first, with the paging of getChatHistory */
  searchChatMessages: {
    params: {
      /** The chat */
      chat_id?: number | null;
      /** Text to look for; may be empty to list every message */
      query?: string | null;
      /** Only messages of this user; 0 for any sender */
      sender_user_id?: number | null;
      /** Message to start from; 0 for the newest */
      from_message_id?: number | null;
      /** Number of newer messages to include before from_message_id: 0 or negative */
      offset?: number | null;
      /** Maximum number of messages to return, 1 to 100 */
      limit?: number | null;
      /** Kinds of messages to return; may be null for all */
      filter?: Input.SearchMessagesFilter | null;
    };
    validated: {
      _: "searchChatMessages";
      chat_id: number;
      query: string;
      sender_user_id: number;
      from_message_id: number;
      offset: number;
      limit: number;
      filter: SearchMessagesFilter | null;
    };
    result: Messages;
  };
  /** Searches messages of every chat of the current user by text (case-insensitive substring), newest first. For the next page pass the date, chat and id of the last message returned */
  searchMessages: {
    params: {
      /** Text to look for */
      query?: string | null;
      /** Date of the message to continue after; 0 for the newest */
      offset_date?: number | null;
      /** Chat of the message to continue after; 0 for the newest */
      offset_chat_id?: number | null;
      /** Message to continue after; 0 for the newest */
      offset_message_id?: number | null;
      /** Maximum number of messages to return, 1 to 100 */
      limit?: number | null;
    };
    validated: {
      _: "searchMessages";
      query: string;
      offset_date: number;
      offset_chat_id: number;
      offset_message_id: number;
      limit: number;
    };
    result: Messages;
  };
  /** Marks messages as read by the current user, up to the newest of them: updates the unread count of the chat and tells the other members. Identifiers of messages that do not exist are ignored */
  viewMessages: {
    params: {
      /** The chat */
      chat_id?: number | null;
      /** The messages read */
      message_ids?: number[] | null;
    };
    validated: {
      _: "viewMessages";
      chat_id: number;
      message_ids: number[];
    };
    result: Ok;
  };
  /** Finds mentions, hashtags, bot commands, links and e-mail addresses in plain text. Can be called synchronously */
  getTextEntities: {
    params: {
      /** The text to scan */
      text?: string | null;
    };
    validated: {
      _: "getTextEntities";
      text: string;
    };
    result: TextEntities;
  };
  /** Turns marked-up text into plain text and entities. Can be called synchronously */
  parseTextEntities: {
    params: {
      /** The text with markup */
      text?: string | null;
      /** The markup language */
      parse_mode?: Input.TextParseMode | null;
    };
    validated: {
      _: "parseTextEntities";
      text: string;
      parse_mode: TextParseMode | null;
    };
    result: FormattedText;
  };
  /** Returns the value of a client option (my_id, version, or one set with setOption); optionValueEmpty when it is not set. Can be called before authorization */
  getOption: {
    params: {
      /** Name of the option */
      name?: string | null;
    };
    validated: {
      _: "getOption";
      name: string;
    };
    result: OptionValue;
  };
  /** Sets a client option of this session; read-only options (my_id, version) cannot be set. Sends updateOption. Can be called before authorization */
  setOption: {
    params: {
      /** Name of the option: letters, digits and underscores */
      name?: string | null;
      /** The new value; optionValueEmpty removes the option */
      value?: Input.OptionValue | null;
    };
    validated: {
      _: "setOption";
      name: string;
      value: OptionValue | null;
    };
    result: Ok;
  };
  /** Test request: does nothing. Can be called before authorization */
  testCallEmpty: {
    params: {
    };
    validated: {
      _: "testCallEmpty";
    };
    result: Ok;
  };
  /** Test request: answers the string it was given. Can be called before authorization */
  testCallString: {
    params: {
      /** The string */
      x?: string | null;
    };
    validated: {
      _: "testCallString";
      x: string;
    };
    result: TestString;
  };
  /** Test request: answers the bytes it was given. Can be called before authorization */
  testCallBytes: {
    params: {
      /** The bytes */
      x?: string | null;
    };
    validated: {
      _: "testCallBytes";
      x: string;
    };
    result: TestBytes;
  };
  /** Test request: answers the numbers it was given. Can be called before authorization */
  testCallVectorInt: {
    params: {
      /** The numbers */
      x?: number[] | null;
    };
    validated: {
      _: "testCallVectorInt";
      x: number[];
    };
    result: TestVectorInt;
  };
  /** Test request: answers the testInt objects it was given. Can be called before authorization */
  testCallVectorIntObject: {
    params: {
      /** The objects */
      x?: Input.testInt[] | null;
    };
    validated: {
      _: "testCallVectorIntObject";
      x: testInt[];
    };
    result: TestVectorIntObject;
  };
  /** Test request: answers the strings it was given. Can be called before authorization */
  testCallVectorString: {
    params: {
      /** The strings */
      x?: string[] | null;
    };
    validated: {
      _: "testCallVectorString";
      x: string[];
    };
    result: TestVectorString;
  };
  /** Test request: answers the testString objects it was given. Can be called before authorization */
  testCallVectorStringObject: {
    params: {
      /** The objects */
      x?: Input.testString[] | null;
    };
    validated: {
      _: "testCallVectorStringObject";
      x: testString[];
    };
    result: TestVectorStringObject;
  };
  /** Test request: answers the square of a number (wrapping around like a 32-bit integer). Can be called before authorization */
  testSquareInt: {
    params: {
      /** The number */
      x?: number | null;
    };
    validated: {
      _: "testSquareInt";
      x: number;
    };
    result: TestInt;
  };
  /** Test request: checks that the network side answers. Can be called before authorization */
  testNetwork: {
    params: {
    };
    validated: {
      _: "testNetwork";
    };
    result: Ok;
  };
  /** Test request: answers an update object (the current updateAuthState); it exists so that the Update type is used by a function. Can be called before authorization */
  testUseUpdate: {
    params: {
    };
    validated: {
      _: "testUseUpdate";
    };
    result: Update;
  };
  /** Test request: answers an error object as its result; it exists so that the Error type is used by a function. Can be called before authorization */
  testUseError: {
    params: {
    };
    validated: {
      _: "testUseError";
    };
    result: Error;
  };
}

/** Name of any function. */
export type MethodName = keyof Methods;

/** Parameters of function `M` (without `_`). */
export type Params<M extends MethodName> = Methods[M]['params'];

/** Request `M` after validateRequest (src/schema/validate.ts): complete, with defaults. */
export type Validated<M extends MethodName> = Methods[M]['validated'];

/** Result of function `M`. */
export type Result<M extends MethodName> = Methods[M]['result'];

/** Every constructor by name. */
export interface Objects {
  error: error;
  ok: ok;
  authCodeTypeMessage: authCodeTypeMessage;
  authCodeTypeSms: authCodeTypeSms;
  authCodeTypeCall: authCodeTypeCall;
  authCodeTypeFlashCall: authCodeTypeFlashCall;
  authStateWaitPhoneNumber: authStateWaitPhoneNumber;
  authStateWaitCode: authStateWaitCode;
  authStateWaitPassword: authStateWaitPassword;
  authStateOk: authStateOk;
  authStateLoggingOut: authStateLoggingOut;
  passwordState: passwordState;
  textEntityTypeMention: textEntityTypeMention;
  textEntityTypeHashtag: textEntityTypeHashtag;
  textEntityTypeBotCommand: textEntityTypeBotCommand;
  textEntityTypeUrl: textEntityTypeUrl;
  textEntityTypeEmail: textEntityTypeEmail;
  textEntityTypeBold: textEntityTypeBold;
  textEntityTypeItalic: textEntityTypeItalic;
  textEntityTypeCode: textEntityTypeCode;
  textEntityTypePre: textEntityTypePre;
  textEntityTypePreCode: textEntityTypePreCode;
  textEntityTypeTextUrl: textEntityTypeTextUrl;
  textEntityTypeMentionName: textEntityTypeMentionName;
  textEntity: textEntity;
  textEntities: textEntities;
  formattedText: formattedText;
  textParseModeMarkdown: textParseModeMarkdown;
  textParseModeHTML: textParseModeHTML;
  linkStateNone: linkStateNone;
  linkStateKnowsPhoneNumber: linkStateKnowsPhoneNumber;
  linkStateContact: linkStateContact;
  userTypeGeneral: userTypeGeneral;
  userTypeDeleted: userTypeDeleted;
  userTypeBot: userTypeBot;
  userTypeUnknown: userTypeUnknown;
  botCommand: botCommand;
  botInfo: botInfo;
  userStatusEmpty: userStatusEmpty;
  userStatusOnline: userStatusOnline;
  userStatusOffline: userStatusOffline;
  userStatusRecently: userStatusRecently;
  userStatusLastWeek: userStatusLastWeek;
  userStatusLastMonth: userStatusLastMonth;
  user: user;
  userFull: userFull;
  users: users;
  contact: contact;
  importedContacts: importedContacts;
  location: location;
  chatMemberStatusCreator: chatMemberStatusCreator;
  chatMemberStatusAdministrator: chatMemberStatusAdministrator;
  chatMemberStatusMember: chatMemberStatusMember;
  chatMemberStatusRestricted: chatMemberStatusRestricted;
  chatMemberStatusLeft: chatMemberStatusLeft;
  chatMemberStatusBanned: chatMemberStatusBanned;
  chatMember: chatMember;
  chatMembers: chatMembers;
  chatTypePrivate: chatTypePrivate;
  chatTypeGroup: chatTypeGroup;
  messageIsIncoming: messageIsIncoming;
  messageIsBeingSent: messageIsBeingSent;
  messageIsSuccessfullySent: messageIsSuccessfullySent;
  messageIsFailedToSend: messageIsFailedToSend;
  messageForwardedFromUser: messageForwardedFromUser;
  keyboardButtonTypeText: keyboardButtonTypeText;
  keyboardButtonTypeRequestPhoneNumber: keyboardButtonTypeRequestPhoneNumber;
  keyboardButtonTypeRequestLocation: keyboardButtonTypeRequestLocation;
  keyboardButton: keyboardButton;
  inlineKeyboardButtonTypeUrl: inlineKeyboardButtonTypeUrl;
  inlineKeyboardButtonTypeCallback: inlineKeyboardButtonTypeCallback;
  inlineKeyboardButton: inlineKeyboardButton;
  replyMarkupRemoveKeyboard: replyMarkupRemoveKeyboard;
  replyMarkupForceReply: replyMarkupForceReply;
  replyMarkupShowKeyboard: replyMarkupShowKeyboard;
  replyMarkupInlineKeyboard: replyMarkupInlineKeyboard;
  messageText: messageText;
  messageLocation: messageLocation;
  messageContact: messageContact;
  messageGroupChatCreate: messageGroupChatCreate;
  messageChatChangeTitle: messageChatChangeTitle;
  messageChatAddMembers: messageChatAddMembers;
  messageChatDeleteMember: messageChatDeleteMember;
  messageContactRegistered: messageContactRegistered;
  messageUnsupported: messageUnsupported;
  message: message;
  messages: messages;
  inputMessageText: inputMessageText;
  inputMessageLocation: inputMessageLocation;
  inputMessageContact: inputMessageContact;
  inputMessageForwarded: inputMessageForwarded;
  searchMessagesFilterEmpty: searchMessagesFilterEmpty;
  chatActionTyping: chatActionTyping;
  chatActionChoosingLocation: chatActionChoosingLocation;
  chatActionChoosingContact: chatActionChoosingContact;
  chatActionCancel: chatActionCancel;
  notificationSettings: notificationSettings;
  draftMessage: draftMessage;
  chat: chat;
  chats: chats;
  session: session;
  sessions: sessions;
  optionValueBoolean: optionValueBoolean;
  optionValueEmpty: optionValueEmpty;
  optionValueInteger: optionValueInteger;
  optionValueString: optionValueString;
  updateAuthState: updateAuthState;
  updateNewMessage: updateNewMessage;
  updateMessageContent: updateMessageContent;
  updateMessageEdited: updateMessageEdited;
  updateDeleteMessages: updateDeleteMessages;
  updateChat: updateChat;
  updateChatTitle: updateChatTitle;
  updateChatReadInbox: updateChatReadInbox;
  updateChatReadOutbox: updateChatReadOutbox;
  updateUser: updateUser;
  updateOption: updateOption;
  testInt: testInt;
  testString: testString;
  testBytes: testBytes;
  testVectorInt: testVectorInt;
  testVectorIntObject: testVectorIntObject;
  testVectorString: testVectorString;
  testVectorStringObject: testVectorStringObject;
}

/** Name of any constructor. */
export type ObjectName = keyof Objects;
