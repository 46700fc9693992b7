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
  /** The user's current profile photo; may be null when none is set */
  profile_photo: profilePhoto | null;
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
  /** Photo of the chat (the other user's profile photo for private chats); may be null when none is set */
  photo: chatPhoto | null;
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

/** Password recovery info */
export interface passwordRecoveryInfo {
  _: "passwordRecoveryInfo";
  /** Recovery email pattern */
  recovery_email_pattern: string;
}

/** Recovery email */
export interface recoveryEmail {
  _: "recoveryEmail";
  /** Recovery email */
  recovery_email: string;
}

/** Temporary password state */
export interface temporaryPasswordState {
  _: "temporaryPasswordState";
  /** True when there is password */
  has_password: boolean;
  /** Valid for */
  valid_for: number;
}

/** File */
export interface file {
  _: "file";
  /** Identifier */
  id: number;
  /** Identifier of the persistent */
  persistent_id: string;
  /** Size in bytes; 0 when unknown */
  size: number;
  /** True when being downloaded */
  is_being_downloaded: boolean;
  /** Bytes present locally */
  local_size: number;
  /** True when being uploaded */
  is_being_uploaded: boolean;
  /** Remote size in bytes */
  remote_size: number;
  /** Local path */
  path: string;
}

/** Input file: id */
export interface inputFileId {
  _: "inputFileId";
  /** Identifier */
  id: number;
}

/** Input file: persistent id */
export interface inputFilePersistentId {
  _: "inputFilePersistentId";
  /** Identifier of the persistent */
  persistent_id: string;
}

/** Input file: local */
export interface inputFileLocal {
  _: "inputFileLocal";
  /** Local path */
  path: string;
}

/** Input file: generated */
export interface inputFileGenerated {
  _: "inputFileGenerated";
  /** Original path */
  original_path: string;
  /** Conversion */
  conversion: string;
  /** Expected size in bytes */
  expected_size: number;
}

/** Photo size */
export interface photoSize {
  _: "photoSize";
  /** Type */
  type: string;
  /** Photo; may be null */
  photo: file | null;
  /** Width in pixels */
  width: number;
  /** Height in pixels */
  height: number;
}

/** Mask position */
export interface maskPosition {
  _: "maskPosition";
  /** Point */
  point: number;
  /** X shift */
  x_shift: number;
  /** Y shift */
  y_shift: number;
  /** Scale */
  scale: number;
}

/** Animation */
export interface animation {
  _: "animation";
  /** Length in seconds */
  duration: number;
  /** Width in pixels */
  width: number;
  /** Height in pixels */
  height: number;
  /** File name */
  file_name: string;
  /** MIME type */
  mime_type: string;
  /** Thumbnail; may be null */
  thumb: photoSize | null;
  /** Animation */
  animation: file;
}

/** Audio */
export interface audio {
  _: "audio";
  /** Length in seconds */
  duration: number;
  /** Title */
  title: string;
  /** Performer */
  performer: string;
  /** File name */
  file_name: string;
  /** MIME type */
  mime_type: string;
  /** Album cover thumb; may be null */
  album_cover_thumb: photoSize | null;
  /** Audio file */
  audio: file;
}

/** Document */
export interface document {
  _: "document";
  /** File name */
  file_name: string;
  /** MIME type */
  mime_type: string;
  /** Thumbnail; may be null */
  thumb: photoSize | null;
  /** Document */
  document: file;
}

/** Photo */
export interface photo {
  _: "photo";
  /** Identifier */
  id: string;
  /** True when there is stickers */
  has_stickers: boolean;
  /** Sizes */
  sizes: photoSize[];
}

/** Sticker */
export interface sticker {
  _: "sticker";
  /** Sticker set identifier */
  set_id: string;
  /** Width in pixels */
  width: number;
  /** Height in pixels */
  height: number;
  /** Emoji */
  emoji: string;
  /** True when mask */
  is_mask: boolean;
  /** Mask position; may be null */
  mask_position: maskPosition | null;
  /** Thumbnail; may be null */
  thumb: photoSize | null;
  /** Sticker */
  sticker: file;
}

/** Video */
export interface video {
  _: "video";
  /** Length in seconds */
  duration: number;
  /** Width in pixels */
  width: number;
  /** Height in pixels */
  height: number;
  /** File name */
  file_name: string;
  /** MIME type */
  mime_type: string;
  /** True when there is stickers */
  has_stickers: boolean;
  /** Thumbnail; may be null */
  thumb: photoSize | null;
  /** Video */
  video: file;
}

/** Video note */
export interface videoNote {
  _: "videoNote";
  /** Length in seconds */
  duration: number;
  /** Length */
  length: number;
  /** Thumbnail; may be null */
  thumb: photoSize | null;
  /** Video */
  video: file;
}

/** Voice */
export interface voice {
  _: "voice";
  /** Length in seconds */
  duration: number;
  /** Waveform */
  waveform: string;
  /** MIME type */
  mime_type: string;
  /** Voice note */
  voice: file;
}

/** Venue */
export interface venue {
  _: "venue";
  /** Location */
  location: location;
  /** Title */
  title: string;
  /** Address */
  address: string;
  /** Provider */
  provider: string;
  /** Identifier */
  id: string;
}

/** Game */
export interface game {
  _: "game";
  /** Identifier */
  id: string;
  /** Short name */
  short_name: string;
  /** Title */
  title: string;
  /** Text */
  text: string;
  /** Text entities */
  text_entities: textEntity[];
  description: string;
  /** Photo; may be null */
  photo: photo | null;
  /** Animation; may be null */
  animation: animation | null;
}

/** Profile photo */
export interface profilePhoto {
  _: "profilePhoto";
  /** Identifier */
  id: string;
  /** Small */
  small: file;
  /** Big */
  big: file;
}

/** Chat photo */
export interface chatPhoto {
  _: "chatPhoto";
  /** Small */
  small: file;
  /** Big */
  big: file;
}

/** User profile photos */
export interface userProfilePhotos {
  _: "userProfilePhotos";
  /** Total number of results */
  total_count: number;
  /** Photos */
  photos: photo[];
}

/** Channel members filter: recent */
export interface channelMembersFilterRecent {
  _: "channelMembersFilterRecent";
}

/** Channel members filter: administrators */
export interface channelMembersFilterAdministrators {
  _: "channelMembersFilterAdministrators";
}

/** Channel members filter: search */
export interface channelMembersFilterSearch {
  _: "channelMembersFilterSearch";
  /** Text of the query */
  query: string;
}

/** Channel members filter: restricted */
export interface channelMembersFilterRestricted {
  _: "channelMembersFilterRestricted";
  /** Text of the query */
  query: string;
}

/** Channel members filter: banned */
export interface channelMembersFilterBanned {
  _: "channelMembersFilterBanned";
  /** Text of the query */
  query: string;
}

/** Channel members filter: bots */
export interface channelMembersFilterBots {
  _: "channelMembersFilterBots";
}

/** Group */
export interface group {
  _: "group";
  /** Identifier */
  id: number;
  /** Number of members */
  member_count: number;
  /** Status */
  status: ChatMemberStatus;
  /** Everyone is administrator */
  everyone_is_administrator: boolean;
  /** True when active */
  is_active: boolean;
  /** Identifier of the migrated to channel */
  migrated_to_channel_id: number;
}

/** Group full */
export interface groupFull {
  _: "groupFull";
  /** Identifier of the creator */
  creator_user_id: number;
  /** Members */
  members: chatMember[];
  /** Invite link */
  invite_link: string;
}

/** Channel */
export interface channel {
  _: "channel";
  /** Identifier */
  id: number;
  /** Username */
  username: string;
  /** Date, Unix time */
  date: number;
  /** Status */
  status: ChatMemberStatus;
  /** True when any member may add users */
  anyone_can_invite: boolean;
  /** True when posts carry their author */
  sign_messages: boolean;
  /** True for a supergroup, false for a broadcast channel */
  is_supergroup: boolean;
  /** True when verified */
  is_verified: boolean;
  /** Why access is limited; empty when it is not */
  restriction_reason: string;
}

/** Channel full */
export interface channelFull {
  _: "channelFull";
  description: string;
  /** Number of members */
  member_count: number;
  /** Number of administrator */
  administrator_count: number;
  /** Number of restricted */
  restricted_count: number;
  /** Number of banned */
  banned_count: number;
  /** True when allowed to get members */
  can_get_members: boolean;
  /** True when allowed to set username */
  can_set_username: boolean;
  /** True when allowed to set sticker set */
  can_set_sticker_set: boolean;
  /** Identifier of the sticker set */
  sticker_set_id: string;
  /** Invite link */
  invite_link: string;
  /** Identifier of the pinned message; 0 when none */
  pinned_message_id: number;
  /** Identifier of the migrated from group */
  migrated_from_group_id: number;
  /** Identifier of the migrated from max message */
  migrated_from_max_message_id: number;
}

/** Secret chat */
export interface secretChat {
  _: "secretChat";
  /** Identifier */
  id: number;
  /** User identifier */
  user_id: number;
  /** State */
  state: number;
  /** True when outbound */
  is_outbound: boolean;
  /** Self-destruct time in seconds; 0 for none */
  ttl: number;
  /** Key hash */
  key_hash: string;
  /** Layer */
  layer: number;
}

/** Chat invite link */
export interface chatInviteLink {
  _: "chatInviteLink";
  /** Invite link */
  invite_link: string;
}

/** Chat invite link info */
export interface chatInviteLinkInfo {
  _: "chatInviteLinkInfo";
  /** Chat identifier */
  chat_id: number;
  /** Title */
  title: string;
  /** Photo; may be null */
  photo: chatPhoto | null;
  /** Number of members */
  member_count: number;
  /** Identifiers of the members */
  member_user_ids: number[];
  /** True when group */
  is_group: boolean;
  /** True when channel */
  is_channel: boolean;
  /** True when public channel */
  is_public_channel: boolean;
  /** True when supergroup channel */
  is_supergroup_channel: boolean;
}

/** Message forwarded post */
export interface messageForwardedPost {
  _: "messageForwardedPost";
  /** Chat identifier */
  chat_id: number;
  /** Author signature */
  author_signature: string;
  /** Date, Unix time */
  date: number;
  /** Message identifier */
  message_id: number;
}

/** Found messages */
export interface foundMessages {
  _: "foundMessages";
  /** Messages */
  messages: message[];
  /** Identifier of the next from search */
  next_from_search_id: string;
}

/** Notification settings scope: chat */
export interface notificationSettingsScopeChat {
  _: "notificationSettingsScopeChat";
  /** Chat identifier */
  chat_id: number;
}

/** Notification settings scope: private chats */
export interface notificationSettingsScopePrivateChats {
  _: "notificationSettingsScopePrivateChats";
}

/** Notification settings scope: group chats */
export interface notificationSettingsScopeGroupChats {
  _: "notificationSettingsScopeGroupChats";
}

/** Notification settings scope: all chats */
export interface notificationSettingsScopeAllChats {
  _: "notificationSettingsScopeAllChats";
}

/** Chat type: channel */
export interface chatTypeChannel {
  _: "chatTypeChannel";
  /** Channel identifier */
  channel_id: number;
  /** True for a supergroup, false for a broadcast channel */
  is_supergroup: boolean;
}

/** Chat type: secret */
export interface chatTypeSecret {
  _: "chatTypeSecret";
  /** Secret chat identifier */
  secret_chat_id: number;
  /** User identifier */
  user_id: number;
}

/** Inline keyboard button type: callback game */
export interface inlineKeyboardButtonTypeCallbackGame {
  _: "inlineKeyboardButtonTypeCallbackGame";
}

/** Inline keyboard button type: switch inline */
export interface inlineKeyboardButtonTypeSwitchInline {
  _: "inlineKeyboardButtonTypeSwitchInline";
  /** Text of the query */
  query: string;
  /** In current chat */
  in_current_chat: boolean;
}

/** Inline keyboard button type: buy */
export interface inlineKeyboardButtonTypeBuy {
  _: "inlineKeyboardButtonTypeBuy";
}

/** Rich text: plain */
export interface richTextPlain {
  _: "richTextPlain";
  /** Text */
  text: string;
}

/** Rich text: bold */
export interface richTextBold {
  _: "richTextBold";
  /** Text */
  text: RichText;
}

/** Rich text: italic */
export interface richTextItalic {
  _: "richTextItalic";
  /** Text */
  text: RichText;
}

/** Rich text: underline */
export interface richTextUnderline {
  _: "richTextUnderline";
  /** Text */
  text: RichText;
}

/** Rich text: strikethrough */
export interface richTextStrikethrough {
  _: "richTextStrikethrough";
  /** Text */
  text: RichText;
}

/** Rich text: fixed */
export interface richTextFixed {
  _: "richTextFixed";
  /** Text */
  text: RichText;
}

/** Rich text: url */
export interface richTextUrl {
  _: "richTextUrl";
  /** Text */
  text: RichText;
  /** URL */
  url: string;
}

/** Rich text: email */
export interface richTextEmail {
  _: "richTextEmail";
  /** Text */
  text: RichText;
  /** E-mail address */
  email: string;
}

/** Rich text: concatenation */
export interface richTextConcatenation {
  _: "richTextConcatenation";
  /** Texts */
  texts: RichText[];
}

/** Page block: title */
export interface pageBlockTitle {
  _: "pageBlockTitle";
  /** Title */
  title: RichText;
}

/** Page block: subtitle */
export interface pageBlockSubtitle {
  _: "pageBlockSubtitle";
  /** Subtitle */
  subtitle: RichText;
}

/** Page block: author date */
export interface pageBlockAuthorDate {
  _: "pageBlockAuthorDate";
  /** Author */
  author: RichText;
  /** Publish date, Unix time */
  publish_date: number;
}

/** Page block: header */
export interface pageBlockHeader {
  _: "pageBlockHeader";
  /** Header */
  header: RichText;
}

/** Page block: subheader */
export interface pageBlockSubheader {
  _: "pageBlockSubheader";
  /** Subheader */
  subheader: RichText;
}

/** Page block: paragraph */
export interface pageBlockParagraph {
  _: "pageBlockParagraph";
  /** Text */
  text: RichText;
}

/** Page block: preformatted */
export interface pageBlockPreformatted {
  _: "pageBlockPreformatted";
  /** Text */
  text: RichText;
  /** Language */
  language: string;
}

/** Page block: footer */
export interface pageBlockFooter {
  _: "pageBlockFooter";
  /** Footer */
  footer: RichText;
}

/** Page block: divider */
export interface pageBlockDivider {
  _: "pageBlockDivider";
}

/** Page block: anchor */
export interface pageBlockAnchor {
  _: "pageBlockAnchor";
  /** Name */
  name: string;
}

/** Page block: list */
export interface pageBlockList {
  _: "pageBlockList";
  /** Items */
  items: RichText[];
  /** True when ordered */
  is_ordered: boolean;
}

/** Page block: block quote */
export interface pageBlockBlockQuote {
  _: "pageBlockBlockQuote";
  /** Text */
  text: RichText;
  /** Caption; empty when none */
  caption: RichText;
}

/** Page block: pull quote */
export interface pageBlockPullQuote {
  _: "pageBlockPullQuote";
  /** Text */
  text: RichText;
  /** Caption; empty when none */
  caption: RichText;
}

/** Page block: animation */
export interface pageBlockAnimation {
  _: "pageBlockAnimation";
  /** Animation; may be null */
  animation: animation | null;
  /** Caption; empty when none */
  caption: RichText;
  /** True when the autoplay is needed */
  need_autoplay: boolean;
}

/** Page block: audio */
export interface pageBlockAudio {
  _: "pageBlockAudio";
  /** Audio file; may be null */
  audio: audio | null;
  /** Caption; empty when none */
  caption: RichText;
}

/** Page block: photo */
export interface pageBlockPhoto {
  _: "pageBlockPhoto";
  /** Photo; may be null */
  photo: photo | null;
  /** Caption; empty when none */
  caption: RichText;
}

/** Page block: video */
export interface pageBlockVideo {
  _: "pageBlockVideo";
  /** Video; may be null */
  video: video | null;
  /** Caption; empty when none */
  caption: RichText;
  /** True when the autoplay is needed */
  need_autoplay: boolean;
  /** True when looped */
  is_looped: boolean;
}

/** Page block: cover */
export interface pageBlockCover {
  _: "pageBlockCover";
  /** Cover */
  cover: PageBlock;
}

/** Page block: embedded */
export interface pageBlockEmbedded {
  _: "pageBlockEmbedded";
  /** URL */
  url: string;
  /** Html */
  html: string;
  /** Poster photo; may be null */
  poster_photo: photo | null;
  /** Width in pixels */
  width: number;
  /** Height in pixels */
  height: number;
  /** Caption; empty when none */
  caption: RichText;
  /** True when full width */
  is_full_width: boolean;
  /** Allow scrolling */
  allow_scrolling: boolean;
}

/** Page block: embedded post */
export interface pageBlockEmbeddedPost {
  _: "pageBlockEmbeddedPost";
  /** URL */
  url: string;
  /** Author */
  author: string;
  /** Author photo */
  author_photo: photo;
  /** Date, Unix time */
  date: number;
  /** Page blocks */
  page_blocks: PageBlock[];
  /** Caption; empty when none */
  caption: RichText;
}

/** Page block: collage */
export interface pageBlockCollage {
  _: "pageBlockCollage";
  /** Page blocks */
  page_blocks: PageBlock[];
  /** Caption; empty when none */
  caption: RichText;
}

/** Page block: slideshow */
export interface pageBlockSlideshow {
  _: "pageBlockSlideshow";
  /** Page blocks */
  page_blocks: PageBlock[];
  /** Caption; empty when none */
  caption: RichText;
}

/** Page block: chat link */
export interface pageBlockChatLink {
  _: "pageBlockChatLink";
  /** Title */
  title: string;
  /** Photo; may be null */
  photo: chatPhoto | null;
  /** Username */
  username: string;
}

/** Web page instant view */
export interface webPageInstantView {
  _: "webPageInstantView";
  /** Page blocks */
  page_blocks: PageBlock[];
  /** True when full */
  is_full: boolean;
}

/** Web page */
export interface webPage {
  _: "webPage";
  /** URL */
  url: string;
  /** URL of the display */
  display_url: string;
  /** Type */
  type: string;
  /** Site name */
  site_name: string;
  /** Title */
  title: string;
  description: string;
  /** Photo; may be null */
  photo: photo | null;
  /** URL of the embed */
  embed_url: string;
  /** Embed type */
  embed_type: string;
  /** Width of the embed */
  embed_width: number;
  /** Height of the embed */
  embed_height: number;
  /** Length in seconds */
  duration: number;
  /** Author */
  author: string;
  /** Animation; may be null */
  animation: animation | null;
  /** Audio file; may be null */
  audio: audio | null;
  /** Document; may be null */
  document: document | null;
  /** Sticker; may be null */
  sticker: sticker | null;
  /** Video; may be null */
  video: video | null;
  /** Video note; may be null */
  video_note: videoNote | null;
  /** Voice note; may be null */
  voice: voice | null;
  /** True when there is instant view */
  has_instant_view: boolean;
}

/** Labeled price */
export interface labeledPrice {
  _: "labeledPrice";
  /** Label */
  label: string;
  /** Amount */
  amount: number;
}

/** Invoice */
export interface invoice {
  _: "invoice";
  /** Three-letter ISO 4217 currency code */
  currency: string;
  /** Prices */
  prices: labeledPrice[];
  /** True when test */
  is_test: boolean;
  /** True when the name is needed */
  need_name: boolean;
  /** True when the phone number is needed */
  need_phone_number: boolean;
  /** True when the email is needed */
  need_email: boolean;
  /** True when the shipping address is needed */
  need_shipping_address: boolean;
  /** True when flexible */
  is_flexible: boolean;
}

/** Shipping address */
export interface shippingAddress {
  _: "shippingAddress";
  /** Country code */
  country_code: string;
  /** State */
  state: string;
  /** City */
  city: string;
  /** Street line1 */
  street_line1: string;
  /** Street line2 */
  street_line2: string;
  /** Post code */
  post_code: string;
}

/** Order info */
export interface orderInfo {
  _: "orderInfo";
  /** Name */
  name: string;
  /** Phone number */
  phone_number: string;
  /** E-mail address */
  email: string;
  /** Shipping address; may be null */
  shipping_address: shippingAddress | null;
}

/** Shipping option */
export interface shippingOption {
  _: "shippingOption";
  /** Identifier */
  id: string;
  /** Title */
  title: string;
  /** Prices */
  prices: labeledPrice[];
}

/** Saved credentials */
export interface savedCredentials {
  _: "savedCredentials";
  /** Identifier */
  id: string;
  /** Title */
  title: string;
}

/** Input credentials: saved */
export interface inputCredentialsSaved {
  _: "inputCredentialsSaved";
  /** Identifier of the saved credentials */
  saved_credentials_id: string;
}

/** Input credentials: new */
export interface inputCredentialsNew {
  _: "inputCredentialsNew";
  /** Data */
  data: string;
  /** Allow save */
  allow_save: boolean;
}

/** Payments provider stripe */
export interface paymentsProviderStripe {
  _: "paymentsProviderStripe";
  /** Publishable key */
  publishable_key: string;
  /** True when the country is needed */
  need_country: boolean;
  /** True when the zip is needed */
  need_zip: boolean;
  /** True when the cardholder name is needed */
  need_cardholder_name: boolean;
}

/** Payment form */
export interface paymentForm {
  _: "paymentForm";
  /** Invoice */
  invoice: invoice;
  /** URL */
  url: string;
  /** Payments provider; may be null */
  payments_provider: paymentsProviderStripe | null;
  /** Saved order info; may be null */
  saved_order_info: orderInfo | null;
  /** Saved credentials; may be null */
  saved_credentials: savedCredentials | null;
  /** True when allowed to save credentials */
  can_save_credentials: boolean;
  /** True when the password is needed */
  need_password: boolean;
}

/** Validated order info */
export interface validatedOrderInfo {
  _: "validatedOrderInfo";
  /** Identifier of the order info */
  order_info_id: string;
  /** Shipping options */
  shipping_options: shippingOption[];
}

/** Payment result */
export interface paymentResult {
  _: "paymentResult";
  /** Success */
  success: boolean;
  /** URL of the verification */
  verification_url: string;
}

/** Payment receipt */
export interface paymentReceipt {
  _: "paymentReceipt";
  /** Date, Unix time */
  date: number;
  /** Identifier of the payments provider user */
  payments_provider_user_id: number;
  /** Invoice */
  invoice: invoice;
  /** Order information; may be null */
  order_info: orderInfo | null;
  /** Shipping option; may be null */
  shipping_option: shippingOption | null;
  /** Credentials title */
  credentials_title: string;
}

/** Message animation */
export interface messageAnimation {
  _: "messageAnimation";
  /** Animation */
  animation: animation;
  /** Caption; empty when none */
  caption: string;
}

/** Message audio */
export interface messageAudio {
  _: "messageAudio";
  /** Audio file */
  audio: audio;
  /** Caption; empty when none */
  caption: string;
}

/** Message document */
export interface messageDocument {
  _: "messageDocument";
  /** Document */
  document: document;
  /** Caption; empty when none */
  caption: string;
}

/** Message photo */
export interface messagePhoto {
  _: "messagePhoto";
  /** Photo; may be null */
  photo: photo | null;
  /** Caption; empty when none */
  caption: string;
}

/** Message expired photo */
export interface messageExpiredPhoto {
  _: "messageExpiredPhoto";
}

/** Message sticker */
export interface messageSticker {
  _: "messageSticker";
  /** Sticker */
  sticker: sticker;
}

/** Message video */
export interface messageVideo {
  _: "messageVideo";
  /** Video */
  video: video;
  /** Caption; empty when none */
  caption: string;
}

/** Message expired video */
export interface messageExpiredVideo {
  _: "messageExpiredVideo";
}

/** Message video note */
export interface messageVideoNote {
  _: "messageVideoNote";
  /** Video note */
  video_note: videoNote;
  /** True when seen */
  is_viewed: boolean;
}

/** Message voice */
export interface messageVoice {
  _: "messageVoice";
  /** Voice note */
  voice: voice;
  /** Caption; empty when none */
  caption: string;
  /** True when listened */
  is_listened: boolean;
}

/** Message venue */
export interface messageVenue {
  _: "messageVenue";
  /** Venue */
  venue: venue;
}

/** Message game */
export interface messageGame {
  _: "messageGame";
  /** Game */
  game: game;
}

/** Message invoice */
export interface messageInvoice {
  _: "messageInvoice";
  /** Title */
  title: string;
  description: string;
  /** Photo; may be null */
  photo: photo | null;
  /** Three-letter ISO 4217 currency code */
  currency: string;
  /** Total price in the smallest units of the currency */
  total_amount: number;
  /** Parameter of the start link */
  start_parameter: string;
  /** True when test */
  is_test: boolean;
  /** True when the shipping address is needed */
  need_shipping_address: boolean;
  /** Identifier of the receipt message */
  receipt_message_id: number;
}

/** Message call */
export interface messageCall {
  _: "messageCall";
  /** Discard reason */
  discard_reason: CallDiscardReason;
  /** Length in seconds */
  duration: number;
}

/** Message channel chat create */
export interface messageChannelChatCreate {
  _: "messageChannelChatCreate";
  /** Title */
  title: string;
}

/** Message chat change photo */
export interface messageChatChangePhoto {
  _: "messageChatChangePhoto";
  /** Photo; may be null */
  photo: photo | null;
}

/** Message chat delete photo */
export interface messageChatDeletePhoto {
  _: "messageChatDeletePhoto";
}

/** Message chat join by link */
export interface messageChatJoinByLink {
  _: "messageChatJoinByLink";
}

/** Message chat migrate to */
export interface messageChatMigrateTo {
  _: "messageChatMigrateTo";
  /** Channel identifier */
  channel_id: number;
}

/** Message chat migrate from */
export interface messageChatMigrateFrom {
  _: "messageChatMigrateFrom";
  /** Title */
  title: string;
  /** Basic group identifier */
  group_id: number;
}

/** Message pin message */
export interface messagePinMessage {
  _: "messagePinMessage";
  /** Message identifier */
  message_id: number;
}

/** Message screenshot taken */
export interface messageScreenshotTaken {
  _: "messageScreenshotTaken";
}

/** Message chat set ttl */
export interface messageChatSetTtl {
  _: "messageChatSetTtl";
  /** Self-destruct time in seconds; 0 for none */
  ttl: number;
}

/** Message game score */
export interface messageGameScore {
  _: "messageGameScore";
  /** Identifier of the game message */
  game_message_id: number;
  /** Identifier of the game */
  game_id: string;
  /** Score */
  score: number;
}

/** Message payment successful */
export interface messagePaymentSuccessful {
  _: "messagePaymentSuccessful";
  /** Three-letter ISO 4217 currency code */
  currency: string;
  /** Total price in the smallest units of the currency */
  total_amount: number;
}

/** Message payment successful bot */
export interface messagePaymentSuccessfulBot {
  _: "messagePaymentSuccessfulBot";
  /** Three-letter ISO 4217 currency code */
  currency: string;
  /** Total price in the smallest units of the currency */
  total_amount: number;
  /** Payload of the invoice */
  invoice_payload: string;
  /** Identifier of the chosen shipping option */
  shipping_option_id: string;
  /** Order information; may be null */
  order_info: orderInfo | null;
  /** Identifier of the telegram payment charge */
  telegram_payment_charge_id: string;
  /** Identifier of the provider payment charge */
  provider_payment_charge_id: string;
}

/** Input thumb */
export interface inputThumb {
  _: "inputThumb";
  /** Thumbnail; may be null */
  thumb: InputFile | null;
  /** Width in pixels */
  width: number;
  /** Height in pixels */
  height: number;
}

/** Input message animation */
export interface inputMessageAnimation {
  _: "inputMessageAnimation";
  /** Animation */
  animation: InputFile;
  /** Thumbnail; may be null */
  thumb: inputThumb | null;
  /** Length in seconds */
  duration: number;
  /** Width in pixels */
  width: number;
  /** Height in pixels */
  height: number;
  /** Caption; empty when none */
  caption: string;
}

/** Input message audio */
export interface inputMessageAudio {
  _: "inputMessageAudio";
  /** Audio file */
  audio: InputFile;
  /** Album cover thumb */
  album_cover_thumb: inputThumb;
  /** Length in seconds */
  duration: number;
  /** Title */
  title: string;
  /** Performer */
  performer: string;
  /** Caption; empty when none */
  caption: string;
}

/** Input message document */
export interface inputMessageDocument {
  _: "inputMessageDocument";
  /** Document */
  document: InputFile;
  /** Thumbnail; may be null */
  thumb: inputThumb | null;
  /** Caption; empty when none */
  caption: string;
}

/** Input message photo */
export interface inputMessagePhoto {
  _: "inputMessagePhoto";
  /** Photo; may be null */
  photo: InputFile | null;
  /** Thumbnail; may be null */
  thumb: inputThumb | null;
  /** Identifiers of the added sticker files */
  added_sticker_file_ids: number[];
  /** Width in pixels */
  width: number;
  /** Height in pixels */
  height: number;
  /** Caption; empty when none */
  caption: string;
  /** Self-destruct time in seconds; 0 for none */
  ttl: number;
}

/** Input message sticker */
export interface inputMessageSticker {
  _: "inputMessageSticker";
  /** Sticker */
  sticker: InputFile;
  /** Thumbnail; may be null */
  thumb: inputThumb | null;
  /** Width in pixels */
  width: number;
  /** Height in pixels */
  height: number;
}

/** Input message video */
export interface inputMessageVideo {
  _: "inputMessageVideo";
  /** Video */
  video: InputFile;
  /** Thumbnail; may be null */
  thumb: inputThumb | null;
  /** Identifiers of the added sticker files */
  added_sticker_file_ids: number[];
  /** Length in seconds */
  duration: number;
  /** Width in pixels */
  width: number;
  /** Height in pixels */
  height: number;
  /** Caption; empty when none */
  caption: string;
  /** Self-destruct time in seconds; 0 for none */
  ttl: number;
}

/** Input message video note */
export interface inputMessageVideoNote {
  _: "inputMessageVideoNote";
  /** Video note */
  video_note: InputFile;
  /** Thumbnail; may be null */
  thumb: inputThumb | null;
  /** Length in seconds */
  duration: number;
  /** Length */
  length: number;
}

/** Input message voice */
export interface inputMessageVoice {
  _: "inputMessageVoice";
  /** Voice note */
  voice: InputFile;
  /** Length in seconds */
  duration: number;
  /** Waveform */
  waveform: string;
  /** Caption; empty when none */
  caption: string;
}

/** Input message venue */
export interface inputMessageVenue {
  _: "inputMessageVenue";
  /** Venue */
  venue: venue;
}

/** Input message game */
export interface inputMessageGame {
  _: "inputMessageGame";
  /** Identifier of the bot */
  bot_user_id: number;
  /** Short name of the game */
  game_short_name: string;
}

/** Input message invoice */
export interface inputMessageInvoice {
  _: "inputMessageInvoice";
  /** Invoice */
  invoice: invoice;
  /** Title */
  title: string;
  description: string;
  /** URL of the photo; may be null */
  photo_url: string | null;
  /** Photo size in bytes */
  photo_size: number;
  /** Width of the photo */
  photo_width: number;
  /** Height of the photo */
  photo_height: number;
  /** Payload */
  payload: string;
  /** Provider token */
  provider_token: string;
  /** Parameter of the start link */
  start_parameter: string;
}

/** Search messages filter: animation */
export interface searchMessagesFilterAnimation {
  _: "searchMessagesFilterAnimation";
}

/** Search messages filter: audio */
export interface searchMessagesFilterAudio {
  _: "searchMessagesFilterAudio";
}

/** Search messages filter: document */
export interface searchMessagesFilterDocument {
  _: "searchMessagesFilterDocument";
}

/** Search messages filter: photo */
export interface searchMessagesFilterPhoto {
  _: "searchMessagesFilterPhoto";
}

/** Search messages filter: video */
export interface searchMessagesFilterVideo {
  _: "searchMessagesFilterVideo";
}

/** Search messages filter: voice */
export interface searchMessagesFilterVoice {
  _: "searchMessagesFilterVoice";
}

/** Search messages filter: photo and video */
export interface searchMessagesFilterPhotoAndVideo {
  _: "searchMessagesFilterPhotoAndVideo";
}

/** Search messages filter: url */
export interface searchMessagesFilterUrl {
  _: "searchMessagesFilterUrl";
}

/** Search messages filter: chat photo */
export interface searchMessagesFilterChatPhoto {
  _: "searchMessagesFilterChatPhoto";
}

/** Search messages filter: call */
export interface searchMessagesFilterCall {
  _: "searchMessagesFilterCall";
}

/** Search messages filter: missed call */
export interface searchMessagesFilterMissedCall {
  _: "searchMessagesFilterMissedCall";
}

/** Search messages filter: video note */
export interface searchMessagesFilterVideoNote {
  _: "searchMessagesFilterVideoNote";
}

/** Search messages filter: voice and video note */
export interface searchMessagesFilterVoiceAndVideoNote {
  _: "searchMessagesFilterVoiceAndVideoNote";
}

/** Search messages filter: mention */
export interface searchMessagesFilterMention {
  _: "searchMessagesFilterMention";
}

/** Search messages filter: unread mention */
export interface searchMessagesFilterUnreadMention {
  _: "searchMessagesFilterUnreadMention";
}

/** Chat action: recording video */
export interface chatActionRecordingVideo {
  _: "chatActionRecordingVideo";
}

/** Chat action: uploading video */
export interface chatActionUploadingVideo {
  _: "chatActionUploadingVideo";
  /** Progress */
  progress: number;
}

/** Chat action: recording voice */
export interface chatActionRecordingVoice {
  _: "chatActionRecordingVoice";
}

/** Chat action: uploading voice */
export interface chatActionUploadingVoice {
  _: "chatActionUploadingVoice";
  /** Progress */
  progress: number;
}

/** Chat action: uploading photo */
export interface chatActionUploadingPhoto {
  _: "chatActionUploadingPhoto";
  /** Progress */
  progress: number;
}

/** Chat action: uploading document */
export interface chatActionUploadingDocument {
  _: "chatActionUploadingDocument";
  /** Progress */
  progress: number;
}

/** Chat action: start playing game */
export interface chatActionStartPlayingGame {
  _: "chatActionStartPlayingGame";
}

/** Chat action: recording video note */
export interface chatActionRecordingVideoNote {
  _: "chatActionRecordingVideoNote";
}

/** Chat action: uploading video note */
export interface chatActionUploadingVideoNote {
  _: "chatActionUploadingVideoNote";
  /** Progress */
  progress: number;
}

/** Stickers */
export interface stickers {
  _: "stickers";
  /** Stickers */
  stickers: sticker[];
}

/** Sticker emojis */
export interface stickerEmojis {
  _: "stickerEmojis";
  /** Emojis */
  emojis: string[];
}

/** Sticker set */
export interface stickerSet {
  _: "stickerSet";
  /** Identifier */
  id: string;
  /** Title */
  title: string;
  /** Name */
  name: string;
  /** True when installed */
  is_installed: boolean;
  /** True when archived */
  is_archived: boolean;
  /** True when official */
  is_official: boolean;
  /** True for mask sets rather than sticker sets */
  is_masks: boolean;
  /** True when seen */
  is_viewed: boolean;
  /** Stickers */
  stickers: sticker[];
  /** Emojis */
  emojis: stickerEmojis[];
}

/** Sticker set info */
export interface stickerSetInfo {
  _: "stickerSetInfo";
  /** Identifier */
  id: string;
  /** Title */
  title: string;
  /** Name */
  name: string;
  /** True when installed */
  is_installed: boolean;
  /** True when archived */
  is_archived: boolean;
  /** True when official */
  is_official: boolean;
  /** True for mask sets rather than sticker sets */
  is_masks: boolean;
  /** True when seen */
  is_viewed: boolean;
  /** Size in bytes; 0 when unknown */
  size: number;
  /** Covers */
  covers: sticker[];
}

/** Sticker sets */
export interface stickerSets {
  _: "stickerSets";
  /** Total number of results */
  total_count: number;
  /** Sets */
  sets: stickerSetInfo[];
}

/** Call discard reason: empty */
export interface callDiscardReasonEmpty {
  _: "callDiscardReasonEmpty";
}

/** Call discard reason: missed */
export interface callDiscardReasonMissed {
  _: "callDiscardReasonMissed";
}

/** Call discard reason: declined */
export interface callDiscardReasonDeclined {
  _: "callDiscardReasonDeclined";
}

/** Call discard reason: disconnected */
export interface callDiscardReasonDisconnected {
  _: "callDiscardReasonDisconnected";
}

/** Call discard reason: hung up */
export interface callDiscardReasonHungUp {
  _: "callDiscardReasonHungUp";
}

/** Call protocol */
export interface callProtocol {
  _: "callProtocol";
  /** Udp p2p */
  udp_p2p: boolean;
  /** Udp reflector */
  udp_reflector: boolean;
  /** Min layer */
  min_layer: number;
  /** Max layer */
  max_layer: number;
}

/** Call connection */
export interface callConnection {
  _: "callConnection";
  /** Identifier */
  id: string;
  /** Ip */
  ip: string;
  /** Ipv6 */
  ipv6: string;
  /** Port */
  port: number;
  /** Peer tag */
  peer_tag: string;
}

/** Call id */
export interface callId {
  _: "callId";
  /** Identifier */
  id: number;
}

/** Call state: pending */
export interface callStatePending {
  _: "callStatePending";
  /** True when created */
  is_created: boolean;
  /** True when received */
  is_received: boolean;
}

/** Call state: exchanging keys */
export interface callStateExchangingKeys {
  _: "callStateExchangingKeys";
}

/** Call state: ready */
export interface callStateReady {
  _: "callStateReady";
  /** Call protocols supported */
  protocol: callProtocol;
  /** Connections */
  connections: callConnection[];
  /** Config */
  config: string;
  /** Encryption key */
  encryption_key: string;
  /** Emojis */
  emojis: string[];
}

/** Call state: hanging up */
export interface callStateHangingUp {
  _: "callStateHangingUp";
}

/** Call state: discarded */
export interface callStateDiscarded {
  _: "callStateDiscarded";
  /** Reason */
  reason: CallDiscardReason;
  /** True when the rating is needed */
  need_rating: boolean;
  /** True when the debug is needed */
  need_debug: boolean;
}

/** Call state: error */
export interface callStateError {
  _: "callStateError";
  /** Error */
  error: error;
}

/** Call */
export interface call {
  _: "call";
  /** Identifier */
  id: number;
  /** User identifier */
  user_id: number;
  /** True when outgoing */
  is_outgoing: boolean;
  /** State */
  state: CallState;
}

/** Animations */
export interface animations {
  _: "animations";
  /** Animations */
  animations: animation[];
}

/** Input inline query result: animated gif */
export interface inputInlineQueryResultAnimatedGif {
  _: "inputInlineQueryResultAnimatedGif";
  /** Identifier */
  id: string;
  /** Title */
  title: string;
  /** URL of the thumbnail */
  thumb_url: string;
  /** URL of the gif */
  gif_url: string;
  /** Length of the gif in seconds */
  gif_duration: number;
  /** Width of the gif */
  gif_width: number;
  /** Height of the gif */
  gif_height: number;
  /** Keyboard attached to the message; may be null */
  reply_markup: ReplyMarkup | null;
  /** Content of the message */
  input_message_content: InputMessageContent;
}

/** Input inline query result: animated mpeg4 */
export interface inputInlineQueryResultAnimatedMpeg4 {
  _: "inputInlineQueryResultAnimatedMpeg4";
  /** Identifier */
  id: string;
  /** Title */
  title: string;
  /** URL of the thumbnail */
  thumb_url: string;
  /** URL of the mpeg4 */
  mpeg4_url: string;
  /** Length of the mpeg4 in seconds */
  mpeg4_duration: number;
  /** Width of the mpeg4 */
  mpeg4_width: number;
  /** Height of the mpeg4 */
  mpeg4_height: number;
  /** Keyboard attached to the message; may be null */
  reply_markup: ReplyMarkup | null;
  /** Content of the message */
  input_message_content: InputMessageContent;
}

/** Input inline query result: article */
export interface inputInlineQueryResultArticle {
  _: "inputInlineQueryResultArticle";
  /** Identifier */
  id: string;
  /** URL */
  url: string;
  /** URL of the hide */
  hide_url: boolean;
  /** Title */
  title: string;
  description: string;
  /** URL of the thumbnail */
  thumb_url: string;
  /** Width of the thumb */
  thumb_width: number;
  /** Height of the thumb */
  thumb_height: number;
  /** Keyboard attached to the message; may be null */
  reply_markup: ReplyMarkup | null;
  /** Content of the message */
  input_message_content: InputMessageContent;
}

/** Input inline query result: audio */
export interface inputInlineQueryResultAudio {
  _: "inputInlineQueryResultAudio";
  /** Identifier */
  id: string;
  /** Title */
  title: string;
  /** Performer */
  performer: string;
  /** URL of the audio */
  audio_url: string;
  /** Length of the audio in seconds */
  audio_duration: number;
  /** Keyboard attached to the message; may be null */
  reply_markup: ReplyMarkup | null;
  /** Content of the message */
  input_message_content: InputMessageContent;
}

/** Input inline query result: contact */
export interface inputInlineQueryResultContact {
  _: "inputInlineQueryResultContact";
  /** Identifier */
  id: string;
  /** Contact */
  contact: contact;
  /** URL of the thumbnail */
  thumb_url: string;
  /** Width of the thumb */
  thumb_width: number;
  /** Height of the thumb */
  thumb_height: number;
  /** Keyboard attached to the message; may be null */
  reply_markup: ReplyMarkup | null;
  /** Content of the message */
  input_message_content: InputMessageContent;
}

/** Input inline query result: document */
export interface inputInlineQueryResultDocument {
  _: "inputInlineQueryResultDocument";
  /** Identifier */
  id: string;
  /** Title */
  title: string;
  description: string;
  /** URL of the document */
  document_url: string;
  /** MIME type */
  mime_type: string;
  /** URL of the thumbnail */
  thumb_url: string;
  /** Width of the thumb */
  thumb_width: number;
  /** Height of the thumb */
  thumb_height: number;
  /** Keyboard attached to the message; may be null */
  reply_markup: ReplyMarkup | null;
  /** Content of the message */
  input_message_content: InputMessageContent;
}

/** Input inline query result: game */
export interface inputInlineQueryResultGame {
  _: "inputInlineQueryResultGame";
  /** Identifier */
  id: string;
  /** Short name of the game */
  game_short_name: string;
  /** Keyboard attached to the message; may be null */
  reply_markup: ReplyMarkup | null;
}

/** Input inline query result: location */
export interface inputInlineQueryResultLocation {
  _: "inputInlineQueryResultLocation";
  /** Identifier */
  id: string;
  /** Location */
  location: location;
  /** Title */
  title: string;
  /** URL of the thumbnail */
  thumb_url: string;
  /** Width of the thumb */
  thumb_width: number;
  /** Height of the thumb */
  thumb_height: number;
  /** Keyboard attached to the message; may be null */
  reply_markup: ReplyMarkup | null;
  /** Content of the message */
  input_message_content: InputMessageContent;
}

/** Input inline query result: photo */
export interface inputInlineQueryResultPhoto {
  _: "inputInlineQueryResultPhoto";
  /** Identifier */
  id: string;
  /** Title */
  title: string;
  description: string;
  /** URL of the thumbnail */
  thumb_url: string;
  /** URL of the photo */
  photo_url: string;
  /** Width of the photo */
  photo_width: number;
  /** Height of the photo */
  photo_height: number;
  /** Keyboard attached to the message; may be null */
  reply_markup: ReplyMarkup | null;
  /** Content of the message */
  input_message_content: InputMessageContent;
}

/** Input inline query result: sticker */
export interface inputInlineQueryResultSticker {
  _: "inputInlineQueryResultSticker";
  /** Identifier */
  id: string;
  /** URL of the thumbnail */
  thumb_url: string;
  /** URL of the sticker */
  sticker_url: string;
  /** Width of the sticker */
  sticker_width: number;
  /** Height of the sticker */
  sticker_height: number;
  /** Keyboard attached to the message; may be null */
  reply_markup: ReplyMarkup | null;
  /** Content of the message */
  input_message_content: InputMessageContent;
}

/** Input inline query result: venue */
export interface inputInlineQueryResultVenue {
  _: "inputInlineQueryResultVenue";
  /** Identifier */
  id: string;
  /** Venue */
  venue: venue;
  /** URL of the thumbnail */
  thumb_url: string;
  /** Width of the thumb */
  thumb_width: number;
  /** Height of the thumb */
  thumb_height: number;
  /** Keyboard attached to the message; may be null */
  reply_markup: ReplyMarkup | null;
  /** Content of the message */
  input_message_content: InputMessageContent;
}

/** Input inline query result: video */
export interface inputInlineQueryResultVideo {
  _: "inputInlineQueryResultVideo";
  /** Identifier */
  id: string;
  /** Title */
  title: string;
  description: string;
  /** URL of the thumbnail */
  thumb_url: string;
  /** URL of the video */
  video_url: string;
  /** MIME type */
  mime_type: string;
  /** Width of the video */
  video_width: number;
  /** Height of the video */
  video_height: number;
  /** Length of the video in seconds */
  video_duration: number;
  /** Keyboard attached to the message; may be null */
  reply_markup: ReplyMarkup | null;
  /** Content of the message */
  input_message_content: InputMessageContent;
}

/** Input inline query result: voice */
export interface inputInlineQueryResultVoice {
  _: "inputInlineQueryResultVoice";
  /** Identifier */
  id: string;
  /** Title */
  title: string;
  /** URL of the voice */
  voice_url: string;
  /** Length of the voice in seconds */
  voice_duration: number;
  /** Keyboard attached to the message; may be null */
  reply_markup: ReplyMarkup | null;
  /** Content of the message */
  input_message_content: InputMessageContent;
}

/** Inline query result: article */
export interface inlineQueryResultArticle {
  _: "inlineQueryResultArticle";
  /** Identifier */
  id: string;
  /** URL */
  url: string;
  /** URL of the hide */
  hide_url: boolean;
  /** Title */
  title: string;
  description: string;
  /** Thumbnail; may be null */
  thumb: photoSize | null;
}

/** Inline query result: contact */
export interface inlineQueryResultContact {
  _: "inlineQueryResultContact";
  /** Identifier */
  id: string;
  /** Contact */
  contact: contact;
  /** Thumbnail; may be null */
  thumb: photoSize | null;
}

/** Inline query result: location */
export interface inlineQueryResultLocation {
  _: "inlineQueryResultLocation";
  /** Identifier */
  id: string;
  /** Location */
  location: location;
  /** Title */
  title: string;
  /** Thumbnail; may be null */
  thumb: photoSize | null;
}

/** Inline query result: venue */
export interface inlineQueryResultVenue {
  _: "inlineQueryResultVenue";
  /** Identifier */
  id: string;
  /** Venue */
  venue: venue;
  /** Thumbnail; may be null */
  thumb: photoSize | null;
}

/** Inline query result: game */
export interface inlineQueryResultGame {
  _: "inlineQueryResultGame";
  /** Identifier */
  id: string;
  /** Game */
  game: game;
}

/** Inline query result: animation */
export interface inlineQueryResultAnimation {
  _: "inlineQueryResultAnimation";
  /** Identifier */
  id: string;
  /** Animation */
  animation: animation;
  /** Title */
  title: string;
}

/** Inline query result: audio */
export interface inlineQueryResultAudio {
  _: "inlineQueryResultAudio";
  /** Identifier */
  id: string;
  /** Audio file */
  audio: audio;
}

/** Inline query result: document */
export interface inlineQueryResultDocument {
  _: "inlineQueryResultDocument";
  /** Identifier */
  id: string;
  /** Document */
  document: document;
  /** Title */
  title: string;
  description: string;
}

/** Inline query result: photo */
export interface inlineQueryResultPhoto {
  _: "inlineQueryResultPhoto";
  /** Identifier */
  id: string;
  /** Photo; may be null */
  photo: photo | null;
  /** Title */
  title: string;
  description: string;
}

/** Inline query result: sticker */
export interface inlineQueryResultSticker {
  _: "inlineQueryResultSticker";
  /** Identifier */
  id: string;
  /** Sticker */
  sticker: sticker;
}

/** Inline query result: video */
export interface inlineQueryResultVideo {
  _: "inlineQueryResultVideo";
  /** Identifier */
  id: string;
  /** Video */
  video: video;
  /** Title */
  title: string;
  description: string;
}

/** Inline query result: voice */
export interface inlineQueryResultVoice {
  _: "inlineQueryResultVoice";
  /** Identifier */
  id: string;
  /** Voice note */
  voice: voice;
  /** Title */
  title: string;
}

/** Inline query results */
export interface inlineQueryResults {
  _: "inlineQueryResults";
  /** Identifier of the inline query */
  inline_query_id: string;
  /** Offset for the next page; empty when there is none */
  next_offset: string;
  /** Results */
  results: InlineQueryResult[];
  /** Switch pm text */
  switch_pm_text: string;
  /** Switch pm parameter */
  switch_pm_parameter: string;
}

/** Callback query payload: data */
export interface callbackQueryPayloadData {
  _: "callbackQueryPayloadData";
  /** Data */
  data: string;
}

/** Callback query payload: game */
export interface callbackQueryPayloadGame {
  _: "callbackQueryPayloadGame";
  /** Short name of the game */
  game_short_name: string;
}

/** Callback query answer */
export interface callbackQueryAnswer {
  _: "callbackQueryAnswer";
  /** Text */
  text: string;
  /** True to show an alert rather than a notification */
  show_alert: boolean;
  /** URL */
  url: string;
}

/** Custom request result */
export interface customRequestResult {
  _: "customRequestResult";
  /** Result */
  result: string;
}

/** Game high score */
export interface gameHighScore {
  _: "gameHighScore";
  /** New position, from 0 */
  position: number;
  /** User identifier */
  user_id: number;
  /** Score */
  score: number;
}

/** Game high scores */
export interface gameHighScores {
  _: "gameHighScores";
  /** Scores */
  scores: gameHighScore[];
}

/** Chat event message edited */
export interface chatEventMessageEdited {
  _: "chatEventMessageEdited";
  /** Old message */
  old_message: message;
  /** New message */
  new_message: message;
}

/** Chat event message deleted */
export interface chatEventMessageDeleted {
  _: "chatEventMessageDeleted";
  /** Message */
  message: message;
}

/** Chat event message pinned */
export interface chatEventMessagePinned {
  _: "chatEventMessagePinned";
  /** Message */
  message: message;
}

/** Chat event message unpinned */
export interface chatEventMessageUnpinned {
  _: "chatEventMessageUnpinned";
}

/** Chat event member joined */
export interface chatEventMemberJoined {
  _: "chatEventMemberJoined";
}

/** Chat event member left */
export interface chatEventMemberLeft {
  _: "chatEventMemberLeft";
}

/** Chat event member invited */
export interface chatEventMemberInvited {
  _: "chatEventMemberInvited";
  /** User identifier */
  user_id: number;
  /** Status */
  status: ChatMemberStatus;
}

/** Chat event member promoted */
export interface chatEventMemberPromoted {
  _: "chatEventMemberPromoted";
  /** User identifier */
  user_id: number;
  /** Status before */
  old_status: ChatMemberStatus;
  /** Status after */
  new_status: ChatMemberStatus;
}

/** Chat event member restricted */
export interface chatEventMemberRestricted {
  _: "chatEventMemberRestricted";
  /** User identifier */
  user_id: number;
  /** Status before */
  old_status: ChatMemberStatus;
  /** Status after */
  new_status: ChatMemberStatus;
}

/** Chat event title changed */
export interface chatEventTitleChanged {
  _: "chatEventTitleChanged";
  /** Old title */
  old_title: string;
  /** New title */
  new_title: string;
}

/** Chat event description changed */
export interface chatEventDescriptionChanged {
  _: "chatEventDescriptionChanged";
  /** Old description */
  old_description: string;
  /** New description */
  new_description: string;
}

/** Chat event username changed */
export interface chatEventUsernameChanged {
  _: "chatEventUsernameChanged";
  /** Old username */
  old_username: string;
  /** New username */
  new_username: string;
}

/** Chat event photo changed */
export interface chatEventPhotoChanged {
  _: "chatEventPhotoChanged";
  /** Old photo; may be null */
  old_photo: chatPhoto | null;
  /** New photo; may be null */
  new_photo: chatPhoto | null;
}

/** Chat event invites toggled */
export interface chatEventInvitesToggled {
  _: "chatEventInvitesToggled";
  /** True when any member may add users */
  anyone_can_invite: boolean;
}

/** Chat event sign messages toggled */
export interface chatEventSignMessagesToggled {
  _: "chatEventSignMessagesToggled";
  /** True when posts carry their author */
  sign_messages: boolean;
}

/** Chat event sticker set changed */
export interface chatEventStickerSetChanged {
  _: "chatEventStickerSetChanged";
  /** Identifier of the old sticker set */
  old_sticker_set_id: string;
  /** Identifier of the new sticker set */
  new_sticker_set_id: string;
}

/** Chat event */
export interface chatEvent {
  _: "chatEvent";
  /** Identifier */
  id: string;
  /** Date, Unix time */
  date: number;
  /** User identifier */
  user_id: number;
  /** Action */
  action: ChatEventAction;
}

/** Chat events */
export interface chatEvents {
  _: "chatEvents";
  /** Events */
  events: chatEvent[];
}

/** Chat event log filters */
export interface chatEventLogFilters {
  _: "chatEventLogFilters";
  /** Message edits */
  message_edits: boolean;
  /** Message deletions */
  message_deletions: boolean;
  /** Message pins */
  message_pins: boolean;
  /** Member joins */
  member_joins: boolean;
  /** Member leaves */
  member_leaves: boolean;
  /** Member invites */
  member_invites: boolean;
  /** Member promotions */
  member_promotions: boolean;
  /** Member restrictions */
  member_restrictions: boolean;
  /** Info changes */
  info_changes: boolean;
  /** Setting changes */
  setting_changes: boolean;
}

/** Device token: apns */
export interface deviceTokenApns {
  _: "deviceTokenApns";
  /** Token */
  token: string;
}

/** Device token: gcm */
export interface deviceTokenGcm {
  _: "deviceTokenGcm";
  /** Token */
  token: string;
}

/** Device token: mpns */
export interface deviceTokenMpns {
  _: "deviceTokenMpns";
  /** Token */
  token: string;
}

/** Device token: simple push */
export interface deviceTokenSimplePush {
  _: "deviceTokenSimplePush";
  /** Token */
  token: string;
}

/** Device token: ubuntu phone */
export interface deviceTokenUbuntuPhone {
  _: "deviceTokenUbuntuPhone";
  /** Token */
  token: string;
}

/** Device token: blackberry */
export interface deviceTokenBlackberry {
  _: "deviceTokenBlackberry";
  /** Token */
  token: string;
}

/** Wallpaper */
export interface wallpaper {
  _: "wallpaper";
  /** Identifier */
  id: number;
  /** Sizes */
  sizes: photoSize[];
  /** Color */
  color: number;
}

/** Wallpapers */
export interface wallpapers {
  _: "wallpapers";
  /** Wallpapers */
  wallpapers: wallpaper[];
}

/** Hashtags */
export interface hashtags {
  _: "hashtags";
  /** Hashtags */
  hashtags: string[];
}

/** Privacy rule: allow all */
export interface privacyRuleAllowAll {
  _: "privacyRuleAllowAll";
}

/** Privacy rule: allow contacts */
export interface privacyRuleAllowContacts {
  _: "privacyRuleAllowContacts";
}

/** Privacy rule: allow users */
export interface privacyRuleAllowUsers {
  _: "privacyRuleAllowUsers";
  /** User identifiers */
  user_ids: number[];
}

/** Privacy rule: disallow all */
export interface privacyRuleDisallowAll {
  _: "privacyRuleDisallowAll";
}

/** Privacy rule: disallow contacts */
export interface privacyRuleDisallowContacts {
  _: "privacyRuleDisallowContacts";
}

/** Privacy rule: disallow users */
export interface privacyRuleDisallowUsers {
  _: "privacyRuleDisallowUsers";
  /** User identifiers */
  user_ids: number[];
}

/** Privacy rules */
export interface privacyRules {
  _: "privacyRules";
  /** Rules */
  rules: PrivacyRule[];
}

/** Privacy key: user status */
export interface privacyKeyUserStatus {
  _: "privacyKeyUserStatus";
}

/** Privacy key: chat invite */
export interface privacyKeyChatInvite {
  _: "privacyKeyChatInvite";
}

/** Privacy key: call */
export interface privacyKeyCall {
  _: "privacyKeyCall";
}

/** Privacy key: who finds the account by its phone number (importContacts). Not in the 2017 legacy API; a later TD API has the same setting */
export interface privacyKeyAllowFindingByPhoneNumber {
  _: "privacyKeyAllowFindingByPhoneNumber";
}

/** Account ttl */
export interface accountTtl {
  _: "accountTtl";
  /** Days */
  days: number;
}

/** Chat report spam state */
export interface chatReportSpamState {
  _: "chatReportSpamState";
  /** True when allowed to report spam */
  can_report_spam: boolean;
}

/** Chat report reason: spam */
export interface chatReportReasonSpam {
  _: "chatReportReasonSpam";
}

/** Chat report reason: violence */
export interface chatReportReasonViolence {
  _: "chatReportReasonViolence";
}

/** Chat report reason: pornography */
export interface chatReportReasonPornography {
  _: "chatReportReasonPornography";
}

/** Chat report reason: other */
export interface chatReportReasonOther {
  _: "chatReportReasonOther";
  /** Text */
  text: string;
}

/** Public message link */
export interface publicMessageLink {
  _: "publicMessageLink";
  /** URL */
  url: string;
}

/** File type: none */
export interface fileTypeNone {
  _: "fileTypeNone";
}

/** File type: animation */
export interface fileTypeAnimation {
  _: "fileTypeAnimation";
}

/** File type: audio */
export interface fileTypeAudio {
  _: "fileTypeAudio";
}

/** File type: document */
export interface fileTypeDocument {
  _: "fileTypeDocument";
}

/** File type: photo */
export interface fileTypePhoto {
  _: "fileTypePhoto";
}

/** File type: profile photo */
export interface fileTypeProfilePhoto {
  _: "fileTypeProfilePhoto";
}

/** File type: secret */
export interface fileTypeSecret {
  _: "fileTypeSecret";
}

/** File type: sticker */
export interface fileTypeSticker {
  _: "fileTypeSticker";
}

/** File type: thumb */
export interface fileTypeThumb {
  _: "fileTypeThumb";
}

/** File type: unknown */
export interface fileTypeUnknown {
  _: "fileTypeUnknown";
}

/** File type: video */
export interface fileTypeVideo {
  _: "fileTypeVideo";
}

/** File type: video note */
export interface fileTypeVideoNote {
  _: "fileTypeVideoNote";
}

/** File type: voice */
export interface fileTypeVoice {
  _: "fileTypeVoice";
}

/** File type: wallpaper */
export interface fileTypeWallpaper {
  _: "fileTypeWallpaper";
}

/** File type: secret thumb */
export interface fileTypeSecretThumb {
  _: "fileTypeSecretThumb";
}

/** Storage statistics by file type */
export interface storageStatisticsByFileType {
  _: "storageStatisticsByFileType";
  /** Kind of file */
  file_type: FileType;
  /** Size in bytes; 0 when unknown */
  size: number;
  /** Number of items */
  count: number;
}

/** Storage statistics by chat */
export interface storageStatisticsByChat {
  _: "storageStatisticsByChat";
  /** Chat identifier */
  chat_id: number;
  /** Size in bytes; 0 when unknown */
  size: number;
  /** Number of items */
  count: number;
  /** By file type */
  by_file_type: storageStatisticsByFileType[];
}

/** Storage statistics */
export interface storageStatistics {
  _: "storageStatistics";
  /** Size in bytes; 0 when unknown */
  size: number;
  /** Number of items */
  count: number;
  /** By chat */
  by_chat: storageStatisticsByChat[];
}

/** Storage statistics fast */
export interface storageStatisticsFast {
  _: "storageStatisticsFast";
  /** Files size in bytes */
  files_size: number;
  /** Number of files */
  files_count: number;
  /** Database size in bytes */
  database_size: number;
}

/** Network type: none */
export interface networkTypeNone {
  _: "networkTypeNone";
}

/** Network type: mobile */
export interface networkTypeMobile {
  _: "networkTypeMobile";
}

/** Network type: mobile roaming */
export interface networkTypeMobileRoaming {
  _: "networkTypeMobileRoaming";
}

/** Network type: wi fi */
export interface networkTypeWiFi {
  _: "networkTypeWiFi";
}

/** Network type: other */
export interface networkTypeOther {
  _: "networkTypeOther";
}

/** Network statistics entry: file */
export interface networkStatisticsEntryFile {
  _: "networkStatisticsEntryFile";
  /** Kind of file */
  file_type: FileType;
  /** Network type */
  network_type: NetworkType;
  /** Sent bytes */
  sent_bytes: number;
  /** Received bytes */
  received_bytes: number;
}

/** Network statistics entry: call */
export interface networkStatisticsEntryCall {
  _: "networkStatisticsEntryCall";
  /** Network type */
  network_type: NetworkType;
  /** Sent bytes */
  sent_bytes: number;
  /** Received bytes */
  received_bytes: number;
  /** Length in seconds */
  duration: number;
}

/** Network statistics */
export interface networkStatistics {
  _: "networkStatistics";
  /** Since date, Unix time */
  since_date: number;
  /** Entries */
  entries: NetworkStatisticsEntry[];
}

/** Connection state: waiting for network */
export interface connectionStateWaitingForNetwork {
  _: "connectionStateWaitingForNetwork";
}

/** Connection state: connecting to proxy */
export interface connectionStateConnectingToProxy {
  _: "connectionStateConnectingToProxy";
}

/** Connection state: connecting */
export interface connectionStateConnecting {
  _: "connectionStateConnecting";
}

/** Connection state: updating */
export interface connectionStateUpdating {
  _: "connectionStateUpdating";
}

/** Connection state: ready */
export interface connectionStateReady {
  _: "connectionStateReady";
}

/** Top chat category: users */
export interface topChatCategoryUsers {
  _: "topChatCategoryUsers";
}

/** Top chat category: bots */
export interface topChatCategoryBots {
  _: "topChatCategoryBots";
}

/** Top chat category: groups */
export interface topChatCategoryGroups {
  _: "topChatCategoryGroups";
}

/** Top chat category: channels */
export interface topChatCategoryChannels {
  _: "topChatCategoryChannels";
}

/** Top chat category: inline bots */
export interface topChatCategoryInlineBots {
  _: "topChatCategoryInlineBots";
}

/** Top chat category: calls */
export interface topChatCategoryCalls {
  _: "topChatCategoryCalls";
}

/** Count */
export interface count {
  _: "count";
  /** Number of items */
  count: number;
}

/** Text */
export interface text {
  _: "text";
  /** Text */
  text: string;
}

/** Proxy: empty */
export interface proxyEmpty {
  _: "proxyEmpty";
}

/** Proxy: socks5 */
export interface proxySocks5 {
  _: "proxySocks5";
  /** Server */
  server: string;
  /** Port */
  port: number;
  /** Username */
  username: string;
  /** Password */
  password: string;
}

/** Input sticker */
export interface inputSticker {
  _: "inputSticker";
  /** Png sticker */
  png_sticker: InputFile;
  /** Emojis */
  emojis: string;
  /** Mask position; may be null */
  mask_position: maskPosition | null;
}

/** Update: message send acknowledged */
export interface updateMessageSendAcknowledged {
  _: "updateMessageSendAcknowledged";
  /** Chat identifier */
  chat_id: number;
  /** Message identifier */
  message_id: number;
}

/** Update: message send succeeded */
export interface updateMessageSendSucceeded {
  _: "updateMessageSendSucceeded";
  /** Message */
  message: message;
  /** Previous message identifier */
  old_message_id: number;
}

/** Update: message send failed */
export interface updateMessageSendFailed {
  _: "updateMessageSendFailed";
  /** Message */
  message: message;
  /** Previous message identifier */
  old_message_id: number;
  /** Error code */
  error_code: number;
  /** Error text; empty when none */
  error_message: string;
}

/** Update: message views */
export interface updateMessageViews {
  _: "updateMessageViews";
  /** Chat identifier */
  chat_id: number;
  /** Message identifier */
  message_id: number;
  /** Number of views */
  views: number;
}

/** Update: open message content */
export interface updateOpenMessageContent {
  _: "updateOpenMessageContent";
  /** Chat identifier */
  chat_id: number;
  /** Message identifier */
  message_id: number;
}

/** Update: message mention read */
export interface updateMessageMentionRead {
  _: "updateMessageMentionRead";
  /** Chat identifier */
  chat_id: number;
  /** Message identifier */
  message_id: number;
  /** Number of unread mention */
  unread_mention_count: number;
}

/** Update: new chat */
export interface updateNewChat {
  _: "updateNewChat";
  /** Chat */
  chat: chat;
}

/** Update: chat photo */
export interface updateChatPhoto {
  _: "updateChatPhoto";
  /** Chat identifier */
  chat_id: number;
  /** Photo; may be null */
  photo: chatPhoto | null;
}

/** Update: chat top message */
export interface updateChatTopMessage {
  _: "updateChatTopMessage";
  /** Chat identifier */
  chat_id: number;
  /** Top message; may be null */
  top_message: message | null;
  /** Position in the chat list */
  order: string;
}

/** Update: chat order */
export interface updateChatOrder {
  _: "updateChatOrder";
  /** Chat identifier */
  chat_id: number;
  /** Position in the chat list */
  order: string;
}

/** Update: chat is pinned */
export interface updateChatIsPinned {
  _: "updateChatIsPinned";
  /** Chat identifier */
  chat_id: number;
  /** True when pinned */
  is_pinned: boolean;
  /** Position in the chat list */
  order: string;
}

/** Update: chat unread mention count */
export interface updateChatUnreadMentionCount {
  _: "updateChatUnreadMentionCount";
  /** Chat identifier */
  chat_id: number;
  /** Number of unread mention */
  unread_mention_count: number;
}

/** Update: notification settings */
export interface updateNotificationSettings {
  _: "updateNotificationSettings";
  /** Which chats */
  scope: NotificationSettingsScope;
  /** Notification settings */
  notification_settings: notificationSettings;
}

/** Update: chat reply markup */
export interface updateChatReplyMarkup {
  _: "updateChatReplyMarkup";
  /** Chat identifier */
  chat_id: number;
  /** Identifier of the reply markup message */
  reply_markup_message_id: number;
}

/** Update: chat draft message */
export interface updateChatDraftMessage {
  _: "updateChatDraftMessage";
  /** Chat identifier */
  chat_id: number;
  /** Draft; may be null */
  draft_message: draftMessage | null;
  /** Position in the chat list */
  order: string;
}

/** Update: user chat action */
export interface updateUserChatAction {
  _: "updateUserChatAction";
  /** Chat identifier */
  chat_id: number;
  /** User identifier */
  user_id: number;
  /** Action */
  action: ChatAction;
}

/** Update: user status */
export interface updateUserStatus {
  _: "updateUserStatus";
  /** User identifier */
  user_id: number;
  /** Status */
  status: UserStatus;
}

/** Update: group */
export interface updateGroup {
  _: "updateGroup";
  /** Basic group */
  group: group;
}

/** Update: channel */
export interface updateChannel {
  _: "updateChannel";
  /** Channel */
  channel: channel;
}

/** Update: secret chat */
export interface updateSecretChat {
  _: "updateSecretChat";
  /** Secret chat */
  secret_chat: secretChat;
}

/** Update: user full */
export interface updateUserFull {
  _: "updateUserFull";
  /** User identifier */
  user_id: number;
  /** User full */
  user_full: userFull;
}

/** Update: group full */
export interface updateGroupFull {
  _: "updateGroupFull";
  /** Basic group identifier */
  group_id: number;
  /** Group full */
  group_full: groupFull;
}

/** Update: channel full */
export interface updateChannelFull {
  _: "updateChannelFull";
  /** Channel identifier */
  channel_id: number;
  /** Channel full */
  channel_full: channelFull;
}

/** Update: service notification */
export interface updateServiceNotification {
  _: "updateServiceNotification";
  /** Type */
  type: string;
  /** Content */
  content: MessageContent;
}

/** Update: file progress */
export interface updateFileProgress {
  _: "updateFileProgress";
  /** File identifier */
  file_id: number;
  /** Size in bytes; 0 when unknown */
  size: number;
  /** Ready */
  ready: number;
}

/** Update: file */
export interface updateFile {
  _: "updateFile";
  /** File */
  file: file;
}

/** Update: file generation start */
export interface updateFileGenerationStart {
  _: "updateFileGenerationStart";
  /** File generation identifier */
  generation_id: string;
  /** Original path */
  original_path: string;
  /** Destination path */
  destination_path: string;
  /** Conversion */
  conversion: string;
}

/** Update: file generation progress */
export interface updateFileGenerationProgress {
  _: "updateFileGenerationProgress";
  /** File identifier */
  file_id: number;
  /** Size in bytes; 0 when unknown */
  size: number;
  /** Ready */
  ready: number;
}

/** Update: file generation finish */
export interface updateFileGenerationFinish {
  _: "updateFileGenerationFinish";
  /** File */
  file: file;
}

/** Update: call */
export interface updateCall {
  _: "updateCall";
  /** Call */
  call: call;
}

/** Update: privacy */
export interface updatePrivacy {
  _: "updatePrivacy";
  /** Privacy setting */
  key: PrivacyKey;
  /** Rules */
  rules: privacyRules;
}

/** Update: installed sticker sets */
export interface updateInstalledStickerSets {
  _: "updateInstalledStickerSets";
  /** True for mask sets rather than sticker sets */
  is_masks: boolean;
  /** Sticker set identifiers */
  sticker_set_ids: string[];
}

/** Update: trending sticker sets */
export interface updateTrendingStickerSets {
  _: "updateTrendingStickerSets";
  /** Sticker sets */
  sticker_sets: stickerSets;
}

/** Update: recent stickers */
export interface updateRecentStickers {
  _: "updateRecentStickers";
  /** True when attached */
  is_attached: boolean;
  /** Identifiers of the stickers */
  sticker_ids: number[];
}

/** Update: favorite stickers */
export interface updateFavoriteStickers {
  _: "updateFavoriteStickers";
  /** Identifiers of the stickers */
  sticker_ids: number[];
}

/** Update: saved animations */
export interface updateSavedAnimations {
  _: "updateSavedAnimations";
  /** Identifiers of the animations */
  animation_ids: number[];
}

/** Update: connection state */
export interface updateConnectionState {
  _: "updateConnectionState";
  /** State */
  state: ConnectionState;
}

/** Update: new inline query */
export interface updateNewInlineQuery {
  _: "updateNewInlineQuery";
  /** Identifier */
  id: string;
  /** Identifier of the user who sent it */
  sender_user_id: number;
  /** Location of the user; may be null */
  user_location: location | null;
  /** Text of the query */
  query: string;
  /** Offset of the first result */
  offset: string;
}

/** Update: new chosen inline result */
export interface updateNewChosenInlineResult {
  _: "updateNewChosenInlineResult";
  /** Identifier of the user who sent it */
  sender_user_id: number;
  /** Location of the user; may be null */
  user_location: location | null;
  /** Text of the query */
  query: string;
  /** Identifier of the result */
  result_id: string;
  /** Identifier of the inline message */
  inline_message_id: string;
}

/** Update: new callback query */
export interface updateNewCallbackQuery {
  _: "updateNewCallbackQuery";
  /** Identifier */
  id: string;
  /** Identifier of the user who sent it */
  sender_user_id: number;
  /** Chat identifier */
  chat_id: number;
  /** Message identifier */
  message_id: number;
  /** Identifier of the chat the message is in, shared by all its members */
  chat_instance: string;
  /** Payload */
  payload: CallbackQueryPayload;
}

/** Update: new inline callback query */
export interface updateNewInlineCallbackQuery {
  _: "updateNewInlineCallbackQuery";
  /** Identifier */
  id: string;
  /** Identifier of the user who sent it */
  sender_user_id: number;
  /** Identifier of the inline message */
  inline_message_id: string;
  /** Identifier of the chat the message is in, shared by all its members */
  chat_instance: string;
  /** Payload */
  payload: CallbackQueryPayload;
}

/** Update: new shipping query */
export interface updateNewShippingQuery {
  _: "updateNewShippingQuery";
  /** Identifier */
  id: string;
  /** Identifier of the user who sent it */
  sender_user_id: number;
  /** Payload of the invoice */
  invoice_payload: string;
  /** Shipping address */
  shipping_address: shippingAddress;
}

/** Update: new pre checkout query */
export interface updateNewPreCheckoutQuery {
  _: "updateNewPreCheckoutQuery";
  /** Identifier */
  id: string;
  /** Identifier of the user who sent it */
  sender_user_id: number;
  /** Three-letter ISO 4217 currency code */
  currency: string;
  /** Total price in the smallest units of the currency */
  total_amount: number;
  /** Payload of the invoice */
  invoice_payload: string;
  /** Identifier of the chosen shipping option */
  shipping_option_id: string;
  /** Order information; may be null */
  order_info: orderInfo | null;
}

/** Update: new custom event */
export interface updateNewCustomEvent {
  _: "updateNewCustomEvent";
  /** Event */
  event: string;
}

/** Update: new custom query */
export interface updateNewCustomQuery {
  _: "updateNewCustomQuery";
  /** Identifier */
  id: string;
  /** Data */
  data: string;
  /** Timeout */
  timeout: number;
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
export type ChatType = chatTypePrivate | chatTypeGroup | chatTypeChannel | chatTypeSecret;

/** Whether a message came in or went out, and how the sending went */
export type MessageSendState = messageIsIncoming | messageIsBeingSent | messageIsSuccessfullySent | messageIsFailedToSend;

/** Where a forwarded message first came from */
export type MessageForwardInfo = messageForwardedFromUser | messageForwardedPost;

/** What pressing a custom keyboard button does */
export type KeyboardButtonType = keyboardButtonTypeText | keyboardButtonTypeRequestPhoneNumber | keyboardButtonTypeRequestLocation;

export type KeyboardButton = keyboardButton;

/** What pressing a button attached to a message does */
export type InlineKeyboardButtonType = inlineKeyboardButtonTypeUrl | inlineKeyboardButtonTypeCallback | inlineKeyboardButtonTypeCallbackGame | inlineKeyboardButtonTypeSwitchInline | inlineKeyboardButtonTypeBuy;

export type InlineKeyboardButton = inlineKeyboardButton;

/** Buttons or keyboard changes a bot attaches to a message */
export type ReplyMarkup = replyMarkupRemoveKeyboard | replyMarkupForceReply | replyMarkupShowKeyboard | replyMarkupInlineKeyboard;

/** What a message holds */
export type MessageContent = messageText | messageLocation | messageContact | messageGroupChatCreate | messageChatChangeTitle | messageChatAddMembers | messageChatDeleteMember | messageContactRegistered | messageUnsupported | messageAnimation | messageAudio | messageDocument | messagePhoto | messageExpiredPhoto | messageSticker | messageVideo | messageExpiredVideo | messageVideoNote | messageVoice | messageVenue | messageGame | messageInvoice | messageCall | messageChannelChatCreate | messageChatChangePhoto | messageChatDeletePhoto | messageChatJoinByLink | messageChatMigrateTo | messageChatMigrateFrom | messagePinMessage | messageScreenshotTaken | messageChatSetTtl | messageGameScore | messagePaymentSuccessful | messagePaymentSuccessfulBot;

export type Message = message;

export type Messages = messages;

/** The content of a message to send or an edit to apply */
export type InputMessageContent = inputMessageText | inputMessageLocation | inputMessageContact | inputMessageForwarded | inputMessageAnimation | inputMessageAudio | inputMessageDocument | inputMessagePhoto | inputMessageSticker | inputMessageVideo | inputMessageVideoNote | inputMessageVoice | inputMessageVenue | inputMessageGame | inputMessageInvoice;

/** Which kinds of messages a search returns */
export type SearchMessagesFilter = searchMessagesFilterEmpty | searchMessagesFilterAnimation | searchMessagesFilterAudio | searchMessagesFilterDocument | searchMessagesFilterPhoto | searchMessagesFilterVideo | searchMessagesFilterVoice | searchMessagesFilterPhotoAndVideo | searchMessagesFilterUrl | searchMessagesFilterChatPhoto | searchMessagesFilterCall | searchMessagesFilterMissedCall | searchMessagesFilterVideoNote | searchMessagesFilterVoiceAndVideoNote | searchMessagesFilterMention | searchMessagesFilterUnreadMention;

/** What a user is doing in a chat right now, shown to the other members */
export type ChatAction = chatActionTyping | chatActionChoosingLocation | chatActionChoosingContact | chatActionCancel | chatActionRecordingVideo | chatActionUploadingVideo | chatActionRecordingVoice | chatActionUploadingVoice | chatActionUploadingPhoto | chatActionUploadingDocument | chatActionStartPlayingGame | chatActionRecordingVideoNote | chatActionUploadingVideoNote;

export type NotificationSettings = notificationSettings;

export type DraftMessage = draftMessage;

export type Chat = chat;

export type Chats = chats;

export type Session = session;

export type Sessions = sessions;

/** The value of a client option */
export type OptionValue = optionValueBoolean | optionValueEmpty | optionValueInteger | optionValueString;

/** Something that changed, pushed to the client without being asked */
export type Update = updateAuthState | updateNewMessage | updateMessageContent | updateMessageEdited | updateDeleteMessages | updateChat | updateChatTitle | updateChatReadInbox | updateChatReadOutbox | updateUser | updateOption | updateMessageSendAcknowledged | updateMessageSendSucceeded | updateMessageSendFailed | updateMessageViews | updateOpenMessageContent | updateMessageMentionRead | updateNewChat | updateChatPhoto | updateChatTopMessage | updateChatOrder | updateChatIsPinned | updateChatUnreadMentionCount | updateNotificationSettings | updateChatReplyMarkup | updateChatDraftMessage | updateUserChatAction | updateUserStatus | updateGroup | updateChannel | updateSecretChat | updateUserFull | updateGroupFull | updateChannelFull | updateServiceNotification | updateFileProgress | updateFile | updateFileGenerationStart | updateFileGenerationProgress | updateFileGenerationFinish | updateCall | updatePrivacy | updateInstalledStickerSets | updateTrendingStickerSets | updateRecentStickers | updateFavoriteStickers | updateSavedAnimations | updateConnectionState | updateNewInlineQuery | updateNewChosenInlineResult | updateNewCallbackQuery | updateNewInlineCallbackQuery | updateNewShippingQuery | updateNewPreCheckoutQuery | updateNewCustomEvent | updateNewCustomQuery;

export type TestInt = testInt;

export type TestString = testString;

export type TestBytes = testBytes;

export type TestVectorInt = testVectorInt;

export type TestVectorIntObject = testVectorIntObject;

export type TestVectorString = testVectorString;

export type TestVectorStringObject = testVectorStringObject;

export type PasswordRecoveryInfo = passwordRecoveryInfo;

export type RecoveryEmail = recoveryEmail;

export type TemporaryPasswordState = temporaryPasswordState;

export type File = file;

/** Where a file to send or upload comes from */
export type InputFile = inputFileId | inputFilePersistentId | inputFileLocal | inputFileGenerated;

export type PhotoSize = photoSize;

export type MaskPosition = maskPosition;

export type Animation = animation;

export type Audio = audio;

export type Document = document;

export type Photo = photo;

export type Sticker = sticker;

export type Video = video;

export type VideoNote = videoNote;

export type Voice = voice;

export type Venue = venue;

export type Game = game;

export type ProfilePhoto = profilePhoto;

export type ChatPhoto = chatPhoto;

export type UserProfilePhotos = userProfilePhotos;

/** Which members of a channel to list */
export type ChannelMembersFilter = channelMembersFilterRecent | channelMembersFilterAdministrators | channelMembersFilterSearch | channelMembersFilterRestricted | channelMembersFilterBanned | channelMembersFilterBots;

export type Group = group;

export type GroupFull = groupFull;

export type Channel = channel;

export type ChannelFull = channelFull;

export type SecretChat = secretChat;

export type ChatInviteLink = chatInviteLink;

export type ChatInviteLinkInfo = chatInviteLinkInfo;

export type FoundMessages = foundMessages;

/** Which chats a notification setting applies to */
export type NotificationSettingsScope = notificationSettingsScopeChat | notificationSettingsScopePrivateChats | notificationSettingsScopeGroupChats | notificationSettingsScopeAllChats;

/** Formatted text of an instant view page */
export type RichText = richTextPlain | richTextBold | richTextItalic | richTextUnderline | richTextStrikethrough | richTextFixed | richTextUrl | richTextEmail | richTextConcatenation;

/** A block of an instant view page */
export type PageBlock = pageBlockTitle | pageBlockSubtitle | pageBlockAuthorDate | pageBlockHeader | pageBlockSubheader | pageBlockParagraph | pageBlockPreformatted | pageBlockFooter | pageBlockDivider | pageBlockAnchor | pageBlockList | pageBlockBlockQuote | pageBlockPullQuote | pageBlockAnimation | pageBlockAudio | pageBlockPhoto | pageBlockVideo | pageBlockCover | pageBlockEmbedded | pageBlockEmbeddedPost | pageBlockCollage | pageBlockSlideshow | pageBlockChatLink;

export type WebPageInstantView = webPageInstantView;

export type WebPage = webPage;

export type LabeledPrice = labeledPrice;

export type Invoice = invoice;

export type ShippingAddress = shippingAddress;

export type OrderInfo = orderInfo;

export type ShippingOption = shippingOption;

export type SavedCredentials = savedCredentials;

/** Payment credentials given by the payer */
export type InputCredentials = inputCredentialsSaved | inputCredentialsNew;

export type PaymentsProviderStripe = paymentsProviderStripe;

export type PaymentForm = paymentForm;

export type ValidatedOrderInfo = validatedOrderInfo;

export type PaymentResult = paymentResult;

export type PaymentReceipt = paymentReceipt;

export type InputThumb = inputThumb;

export type Stickers = stickers;

export type StickerEmojis = stickerEmojis;

export type StickerSet = stickerSet;

export type StickerSetInfo = stickerSetInfo;

export type StickerSets = stickerSets;

/** Why a call ended */
export type CallDiscardReason = callDiscardReasonEmpty | callDiscardReasonMissed | callDiscardReasonDeclined | callDiscardReasonDisconnected | callDiscardReasonHungUp;

export type CallProtocol = callProtocol;

export type CallConnection = callConnection;

export type CallId = callId;

/** Where a call stands */
export type CallState = callStatePending | callStateExchangingKeys | callStateReady | callStateHangingUp | callStateDiscarded | callStateError;

export type Call = call;

export type Animations = animations;

/** A result a bot gives for an inline query */
export type InputInlineQueryResult = inputInlineQueryResultAnimatedGif | inputInlineQueryResultAnimatedMpeg4 | inputInlineQueryResultArticle | inputInlineQueryResultAudio | inputInlineQueryResultContact | inputInlineQueryResultDocument | inputInlineQueryResultGame | inputInlineQueryResultLocation | inputInlineQueryResultPhoto | inputInlineQueryResultSticker | inputInlineQueryResultVenue | inputInlineQueryResultVideo | inputInlineQueryResultVoice;

/** A result of an inline query, as the user sees it */
export type InlineQueryResult = inlineQueryResultArticle | inlineQueryResultContact | inlineQueryResultLocation | inlineQueryResultVenue | inlineQueryResultGame | inlineQueryResultAnimation | inlineQueryResultAudio | inlineQueryResultDocument | inlineQueryResultPhoto | inlineQueryResultSticker | inlineQueryResultVideo | inlineQueryResultVoice;

export type InlineQueryResults = inlineQueryResults;

/** What a pressed inline keyboard button carries to the bot */
export type CallbackQueryPayload = callbackQueryPayloadData | callbackQueryPayloadGame;

export type CallbackQueryAnswer = callbackQueryAnswer;

export type CustomRequestResult = customRequestResult;

export type GameHighScore = gameHighScore;

export type GameHighScores = gameHighScores;

/** What an administrative action in a channel did */
export type ChatEventAction = chatEventMessageEdited | chatEventMessageDeleted | chatEventMessagePinned | chatEventMessageUnpinned | chatEventMemberJoined | chatEventMemberLeft | chatEventMemberInvited | chatEventMemberPromoted | chatEventMemberRestricted | chatEventTitleChanged | chatEventDescriptionChanged | chatEventUsernameChanged | chatEventPhotoChanged | chatEventInvitesToggled | chatEventSignMessagesToggled | chatEventStickerSetChanged;

export type ChatEvent = chatEvent;

export type ChatEvents = chatEvents;

export type ChatEventLogFilters = chatEventLogFilters;

/** A token for push notifications */
export type DeviceToken = deviceTokenApns | deviceTokenGcm | deviceTokenMpns | deviceTokenSimplePush | deviceTokenUbuntuPhone | deviceTokenBlackberry;

export type Wallpaper = wallpaper;

export type Wallpapers = wallpapers;

export type Hashtags = hashtags;

/** One rule of a privacy setting: who is allowed or refused */
export type PrivacyRule = privacyRuleAllowAll | privacyRuleAllowContacts | privacyRuleAllowUsers | privacyRuleDisallowAll | privacyRuleDisallowContacts | privacyRuleDisallowUsers;

export type PrivacyRules = privacyRules;

/** A privacy setting */
export type PrivacyKey = privacyKeyUserStatus | privacyKeyChatInvite | privacyKeyCall | privacyKeyAllowFindingByPhoneNumber;

export type AccountTtl = accountTtl;

export type ChatReportSpamState = chatReportSpamState;

/** Why a chat is reported */
export type ChatReportReason = chatReportReasonSpam | chatReportReasonViolence | chatReportReasonPornography | chatReportReasonOther;

export type PublicMessageLink = publicMessageLink;

/** What a file is used for */
export type FileType = fileTypeNone | fileTypeAnimation | fileTypeAudio | fileTypeDocument | fileTypePhoto | fileTypeProfilePhoto | fileTypeSecret | fileTypeSticker | fileTypeThumb | fileTypeUnknown | fileTypeVideo | fileTypeVideoNote | fileTypeVoice | fileTypeWallpaper | fileTypeSecretThumb;

export type StorageStatisticsByFileType = storageStatisticsByFileType;

export type StorageStatisticsByChat = storageStatisticsByChat;

export type StorageStatistics = storageStatistics;

export type StorageStatisticsFast = storageStatisticsFast;

/** The kind of network the client is on */
export type NetworkType = networkTypeNone | networkTypeMobile | networkTypeMobileRoaming | networkTypeWiFi | networkTypeOther;

/** A line of the network statistics */
export type NetworkStatisticsEntry = networkStatisticsEntryFile | networkStatisticsEntryCall;

export type NetworkStatistics = networkStatistics;

/** The state of the connection to the network */
export type ConnectionState = connectionStateWaitingForNetwork | connectionStateConnectingToProxy | connectionStateConnecting | connectionStateUpdating | connectionStateReady;

/** A category of most used chats */
export type TopChatCategory = topChatCategoryUsers | topChatCategoryBots | topChatCategoryGroups | topChatCategoryChannels | topChatCategoryInlineBots | topChatCategoryCalls;

export type Count = count;

export type Text = text;

/** A proxy for network connections */
export type Proxy = proxyEmpty | proxySocks5;

export type InputSticker = inputSticker;

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
    /** The user's current profile photo; may be null when none is set */
    profile_photo?: Input.profilePhoto | null;
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
    /** Photo of the chat (the other user's profile photo for private chats); may be null when none is set */
    photo?: Input.chatPhoto | null;
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

  /** Password recovery info */
  export interface passwordRecoveryInfo {
    _?: "passwordRecoveryInfo";
    /** Recovery email pattern */
    recovery_email_pattern?: string | null;
  }

  /** Recovery email */
  export interface recoveryEmail {
    _?: "recoveryEmail";
    /** Recovery email */
    recovery_email?: string | null;
  }

  /** Temporary password state */
  export interface temporaryPasswordState {
    _?: "temporaryPasswordState";
    /** True when there is password */
    has_password?: boolean | null;
    /** Valid for */
    valid_for?: number | null;
  }

  /** File */
  export interface file {
    _?: "file";
    /** Identifier */
    id?: number | null;
    /** Identifier of the persistent */
    persistent_id?: string | null;
    /** Size in bytes; 0 when unknown */
    size?: number | null;
    /** True when being downloaded */
    is_being_downloaded?: boolean | null;
    /** Bytes present locally */
    local_size?: number | null;
    /** True when being uploaded */
    is_being_uploaded?: boolean | null;
    /** Remote size in bytes */
    remote_size?: number | null;
    /** Local path */
    path?: string | null;
  }

  /** Input file: id */
  export interface inputFileId {
    _?: "inputFileId";
    /** Identifier */
    id?: number | null;
  }

  /** Input file: persistent id */
  export interface inputFilePersistentId {
    _?: "inputFilePersistentId";
    /** Identifier of the persistent */
    persistent_id?: string | null;
  }

  /** Input file: local */
  export interface inputFileLocal {
    _?: "inputFileLocal";
    /** Local path */
    path?: string | null;
  }

  /** Input file: generated */
  export interface inputFileGenerated {
    _?: "inputFileGenerated";
    /** Original path */
    original_path?: string | null;
    /** Conversion */
    conversion?: string | null;
    /** Expected size in bytes */
    expected_size?: number | null;
  }

  /** Photo size */
  export interface photoSize {
    _?: "photoSize";
    /** Type */
    type?: string | null;
    /** Photo; may be null */
    photo?: Input.file | null;
    /** Width in pixels */
    width?: number | null;
    /** Height in pixels */
    height?: number | null;
  }

  /** Mask position */
  export interface maskPosition {
    _?: "maskPosition";
    /** Point */
    point?: number | null;
    /** X shift */
    x_shift?: number | null;
    /** Y shift */
    y_shift?: number | null;
    /** Scale */
    scale?: number | null;
  }

  /** Animation */
  export interface animation {
    _?: "animation";
    /** Length in seconds */
    duration?: number | null;
    /** Width in pixels */
    width?: number | null;
    /** Height in pixels */
    height?: number | null;
    /** File name */
    file_name?: string | null;
    /** MIME type */
    mime_type?: string | null;
    /** Thumbnail; may be null */
    thumb?: Input.photoSize | null;
    /** Animation */
    animation?: Input.file | null;
  }

  /** Audio */
  export interface audio {
    _?: "audio";
    /** Length in seconds */
    duration?: number | null;
    /** Title */
    title?: string | null;
    /** Performer */
    performer?: string | null;
    /** File name */
    file_name?: string | null;
    /** MIME type */
    mime_type?: string | null;
    /** Album cover thumb; may be null */
    album_cover_thumb?: Input.photoSize | null;
    /** Audio file */
    audio?: Input.file | null;
  }

  /** Document */
  export interface document {
    _?: "document";
    /** File name */
    file_name?: string | null;
    /** MIME type */
    mime_type?: string | null;
    /** Thumbnail; may be null */
    thumb?: Input.photoSize | null;
    /** Document */
    document?: Input.file | null;
  }

  /** Photo */
  export interface photo {
    _?: "photo";
    /** Identifier */
    id?: string | number | null;
    /** True when there is stickers */
    has_stickers?: boolean | null;
    /** Sizes */
    sizes?: Input.photoSize[] | null;
  }

  /** Sticker */
  export interface sticker {
    _?: "sticker";
    /** Sticker set identifier */
    set_id?: string | number | null;
    /** Width in pixels */
    width?: number | null;
    /** Height in pixels */
    height?: number | null;
    /** Emoji */
    emoji?: string | null;
    /** True when mask */
    is_mask?: boolean | null;
    /** Mask position; may be null */
    mask_position?: Input.maskPosition | null;
    /** Thumbnail; may be null */
    thumb?: Input.photoSize | null;
    /** Sticker */
    sticker?: Input.file | null;
  }

  /** Video */
  export interface video {
    _?: "video";
    /** Length in seconds */
    duration?: number | null;
    /** Width in pixels */
    width?: number | null;
    /** Height in pixels */
    height?: number | null;
    /** File name */
    file_name?: string | null;
    /** MIME type */
    mime_type?: string | null;
    /** True when there is stickers */
    has_stickers?: boolean | null;
    /** Thumbnail; may be null */
    thumb?: Input.photoSize | null;
    /** Video */
    video?: Input.file | null;
  }

  /** Video note */
  export interface videoNote {
    _?: "videoNote";
    /** Length in seconds */
    duration?: number | null;
    /** Length */
    length?: number | null;
    /** Thumbnail; may be null */
    thumb?: Input.photoSize | null;
    /** Video */
    video?: Input.file | null;
  }

  /** Voice */
  export interface voice {
    _?: "voice";
    /** Length in seconds */
    duration?: number | null;
    /** Waveform */
    waveform?: string | null;
    /** MIME type */
    mime_type?: string | null;
    /** Voice note */
    voice?: Input.file | null;
  }

  /** Venue */
  export interface venue {
    _?: "venue";
    /** Location */
    location?: Input.location | null;
    /** Title */
    title?: string | null;
    /** Address */
    address?: string | null;
    /** Provider */
    provider?: string | null;
    /** Identifier */
    id?: string | null;
  }

  /** Game */
  export interface game {
    _?: "game";
    /** Identifier */
    id?: string | number | null;
    /** Short name */
    short_name?: string | null;
    /** Title */
    title?: string | null;
    /** Text */
    text?: string | null;
    /** Text entities */
    text_entities?: Input.textEntity[] | null;
    description?: string | null;
    /** Photo; may be null */
    photo?: Input.photo | null;
    /** Animation; may be null */
    animation?: Input.animation | null;
  }

  /** Profile photo */
  export interface profilePhoto {
    _?: "profilePhoto";
    /** Identifier */
    id?: string | number | null;
    /** Small */
    small?: Input.file | null;
    /** Big */
    big?: Input.file | null;
  }

  /** Chat photo */
  export interface chatPhoto {
    _?: "chatPhoto";
    /** Small */
    small?: Input.file | null;
    /** Big */
    big?: Input.file | null;
  }

  /** User profile photos */
  export interface userProfilePhotos {
    _?: "userProfilePhotos";
    /** Total number of results */
    total_count?: number | null;
    /** Photos */
    photos?: Input.photo[] | null;
  }

  /** Channel members filter: recent */
  export interface channelMembersFilterRecent {
    _?: "channelMembersFilterRecent";
  }

  /** Channel members filter: administrators */
  export interface channelMembersFilterAdministrators {
    _?: "channelMembersFilterAdministrators";
  }

  /** Channel members filter: search */
  export interface channelMembersFilterSearch {
    _?: "channelMembersFilterSearch";
    /** Text of the query */
    query?: string | null;
  }

  /** Channel members filter: restricted */
  export interface channelMembersFilterRestricted {
    _?: "channelMembersFilterRestricted";
    /** Text of the query */
    query?: string | null;
  }

  /** Channel members filter: banned */
  export interface channelMembersFilterBanned {
    _?: "channelMembersFilterBanned";
    /** Text of the query */
    query?: string | null;
  }

  /** Channel members filter: bots */
  export interface channelMembersFilterBots {
    _?: "channelMembersFilterBots";
  }

  /** Group */
  export interface group {
    _?: "group";
    /** Identifier */
    id?: number | null;
    /** Number of members */
    member_count?: number | null;
    /** Status */
    status?: Input.ChatMemberStatus | null;
    /** Everyone is administrator */
    everyone_is_administrator?: boolean | null;
    /** True when active */
    is_active?: boolean | null;
    /** Identifier of the migrated to channel */
    migrated_to_channel_id?: number | null;
  }

  /** Group full */
  export interface groupFull {
    _?: "groupFull";
    /** Identifier of the creator */
    creator_user_id?: number | null;
    /** Members */
    members?: Input.chatMember[] | null;
    /** Invite link */
    invite_link?: string | null;
  }

  /** Channel */
  export interface channel {
    _?: "channel";
    /** Identifier */
    id?: number | null;
    /** Username */
    username?: string | null;
    /** Date, Unix time */
    date?: number | null;
    /** Status */
    status?: Input.ChatMemberStatus | null;
    /** True when any member may add users */
    anyone_can_invite?: boolean | null;
    /** True when posts carry their author */
    sign_messages?: boolean | null;
    /** True for a supergroup, false for a broadcast channel */
    is_supergroup?: boolean | null;
    /** True when verified */
    is_verified?: boolean | null;
    /** Why access is limited; empty when it is not */
    restriction_reason?: string | null;
  }

  /** Channel full */
  export interface channelFull {
    _?: "channelFull";
    description?: string | null;
    /** Number of members */
    member_count?: number | null;
    /** Number of administrator */
    administrator_count?: number | null;
    /** Number of restricted */
    restricted_count?: number | null;
    /** Number of banned */
    banned_count?: number | null;
    /** True when allowed to get members */
    can_get_members?: boolean | null;
    /** True when allowed to set username */
    can_set_username?: boolean | null;
    /** True when allowed to set sticker set */
    can_set_sticker_set?: boolean | null;
    /** Identifier of the sticker set */
    sticker_set_id?: string | number | null;
    /** Invite link */
    invite_link?: string | null;
    /** Identifier of the pinned message; 0 when none */
    pinned_message_id?: number | null;
    /** Identifier of the migrated from group */
    migrated_from_group_id?: number | null;
    /** Identifier of the migrated from max message */
    migrated_from_max_message_id?: number | null;
  }

  /** Secret chat */
  export interface secretChat {
    _?: "secretChat";
    /** Identifier */
    id?: number | null;
    /** User identifier */
    user_id?: number | null;
    /** State */
    state?: number | null;
    /** True when outbound */
    is_outbound?: boolean | null;
    /** Self-destruct time in seconds; 0 for none */
    ttl?: number | null;
    /** Key hash */
    key_hash?: string | null;
    /** Layer */
    layer?: number | null;
  }

  /** Chat invite link */
  export interface chatInviteLink {
    _?: "chatInviteLink";
    /** Invite link */
    invite_link?: string | null;
  }

  /** Chat invite link info */
  export interface chatInviteLinkInfo {
    _?: "chatInviteLinkInfo";
    /** Chat identifier */
    chat_id?: number | null;
    /** Title */
    title?: string | null;
    /** Photo; may be null */
    photo?: Input.chatPhoto | null;
    /** Number of members */
    member_count?: number | null;
    /** Identifiers of the members */
    member_user_ids?: number[] | null;
    /** True when group */
    is_group?: boolean | null;
    /** True when channel */
    is_channel?: boolean | null;
    /** True when public channel */
    is_public_channel?: boolean | null;
    /** True when supergroup channel */
    is_supergroup_channel?: boolean | null;
  }

  /** Message forwarded post */
  export interface messageForwardedPost {
    _?: "messageForwardedPost";
    /** Chat identifier */
    chat_id?: number | null;
    /** Author signature */
    author_signature?: string | null;
    /** Date, Unix time */
    date?: number | null;
    /** Message identifier */
    message_id?: number | null;
  }

  /** Found messages */
  export interface foundMessages {
    _?: "foundMessages";
    /** Messages */
    messages?: Input.message[] | null;
    /** Identifier of the next from search */
    next_from_search_id?: string | number | null;
  }

  /** Notification settings scope: chat */
  export interface notificationSettingsScopeChat {
    _?: "notificationSettingsScopeChat";
    /** Chat identifier */
    chat_id?: number | null;
  }

  /** Notification settings scope: private chats */
  export interface notificationSettingsScopePrivateChats {
    _?: "notificationSettingsScopePrivateChats";
  }

  /** Notification settings scope: group chats */
  export interface notificationSettingsScopeGroupChats {
    _?: "notificationSettingsScopeGroupChats";
  }

  /** Notification settings scope: all chats */
  export interface notificationSettingsScopeAllChats {
    _?: "notificationSettingsScopeAllChats";
  }

  /** Chat type: channel */
  export interface chatTypeChannel {
    _?: "chatTypeChannel";
    /** Channel identifier */
    channel_id?: number | null;
    /** True for a supergroup, false for a broadcast channel */
    is_supergroup?: boolean | null;
  }

  /** Chat type: secret */
  export interface chatTypeSecret {
    _?: "chatTypeSecret";
    /** Secret chat identifier */
    secret_chat_id?: number | null;
    /** User identifier */
    user_id?: number | null;
  }

  /** Inline keyboard button type: callback game */
  export interface inlineKeyboardButtonTypeCallbackGame {
    _?: "inlineKeyboardButtonTypeCallbackGame";
  }

  /** Inline keyboard button type: switch inline */
  export interface inlineKeyboardButtonTypeSwitchInline {
    _?: "inlineKeyboardButtonTypeSwitchInline";
    /** Text of the query */
    query?: string | null;
    /** In current chat */
    in_current_chat?: boolean | null;
  }

  /** Inline keyboard button type: buy */
  export interface inlineKeyboardButtonTypeBuy {
    _?: "inlineKeyboardButtonTypeBuy";
  }

  /** Rich text: plain */
  export interface richTextPlain {
    _?: "richTextPlain";
    /** Text */
    text?: string | null;
  }

  /** Rich text: bold */
  export interface richTextBold {
    _?: "richTextBold";
    /** Text */
    text?: Input.RichText | null;
  }

  /** Rich text: italic */
  export interface richTextItalic {
    _?: "richTextItalic";
    /** Text */
    text?: Input.RichText | null;
  }

  /** Rich text: underline */
  export interface richTextUnderline {
    _?: "richTextUnderline";
    /** Text */
    text?: Input.RichText | null;
  }

  /** Rich text: strikethrough */
  export interface richTextStrikethrough {
    _?: "richTextStrikethrough";
    /** Text */
    text?: Input.RichText | null;
  }

  /** Rich text: fixed */
  export interface richTextFixed {
    _?: "richTextFixed";
    /** Text */
    text?: Input.RichText | null;
  }

  /** Rich text: url */
  export interface richTextUrl {
    _?: "richTextUrl";
    /** Text */
    text?: Input.RichText | null;
    /** URL */
    url?: string | null;
  }

  /** Rich text: email */
  export interface richTextEmail {
    _?: "richTextEmail";
    /** Text */
    text?: Input.RichText | null;
    /** E-mail address */
    email?: string | null;
  }

  /** Rich text: concatenation */
  export interface richTextConcatenation {
    _?: "richTextConcatenation";
    /** Texts */
    texts?: Input.RichText[] | null;
  }

  /** Page block: title */
  export interface pageBlockTitle {
    _?: "pageBlockTitle";
    /** Title */
    title?: Input.RichText | null;
  }

  /** Page block: subtitle */
  export interface pageBlockSubtitle {
    _?: "pageBlockSubtitle";
    /** Subtitle */
    subtitle?: Input.RichText | null;
  }

  /** Page block: author date */
  export interface pageBlockAuthorDate {
    _?: "pageBlockAuthorDate";
    /** Author */
    author?: Input.RichText | null;
    /** Publish date, Unix time */
    publish_date?: number | null;
  }

  /** Page block: header */
  export interface pageBlockHeader {
    _?: "pageBlockHeader";
    /** Header */
    header?: Input.RichText | null;
  }

  /** Page block: subheader */
  export interface pageBlockSubheader {
    _?: "pageBlockSubheader";
    /** Subheader */
    subheader?: Input.RichText | null;
  }

  /** Page block: paragraph */
  export interface pageBlockParagraph {
    _?: "pageBlockParagraph";
    /** Text */
    text?: Input.RichText | null;
  }

  /** Page block: preformatted */
  export interface pageBlockPreformatted {
    _?: "pageBlockPreformatted";
    /** Text */
    text?: Input.RichText | null;
    /** Language */
    language?: string | null;
  }

  /** Page block: footer */
  export interface pageBlockFooter {
    _?: "pageBlockFooter";
    /** Footer */
    footer?: Input.RichText | null;
  }

  /** Page block: divider */
  export interface pageBlockDivider {
    _?: "pageBlockDivider";
  }

  /** Page block: anchor */
  export interface pageBlockAnchor {
    _?: "pageBlockAnchor";
    /** Name */
    name?: string | null;
  }

  /** Page block: list */
  export interface pageBlockList {
    _?: "pageBlockList";
    /** Items */
    items?: Input.RichText[] | null;
    /** True when ordered */
    is_ordered?: boolean | null;
  }

  /** Page block: block quote */
  export interface pageBlockBlockQuote {
    _?: "pageBlockBlockQuote";
    /** Text */
    text?: Input.RichText | null;
    /** Caption; empty when none */
    caption?: Input.RichText | null;
  }

  /** Page block: pull quote */
  export interface pageBlockPullQuote {
    _?: "pageBlockPullQuote";
    /** Text */
    text?: Input.RichText | null;
    /** Caption; empty when none */
    caption?: Input.RichText | null;
  }

  /** Page block: animation */
  export interface pageBlockAnimation {
    _?: "pageBlockAnimation";
    /** Animation; may be null */
    animation?: Input.animation | null;
    /** Caption; empty when none */
    caption?: Input.RichText | null;
    /** True when the autoplay is needed */
    need_autoplay?: boolean | null;
  }

  /** Page block: audio */
  export interface pageBlockAudio {
    _?: "pageBlockAudio";
    /** Audio file; may be null */
    audio?: Input.audio | null;
    /** Caption; empty when none */
    caption?: Input.RichText | null;
  }

  /** Page block: photo */
  export interface pageBlockPhoto {
    _?: "pageBlockPhoto";
    /** Photo; may be null */
    photo?: Input.photo | null;
    /** Caption; empty when none */
    caption?: Input.RichText | null;
  }

  /** Page block: video */
  export interface pageBlockVideo {
    _?: "pageBlockVideo";
    /** Video; may be null */
    video?: Input.video | null;
    /** Caption; empty when none */
    caption?: Input.RichText | null;
    /** True when the autoplay is needed */
    need_autoplay?: boolean | null;
    /** True when looped */
    is_looped?: boolean | null;
  }

  /** Page block: cover */
  export interface pageBlockCover {
    _?: "pageBlockCover";
    /** Cover */
    cover?: Input.PageBlock | null;
  }

  /** Page block: embedded */
  export interface pageBlockEmbedded {
    _?: "pageBlockEmbedded";
    /** URL */
    url?: string | null;
    /** Html */
    html?: string | null;
    /** Poster photo; may be null */
    poster_photo?: Input.photo | null;
    /** Width in pixels */
    width?: number | null;
    /** Height in pixels */
    height?: number | null;
    /** Caption; empty when none */
    caption?: Input.RichText | null;
    /** True when full width */
    is_full_width?: boolean | null;
    /** Allow scrolling */
    allow_scrolling?: boolean | null;
  }

  /** Page block: embedded post */
  export interface pageBlockEmbeddedPost {
    _?: "pageBlockEmbeddedPost";
    /** URL */
    url?: string | null;
    /** Author */
    author?: string | null;
    /** Author photo */
    author_photo?: Input.photo | null;
    /** Date, Unix time */
    date?: number | null;
    /** Page blocks */
    page_blocks?: Input.PageBlock[] | null;
    /** Caption; empty when none */
    caption?: Input.RichText | null;
  }

  /** Page block: collage */
  export interface pageBlockCollage {
    _?: "pageBlockCollage";
    /** Page blocks */
    page_blocks?: Input.PageBlock[] | null;
    /** Caption; empty when none */
    caption?: Input.RichText | null;
  }

  /** Page block: slideshow */
  export interface pageBlockSlideshow {
    _?: "pageBlockSlideshow";
    /** Page blocks */
    page_blocks?: Input.PageBlock[] | null;
    /** Caption; empty when none */
    caption?: Input.RichText | null;
  }

  /** Page block: chat link */
  export interface pageBlockChatLink {
    _?: "pageBlockChatLink";
    /** Title */
    title?: string | null;
    /** Photo; may be null */
    photo?: Input.chatPhoto | null;
    /** Username */
    username?: string | null;
  }

  /** Web page instant view */
  export interface webPageInstantView {
    _?: "webPageInstantView";
    /** Page blocks */
    page_blocks?: Input.PageBlock[] | null;
    /** True when full */
    is_full?: boolean | null;
  }

  /** Web page */
  export interface webPage {
    _?: "webPage";
    /** URL */
    url?: string | null;
    /** URL of the display */
    display_url?: string | null;
    /** Type */
    type?: string | null;
    /** Site name */
    site_name?: string | null;
    /** Title */
    title?: string | null;
    description?: string | null;
    /** Photo; may be null */
    photo?: Input.photo | null;
    /** URL of the embed */
    embed_url?: string | null;
    /** Embed type */
    embed_type?: string | null;
    /** Width of the embed */
    embed_width?: number | null;
    /** Height of the embed */
    embed_height?: number | null;
    /** Length in seconds */
    duration?: number | null;
    /** Author */
    author?: string | null;
    /** Animation; may be null */
    animation?: Input.animation | null;
    /** Audio file; may be null */
    audio?: Input.audio | null;
    /** Document; may be null */
    document?: Input.document | null;
    /** Sticker; may be null */
    sticker?: Input.sticker | null;
    /** Video; may be null */
    video?: Input.video | null;
    /** Video note; may be null */
    video_note?: Input.videoNote | null;
    /** Voice note; may be null */
    voice?: Input.voice | null;
    /** True when there is instant view */
    has_instant_view?: boolean | null;
  }

  /** Labeled price */
  export interface labeledPrice {
    _?: "labeledPrice";
    /** Label */
    label?: string | null;
    /** Amount */
    amount?: number | null;
  }

  /** Invoice */
  export interface invoice {
    _?: "invoice";
    /** Three-letter ISO 4217 currency code */
    currency?: string | null;
    /** Prices */
    prices?: Input.labeledPrice[] | null;
    /** True when test */
    is_test?: boolean | null;
    /** True when the name is needed */
    need_name?: boolean | null;
    /** True when the phone number is needed */
    need_phone_number?: boolean | null;
    /** True when the email is needed */
    need_email?: boolean | null;
    /** True when the shipping address is needed */
    need_shipping_address?: boolean | null;
    /** True when flexible */
    is_flexible?: boolean | null;
  }

  /** Shipping address */
  export interface shippingAddress {
    _?: "shippingAddress";
    /** Country code */
    country_code?: string | null;
    /** State */
    state?: string | null;
    /** City */
    city?: string | null;
    /** Street line1 */
    street_line1?: string | null;
    /** Street line2 */
    street_line2?: string | null;
    /** Post code */
    post_code?: string | null;
  }

  /** Order info */
  export interface orderInfo {
    _?: "orderInfo";
    /** Name */
    name?: string | null;
    /** Phone number */
    phone_number?: string | null;
    /** E-mail address */
    email?: string | null;
    /** Shipping address; may be null */
    shipping_address?: Input.shippingAddress | null;
  }

  /** Shipping option */
  export interface shippingOption {
    _?: "shippingOption";
    /** Identifier */
    id?: string | null;
    /** Title */
    title?: string | null;
    /** Prices */
    prices?: Input.labeledPrice[] | null;
  }

  /** Saved credentials */
  export interface savedCredentials {
    _?: "savedCredentials";
    /** Identifier */
    id?: string | null;
    /** Title */
    title?: string | null;
  }

  /** Input credentials: saved */
  export interface inputCredentialsSaved {
    _?: "inputCredentialsSaved";
    /** Identifier of the saved credentials */
    saved_credentials_id?: string | null;
  }

  /** Input credentials: new */
  export interface inputCredentialsNew {
    _?: "inputCredentialsNew";
    /** Data */
    data?: string | null;
    /** Allow save */
    allow_save?: boolean | null;
  }

  /** Payments provider stripe */
  export interface paymentsProviderStripe {
    _?: "paymentsProviderStripe";
    /** Publishable key */
    publishable_key?: string | null;
    /** True when the country is needed */
    need_country?: boolean | null;
    /** True when the zip is needed */
    need_zip?: boolean | null;
    /** True when the cardholder name is needed */
    need_cardholder_name?: boolean | null;
  }

  /** Payment form */
  export interface paymentForm {
    _?: "paymentForm";
    /** Invoice */
    invoice?: Input.invoice | null;
    /** URL */
    url?: string | null;
    /** Payments provider; may be null */
    payments_provider?: Input.paymentsProviderStripe | null;
    /** Saved order info; may be null */
    saved_order_info?: Input.orderInfo | null;
    /** Saved credentials; may be null */
    saved_credentials?: Input.savedCredentials | null;
    /** True when allowed to save credentials */
    can_save_credentials?: boolean | null;
    /** True when the password is needed */
    need_password?: boolean | null;
  }

  /** Validated order info */
  export interface validatedOrderInfo {
    _?: "validatedOrderInfo";
    /** Identifier of the order info */
    order_info_id?: string | null;
    /** Shipping options */
    shipping_options?: Input.shippingOption[] | null;
  }

  /** Payment result */
  export interface paymentResult {
    _?: "paymentResult";
    /** Success */
    success?: boolean | null;
    /** URL of the verification */
    verification_url?: string | null;
  }

  /** Payment receipt */
  export interface paymentReceipt {
    _?: "paymentReceipt";
    /** Date, Unix time */
    date?: number | null;
    /** Identifier of the payments provider user */
    payments_provider_user_id?: number | null;
    /** Invoice */
    invoice?: Input.invoice | null;
    /** Order information; may be null */
    order_info?: Input.orderInfo | null;
    /** Shipping option; may be null */
    shipping_option?: Input.shippingOption | null;
    /** Credentials title */
    credentials_title?: string | null;
  }

  /** Message animation */
  export interface messageAnimation {
    _?: "messageAnimation";
    /** Animation */
    animation?: Input.animation | null;
    /** Caption; empty when none */
    caption?: string | null;
  }

  /** Message audio */
  export interface messageAudio {
    _?: "messageAudio";
    /** Audio file */
    audio?: Input.audio | null;
    /** Caption; empty when none */
    caption?: string | null;
  }

  /** Message document */
  export interface messageDocument {
    _?: "messageDocument";
    /** Document */
    document?: Input.document | null;
    /** Caption; empty when none */
    caption?: string | null;
  }

  /** Message photo */
  export interface messagePhoto {
    _?: "messagePhoto";
    /** Photo; may be null */
    photo?: Input.photo | null;
    /** Caption; empty when none */
    caption?: string | null;
  }

  /** Message expired photo */
  export interface messageExpiredPhoto {
    _?: "messageExpiredPhoto";
  }

  /** Message sticker */
  export interface messageSticker {
    _?: "messageSticker";
    /** Sticker */
    sticker?: Input.sticker | null;
  }

  /** Message video */
  export interface messageVideo {
    _?: "messageVideo";
    /** Video */
    video?: Input.video | null;
    /** Caption; empty when none */
    caption?: string | null;
  }

  /** Message expired video */
  export interface messageExpiredVideo {
    _?: "messageExpiredVideo";
  }

  /** Message video note */
  export interface messageVideoNote {
    _?: "messageVideoNote";
    /** Video note */
    video_note?: Input.videoNote | null;
    /** True when seen */
    is_viewed?: boolean | null;
  }

  /** Message voice */
  export interface messageVoice {
    _?: "messageVoice";
    /** Voice note */
    voice?: Input.voice | null;
    /** Caption; empty when none */
    caption?: string | null;
    /** True when listened */
    is_listened?: boolean | null;
  }

  /** Message venue */
  export interface messageVenue {
    _?: "messageVenue";
    /** Venue */
    venue?: Input.venue | null;
  }

  /** Message game */
  export interface messageGame {
    _?: "messageGame";
    /** Game */
    game?: Input.game | null;
  }

  /** Message invoice */
  export interface messageInvoice {
    _?: "messageInvoice";
    /** Title */
    title?: string | null;
    description?: string | null;
    /** Photo; may be null */
    photo?: Input.photo | null;
    /** Three-letter ISO 4217 currency code */
    currency?: string | null;
    /** Total price in the smallest units of the currency */
    total_amount?: number | null;
    /** Parameter of the start link */
    start_parameter?: string | null;
    /** True when test */
    is_test?: boolean | null;
    /** True when the shipping address is needed */
    need_shipping_address?: boolean | null;
    /** Identifier of the receipt message */
    receipt_message_id?: number | null;
  }

  /** Message call */
  export interface messageCall {
    _?: "messageCall";
    /** Discard reason */
    discard_reason?: Input.CallDiscardReason | null;
    /** Length in seconds */
    duration?: number | null;
  }

  /** Message channel chat create */
  export interface messageChannelChatCreate {
    _?: "messageChannelChatCreate";
    /** Title */
    title?: string | null;
  }

  /** Message chat change photo */
  export interface messageChatChangePhoto {
    _?: "messageChatChangePhoto";
    /** Photo; may be null */
    photo?: Input.photo | null;
  }

  /** Message chat delete photo */
  export interface messageChatDeletePhoto {
    _?: "messageChatDeletePhoto";
  }

  /** Message chat join by link */
  export interface messageChatJoinByLink {
    _?: "messageChatJoinByLink";
  }

  /** Message chat migrate to */
  export interface messageChatMigrateTo {
    _?: "messageChatMigrateTo";
    /** Channel identifier */
    channel_id?: number | null;
  }

  /** Message chat migrate from */
  export interface messageChatMigrateFrom {
    _?: "messageChatMigrateFrom";
    /** Title */
    title?: string | null;
    /** Basic group identifier */
    group_id?: number | null;
  }

  /** Message pin message */
  export interface messagePinMessage {
    _?: "messagePinMessage";
    /** Message identifier */
    message_id?: number | null;
  }

  /** Message screenshot taken */
  export interface messageScreenshotTaken {
    _?: "messageScreenshotTaken";
  }

  /** Message chat set ttl */
  export interface messageChatSetTtl {
    _?: "messageChatSetTtl";
    /** Self-destruct time in seconds; 0 for none */
    ttl?: number | null;
  }

  /** Message game score */
  export interface messageGameScore {
    _?: "messageGameScore";
    /** Identifier of the game message */
    game_message_id?: number | null;
    /** Identifier of the game */
    game_id?: string | number | null;
    /** Score */
    score?: number | null;
  }

  /** Message payment successful */
  export interface messagePaymentSuccessful {
    _?: "messagePaymentSuccessful";
    /** Three-letter ISO 4217 currency code */
    currency?: string | null;
    /** Total price in the smallest units of the currency */
    total_amount?: number | null;
  }

  /** Message payment successful bot */
  export interface messagePaymentSuccessfulBot {
    _?: "messagePaymentSuccessfulBot";
    /** Three-letter ISO 4217 currency code */
    currency?: string | null;
    /** Total price in the smallest units of the currency */
    total_amount?: number | null;
    /** Payload of the invoice */
    invoice_payload?: string | null;
    /** Identifier of the chosen shipping option */
    shipping_option_id?: string | null;
    /** Order information; may be null */
    order_info?: Input.orderInfo | null;
    /** Identifier of the telegram payment charge */
    telegram_payment_charge_id?: string | null;
    /** Identifier of the provider payment charge */
    provider_payment_charge_id?: string | null;
  }

  /** Input thumb */
  export interface inputThumb {
    _?: "inputThumb";
    /** Thumbnail; may be null */
    thumb?: Input.InputFile | null;
    /** Width in pixels */
    width?: number | null;
    /** Height in pixels */
    height?: number | null;
  }

  /** Input message animation */
  export interface inputMessageAnimation {
    _?: "inputMessageAnimation";
    /** Animation */
    animation?: Input.InputFile | null;
    /** Thumbnail; may be null */
    thumb?: Input.inputThumb | null;
    /** Length in seconds */
    duration?: number | null;
    /** Width in pixels */
    width?: number | null;
    /** Height in pixels */
    height?: number | null;
    /** Caption; empty when none */
    caption?: string | null;
  }

  /** Input message audio */
  export interface inputMessageAudio {
    _?: "inputMessageAudio";
    /** Audio file */
    audio?: Input.InputFile | null;
    /** Album cover thumb */
    album_cover_thumb?: Input.inputThumb | null;
    /** Length in seconds */
    duration?: number | null;
    /** Title */
    title?: string | null;
    /** Performer */
    performer?: string | null;
    /** Caption; empty when none */
    caption?: string | null;
  }

  /** Input message document */
  export interface inputMessageDocument {
    _?: "inputMessageDocument";
    /** Document */
    document?: Input.InputFile | null;
    /** Thumbnail; may be null */
    thumb?: Input.inputThumb | null;
    /** Caption; empty when none */
    caption?: string | null;
  }

  /** Input message photo */
  export interface inputMessagePhoto {
    _?: "inputMessagePhoto";
    /** Photo; may be null */
    photo?: Input.InputFile | null;
    /** Thumbnail; may be null */
    thumb?: Input.inputThumb | null;
    /** Identifiers of the added sticker files */
    added_sticker_file_ids?: number[] | null;
    /** Width in pixels */
    width?: number | null;
    /** Height in pixels */
    height?: number | null;
    /** Caption; empty when none */
    caption?: string | null;
    /** Self-destruct time in seconds; 0 for none */
    ttl?: number | null;
  }

  /** Input message sticker */
  export interface inputMessageSticker {
    _?: "inputMessageSticker";
    /** Sticker */
    sticker?: Input.InputFile | null;
    /** Thumbnail; may be null */
    thumb?: Input.inputThumb | null;
    /** Width in pixels */
    width?: number | null;
    /** Height in pixels */
    height?: number | null;
  }

  /** Input message video */
  export interface inputMessageVideo {
    _?: "inputMessageVideo";
    /** Video */
    video?: Input.InputFile | null;
    /** Thumbnail; may be null */
    thumb?: Input.inputThumb | null;
    /** Identifiers of the added sticker files */
    added_sticker_file_ids?: number[] | null;
    /** Length in seconds */
    duration?: number | null;
    /** Width in pixels */
    width?: number | null;
    /** Height in pixels */
    height?: number | null;
    /** Caption; empty when none */
    caption?: string | null;
    /** Self-destruct time in seconds; 0 for none */
    ttl?: number | null;
  }

  /** Input message video note */
  export interface inputMessageVideoNote {
    _?: "inputMessageVideoNote";
    /** Video note */
    video_note?: Input.InputFile | null;
    /** Thumbnail; may be null */
    thumb?: Input.inputThumb | null;
    /** Length in seconds */
    duration?: number | null;
    /** Length */
    length?: number | null;
  }

  /** Input message voice */
  export interface inputMessageVoice {
    _?: "inputMessageVoice";
    /** Voice note */
    voice?: Input.InputFile | null;
    /** Length in seconds */
    duration?: number | null;
    /** Waveform */
    waveform?: string | null;
    /** Caption; empty when none */
    caption?: string | null;
  }

  /** Input message venue */
  export interface inputMessageVenue {
    _?: "inputMessageVenue";
    /** Venue */
    venue?: Input.venue | null;
  }

  /** Input message game */
  export interface inputMessageGame {
    _?: "inputMessageGame";
    /** Identifier of the bot */
    bot_user_id?: number | null;
    /** Short name of the game */
    game_short_name?: string | null;
  }

  /** Input message invoice */
  export interface inputMessageInvoice {
    _?: "inputMessageInvoice";
    /** Invoice */
    invoice?: Input.invoice | null;
    /** Title */
    title?: string | null;
    description?: string | null;
    /** URL of the photo; may be null */
    photo_url?: string | null;
    /** Photo size in bytes */
    photo_size?: number | null;
    /** Width of the photo */
    photo_width?: number | null;
    /** Height of the photo */
    photo_height?: number | null;
    /** Payload */
    payload?: string | null;
    /** Provider token */
    provider_token?: string | null;
    /** Parameter of the start link */
    start_parameter?: string | null;
  }

  /** Search messages filter: animation */
  export interface searchMessagesFilterAnimation {
    _?: "searchMessagesFilterAnimation";
  }

  /** Search messages filter: audio */
  export interface searchMessagesFilterAudio {
    _?: "searchMessagesFilterAudio";
  }

  /** Search messages filter: document */
  export interface searchMessagesFilterDocument {
    _?: "searchMessagesFilterDocument";
  }

  /** Search messages filter: photo */
  export interface searchMessagesFilterPhoto {
    _?: "searchMessagesFilterPhoto";
  }

  /** Search messages filter: video */
  export interface searchMessagesFilterVideo {
    _?: "searchMessagesFilterVideo";
  }

  /** Search messages filter: voice */
  export interface searchMessagesFilterVoice {
    _?: "searchMessagesFilterVoice";
  }

  /** Search messages filter: photo and video */
  export interface searchMessagesFilterPhotoAndVideo {
    _?: "searchMessagesFilterPhotoAndVideo";
  }

  /** Search messages filter: url */
  export interface searchMessagesFilterUrl {
    _?: "searchMessagesFilterUrl";
  }

  /** Search messages filter: chat photo */
  export interface searchMessagesFilterChatPhoto {
    _?: "searchMessagesFilterChatPhoto";
  }

  /** Search messages filter: call */
  export interface searchMessagesFilterCall {
    _?: "searchMessagesFilterCall";
  }

  /** Search messages filter: missed call */
  export interface searchMessagesFilterMissedCall {
    _?: "searchMessagesFilterMissedCall";
  }

  /** Search messages filter: video note */
  export interface searchMessagesFilterVideoNote {
    _?: "searchMessagesFilterVideoNote";
  }

  /** Search messages filter: voice and video note */
  export interface searchMessagesFilterVoiceAndVideoNote {
    _?: "searchMessagesFilterVoiceAndVideoNote";
  }

  /** Search messages filter: mention */
  export interface searchMessagesFilterMention {
    _?: "searchMessagesFilterMention";
  }

  /** Search messages filter: unread mention */
  export interface searchMessagesFilterUnreadMention {
    _?: "searchMessagesFilterUnreadMention";
  }

  /** Chat action: recording video */
  export interface chatActionRecordingVideo {
    _?: "chatActionRecordingVideo";
  }

  /** Chat action: uploading video */
  export interface chatActionUploadingVideo {
    _?: "chatActionUploadingVideo";
    /** Progress */
    progress?: number | null;
  }

  /** Chat action: recording voice */
  export interface chatActionRecordingVoice {
    _?: "chatActionRecordingVoice";
  }

  /** Chat action: uploading voice */
  export interface chatActionUploadingVoice {
    _?: "chatActionUploadingVoice";
    /** Progress */
    progress?: number | null;
  }

  /** Chat action: uploading photo */
  export interface chatActionUploadingPhoto {
    _?: "chatActionUploadingPhoto";
    /** Progress */
    progress?: number | null;
  }

  /** Chat action: uploading document */
  export interface chatActionUploadingDocument {
    _?: "chatActionUploadingDocument";
    /** Progress */
    progress?: number | null;
  }

  /** Chat action: start playing game */
  export interface chatActionStartPlayingGame {
    _?: "chatActionStartPlayingGame";
  }

  /** Chat action: recording video note */
  export interface chatActionRecordingVideoNote {
    _?: "chatActionRecordingVideoNote";
  }

  /** Chat action: uploading video note */
  export interface chatActionUploadingVideoNote {
    _?: "chatActionUploadingVideoNote";
    /** Progress */
    progress?: number | null;
  }

  /** Stickers */
  export interface stickers {
    _?: "stickers";
    /** Stickers */
    stickers?: Input.sticker[] | null;
  }

  /** Sticker emojis */
  export interface stickerEmojis {
    _?: "stickerEmojis";
    /** Emojis */
    emojis?: string[] | null;
  }

  /** Sticker set */
  export interface stickerSet {
    _?: "stickerSet";
    /** Identifier */
    id?: string | number | null;
    /** Title */
    title?: string | null;
    /** Name */
    name?: string | null;
    /** True when installed */
    is_installed?: boolean | null;
    /** True when archived */
    is_archived?: boolean | null;
    /** True when official */
    is_official?: boolean | null;
    /** True for mask sets rather than sticker sets */
    is_masks?: boolean | null;
    /** True when seen */
    is_viewed?: boolean | null;
    /** Stickers */
    stickers?: Input.sticker[] | null;
    /** Emojis */
    emojis?: Input.stickerEmojis[] | null;
  }

  /** Sticker set info */
  export interface stickerSetInfo {
    _?: "stickerSetInfo";
    /** Identifier */
    id?: string | number | null;
    /** Title */
    title?: string | null;
    /** Name */
    name?: string | null;
    /** True when installed */
    is_installed?: boolean | null;
    /** True when archived */
    is_archived?: boolean | null;
    /** True when official */
    is_official?: boolean | null;
    /** True for mask sets rather than sticker sets */
    is_masks?: boolean | null;
    /** True when seen */
    is_viewed?: boolean | null;
    /** Size in bytes; 0 when unknown */
    size?: number | null;
    /** Covers */
    covers?: Input.sticker[] | null;
  }

  /** Sticker sets */
  export interface stickerSets {
    _?: "stickerSets";
    /** Total number of results */
    total_count?: number | null;
    /** Sets */
    sets?: Input.stickerSetInfo[] | null;
  }

  /** Call discard reason: empty */
  export interface callDiscardReasonEmpty {
    _?: "callDiscardReasonEmpty";
  }

  /** Call discard reason: missed */
  export interface callDiscardReasonMissed {
    _?: "callDiscardReasonMissed";
  }

  /** Call discard reason: declined */
  export interface callDiscardReasonDeclined {
    _?: "callDiscardReasonDeclined";
  }

  /** Call discard reason: disconnected */
  export interface callDiscardReasonDisconnected {
    _?: "callDiscardReasonDisconnected";
  }

  /** Call discard reason: hung up */
  export interface callDiscardReasonHungUp {
    _?: "callDiscardReasonHungUp";
  }

  /** Call protocol */
  export interface callProtocol {
    _?: "callProtocol";
    /** Udp p2p */
    udp_p2p?: boolean | null;
    /** Udp reflector */
    udp_reflector?: boolean | null;
    /** Min layer */
    min_layer?: number | null;
    /** Max layer */
    max_layer?: number | null;
  }

  /** Call connection */
  export interface callConnection {
    _?: "callConnection";
    /** Identifier */
    id?: string | number | null;
    /** Ip */
    ip?: string | null;
    /** Ipv6 */
    ipv6?: string | null;
    /** Port */
    port?: number | null;
    /** Peer tag */
    peer_tag?: string | null;
  }

  /** Call id */
  export interface callId {
    _?: "callId";
    /** Identifier */
    id?: number | null;
  }

  /** Call state: pending */
  export interface callStatePending {
    _?: "callStatePending";
    /** True when created */
    is_created?: boolean | null;
    /** True when received */
    is_received?: boolean | null;
  }

  /** Call state: exchanging keys */
  export interface callStateExchangingKeys {
    _?: "callStateExchangingKeys";
  }

  /** Call state: ready */
  export interface callStateReady {
    _?: "callStateReady";
    /** Call protocols supported */
    protocol?: Input.callProtocol | null;
    /** Connections */
    connections?: Input.callConnection[] | null;
    /** Config */
    config?: string | null;
    /** Encryption key */
    encryption_key?: string | null;
    /** Emojis */
    emojis?: string[] | null;
  }

  /** Call state: hanging up */
  export interface callStateHangingUp {
    _?: "callStateHangingUp";
  }

  /** Call state: discarded */
  export interface callStateDiscarded {
    _?: "callStateDiscarded";
    /** Reason */
    reason?: Input.CallDiscardReason | null;
    /** True when the rating is needed */
    need_rating?: boolean | null;
    /** True when the debug is needed */
    need_debug?: boolean | null;
  }

  /** Call state: error */
  export interface callStateError {
    _?: "callStateError";
    /** Error */
    error?: Input.error | null;
  }

  /** Call */
  export interface call {
    _?: "call";
    /** Identifier */
    id?: number | null;
    /** User identifier */
    user_id?: number | null;
    /** True when outgoing */
    is_outgoing?: boolean | null;
    /** State */
    state?: Input.CallState | null;
  }

  /** Animations */
  export interface animations {
    _?: "animations";
    /** Animations */
    animations?: Input.animation[] | null;
  }

  /** Input inline query result: animated gif */
  export interface inputInlineQueryResultAnimatedGif {
    _?: "inputInlineQueryResultAnimatedGif";
    /** Identifier */
    id?: string | null;
    /** Title */
    title?: string | null;
    /** URL of the thumbnail */
    thumb_url?: string | null;
    /** URL of the gif */
    gif_url?: string | null;
    /** Length of the gif in seconds */
    gif_duration?: number | null;
    /** Width of the gif */
    gif_width?: number | null;
    /** Height of the gif */
    gif_height?: number | null;
    /** Keyboard attached to the message; may be null */
    reply_markup?: Input.ReplyMarkup | null;
    /** Content of the message */
    input_message_content?: Input.InputMessageContent | null;
  }

  /** Input inline query result: animated mpeg4 */
  export interface inputInlineQueryResultAnimatedMpeg4 {
    _?: "inputInlineQueryResultAnimatedMpeg4";
    /** Identifier */
    id?: string | null;
    /** Title */
    title?: string | null;
    /** URL of the thumbnail */
    thumb_url?: string | null;
    /** URL of the mpeg4 */
    mpeg4_url?: string | null;
    /** Length of the mpeg4 in seconds */
    mpeg4_duration?: number | null;
    /** Width of the mpeg4 */
    mpeg4_width?: number | null;
    /** Height of the mpeg4 */
    mpeg4_height?: number | null;
    /** Keyboard attached to the message; may be null */
    reply_markup?: Input.ReplyMarkup | null;
    /** Content of the message */
    input_message_content?: Input.InputMessageContent | null;
  }

  /** Input inline query result: article */
  export interface inputInlineQueryResultArticle {
    _?: "inputInlineQueryResultArticle";
    /** Identifier */
    id?: string | null;
    /** URL */
    url?: string | null;
    /** URL of the hide */
    hide_url?: boolean | null;
    /** Title */
    title?: string | null;
    description?: string | null;
    /** URL of the thumbnail */
    thumb_url?: string | null;
    /** Width of the thumb */
    thumb_width?: number | null;
    /** Height of the thumb */
    thumb_height?: number | null;
    /** Keyboard attached to the message; may be null */
    reply_markup?: Input.ReplyMarkup | null;
    /** Content of the message */
    input_message_content?: Input.InputMessageContent | null;
  }

  /** Input inline query result: audio */
  export interface inputInlineQueryResultAudio {
    _?: "inputInlineQueryResultAudio";
    /** Identifier */
    id?: string | null;
    /** Title */
    title?: string | null;
    /** Performer */
    performer?: string | null;
    /** URL of the audio */
    audio_url?: string | null;
    /** Length of the audio in seconds */
    audio_duration?: number | null;
    /** Keyboard attached to the message; may be null */
    reply_markup?: Input.ReplyMarkup | null;
    /** Content of the message */
    input_message_content?: Input.InputMessageContent | null;
  }

  /** Input inline query result: contact */
  export interface inputInlineQueryResultContact {
    _?: "inputInlineQueryResultContact";
    /** Identifier */
    id?: string | null;
    /** Contact */
    contact?: Input.contact | null;
    /** URL of the thumbnail */
    thumb_url?: string | null;
    /** Width of the thumb */
    thumb_width?: number | null;
    /** Height of the thumb */
    thumb_height?: number | null;
    /** Keyboard attached to the message; may be null */
    reply_markup?: Input.ReplyMarkup | null;
    /** Content of the message */
    input_message_content?: Input.InputMessageContent | null;
  }

  /** Input inline query result: document */
  export interface inputInlineQueryResultDocument {
    _?: "inputInlineQueryResultDocument";
    /** Identifier */
    id?: string | null;
    /** Title */
    title?: string | null;
    description?: string | null;
    /** URL of the document */
    document_url?: string | null;
    /** MIME type */
    mime_type?: string | null;
    /** URL of the thumbnail */
    thumb_url?: string | null;
    /** Width of the thumb */
    thumb_width?: number | null;
    /** Height of the thumb */
    thumb_height?: number | null;
    /** Keyboard attached to the message; may be null */
    reply_markup?: Input.ReplyMarkup | null;
    /** Content of the message */
    input_message_content?: Input.InputMessageContent | null;
  }

  /** Input inline query result: game */
  export interface inputInlineQueryResultGame {
    _?: "inputInlineQueryResultGame";
    /** Identifier */
    id?: string | null;
    /** Short name of the game */
    game_short_name?: string | null;
    /** Keyboard attached to the message; may be null */
    reply_markup?: Input.ReplyMarkup | null;
  }

  /** Input inline query result: location */
  export interface inputInlineQueryResultLocation {
    _?: "inputInlineQueryResultLocation";
    /** Identifier */
    id?: string | null;
    /** Location */
    location?: Input.location | null;
    /** Title */
    title?: string | null;
    /** URL of the thumbnail */
    thumb_url?: string | null;
    /** Width of the thumb */
    thumb_width?: number | null;
    /** Height of the thumb */
    thumb_height?: number | null;
    /** Keyboard attached to the message; may be null */
    reply_markup?: Input.ReplyMarkup | null;
    /** Content of the message */
    input_message_content?: Input.InputMessageContent | null;
  }

  /** Input inline query result: photo */
  export interface inputInlineQueryResultPhoto {
    _?: "inputInlineQueryResultPhoto";
    /** Identifier */
    id?: string | null;
    /** Title */
    title?: string | null;
    description?: string | null;
    /** URL of the thumbnail */
    thumb_url?: string | null;
    /** URL of the photo */
    photo_url?: string | null;
    /** Width of the photo */
    photo_width?: number | null;
    /** Height of the photo */
    photo_height?: number | null;
    /** Keyboard attached to the message; may be null */
    reply_markup?: Input.ReplyMarkup | null;
    /** Content of the message */
    input_message_content?: Input.InputMessageContent | null;
  }

  /** Input inline query result: sticker */
  export interface inputInlineQueryResultSticker {
    _?: "inputInlineQueryResultSticker";
    /** Identifier */
    id?: string | null;
    /** URL of the thumbnail */
    thumb_url?: string | null;
    /** URL of the sticker */
    sticker_url?: string | null;
    /** Width of the sticker */
    sticker_width?: number | null;
    /** Height of the sticker */
    sticker_height?: number | null;
    /** Keyboard attached to the message; may be null */
    reply_markup?: Input.ReplyMarkup | null;
    /** Content of the message */
    input_message_content?: Input.InputMessageContent | null;
  }

  /** Input inline query result: venue */
  export interface inputInlineQueryResultVenue {
    _?: "inputInlineQueryResultVenue";
    /** Identifier */
    id?: string | null;
    /** Venue */
    venue?: Input.venue | null;
    /** URL of the thumbnail */
    thumb_url?: string | null;
    /** Width of the thumb */
    thumb_width?: number | null;
    /** Height of the thumb */
    thumb_height?: number | null;
    /** Keyboard attached to the message; may be null */
    reply_markup?: Input.ReplyMarkup | null;
    /** Content of the message */
    input_message_content?: Input.InputMessageContent | null;
  }

  /** Input inline query result: video */
  export interface inputInlineQueryResultVideo {
    _?: "inputInlineQueryResultVideo";
    /** Identifier */
    id?: string | null;
    /** Title */
    title?: string | null;
    description?: string | null;
    /** URL of the thumbnail */
    thumb_url?: string | null;
    /** URL of the video */
    video_url?: string | null;
    /** MIME type */
    mime_type?: string | null;
    /** Width of the video */
    video_width?: number | null;
    /** Height of the video */
    video_height?: number | null;
    /** Length of the video in seconds */
    video_duration?: number | null;
    /** Keyboard attached to the message; may be null */
    reply_markup?: Input.ReplyMarkup | null;
    /** Content of the message */
    input_message_content?: Input.InputMessageContent | null;
  }

  /** Input inline query result: voice */
  export interface inputInlineQueryResultVoice {
    _?: "inputInlineQueryResultVoice";
    /** Identifier */
    id?: string | null;
    /** Title */
    title?: string | null;
    /** URL of the voice */
    voice_url?: string | null;
    /** Length of the voice in seconds */
    voice_duration?: number | null;
    /** Keyboard attached to the message; may be null */
    reply_markup?: Input.ReplyMarkup | null;
    /** Content of the message */
    input_message_content?: Input.InputMessageContent | null;
  }

  /** Inline query result: article */
  export interface inlineQueryResultArticle {
    _?: "inlineQueryResultArticle";
    /** Identifier */
    id?: string | null;
    /** URL */
    url?: string | null;
    /** URL of the hide */
    hide_url?: boolean | null;
    /** Title */
    title?: string | null;
    description?: string | null;
    /** Thumbnail; may be null */
    thumb?: Input.photoSize | null;
  }

  /** Inline query result: contact */
  export interface inlineQueryResultContact {
    _?: "inlineQueryResultContact";
    /** Identifier */
    id?: string | null;
    /** Contact */
    contact?: Input.contact | null;
    /** Thumbnail; may be null */
    thumb?: Input.photoSize | null;
  }

  /** Inline query result: location */
  export interface inlineQueryResultLocation {
    _?: "inlineQueryResultLocation";
    /** Identifier */
    id?: string | null;
    /** Location */
    location?: Input.location | null;
    /** Title */
    title?: string | null;
    /** Thumbnail; may be null */
    thumb?: Input.photoSize | null;
  }

  /** Inline query result: venue */
  export interface inlineQueryResultVenue {
    _?: "inlineQueryResultVenue";
    /** Identifier */
    id?: string | null;
    /** Venue */
    venue?: Input.venue | null;
    /** Thumbnail; may be null */
    thumb?: Input.photoSize | null;
  }

  /** Inline query result: game */
  export interface inlineQueryResultGame {
    _?: "inlineQueryResultGame";
    /** Identifier */
    id?: string | null;
    /** Game */
    game?: Input.game | null;
  }

  /** Inline query result: animation */
  export interface inlineQueryResultAnimation {
    _?: "inlineQueryResultAnimation";
    /** Identifier */
    id?: string | null;
    /** Animation */
    animation?: Input.animation | null;
    /** Title */
    title?: string | null;
  }

  /** Inline query result: audio */
  export interface inlineQueryResultAudio {
    _?: "inlineQueryResultAudio";
    /** Identifier */
    id?: string | null;
    /** Audio file */
    audio?: Input.audio | null;
  }

  /** Inline query result: document */
  export interface inlineQueryResultDocument {
    _?: "inlineQueryResultDocument";
    /** Identifier */
    id?: string | null;
    /** Document */
    document?: Input.document | null;
    /** Title */
    title?: string | null;
    description?: string | null;
  }

  /** Inline query result: photo */
  export interface inlineQueryResultPhoto {
    _?: "inlineQueryResultPhoto";
    /** Identifier */
    id?: string | null;
    /** Photo; may be null */
    photo?: Input.photo | null;
    /** Title */
    title?: string | null;
    description?: string | null;
  }

  /** Inline query result: sticker */
  export interface inlineQueryResultSticker {
    _?: "inlineQueryResultSticker";
    /** Identifier */
    id?: string | null;
    /** Sticker */
    sticker?: Input.sticker | null;
  }

  /** Inline query result: video */
  export interface inlineQueryResultVideo {
    _?: "inlineQueryResultVideo";
    /** Identifier */
    id?: string | null;
    /** Video */
    video?: Input.video | null;
    /** Title */
    title?: string | null;
    description?: string | null;
  }

  /** Inline query result: voice */
  export interface inlineQueryResultVoice {
    _?: "inlineQueryResultVoice";
    /** Identifier */
    id?: string | null;
    /** Voice note */
    voice?: Input.voice | null;
    /** Title */
    title?: string | null;
  }

  /** Inline query results */
  export interface inlineQueryResults {
    _?: "inlineQueryResults";
    /** Identifier of the inline query */
    inline_query_id?: string | number | null;
    /** Offset for the next page; empty when there is none */
    next_offset?: string | null;
    /** Results */
    results?: Input.InlineQueryResult[] | null;
    /** Switch pm text */
    switch_pm_text?: string | null;
    /** Switch pm parameter */
    switch_pm_parameter?: string | null;
  }

  /** Callback query payload: data */
  export interface callbackQueryPayloadData {
    _?: "callbackQueryPayloadData";
    /** Data */
    data?: string | null;
  }

  /** Callback query payload: game */
  export interface callbackQueryPayloadGame {
    _?: "callbackQueryPayloadGame";
    /** Short name of the game */
    game_short_name?: string | null;
  }

  /** Callback query answer */
  export interface callbackQueryAnswer {
    _?: "callbackQueryAnswer";
    /** Text */
    text?: string | null;
    /** True to show an alert rather than a notification */
    show_alert?: boolean | null;
    /** URL */
    url?: string | null;
  }

  /** Custom request result */
  export interface customRequestResult {
    _?: "customRequestResult";
    /** Result */
    result?: string | null;
  }

  /** Game high score */
  export interface gameHighScore {
    _?: "gameHighScore";
    /** New position, from 0 */
    position?: number | null;
    /** User identifier */
    user_id?: number | null;
    /** Score */
    score?: number | null;
  }

  /** Game high scores */
  export interface gameHighScores {
    _?: "gameHighScores";
    /** Scores */
    scores?: Input.gameHighScore[] | null;
  }

  /** Chat event message edited */
  export interface chatEventMessageEdited {
    _?: "chatEventMessageEdited";
    /** Old message */
    old_message?: Input.message | null;
    /** New message */
    new_message?: Input.message | null;
  }

  /** Chat event message deleted */
  export interface chatEventMessageDeleted {
    _?: "chatEventMessageDeleted";
    /** Message */
    message?: Input.message | null;
  }

  /** Chat event message pinned */
  export interface chatEventMessagePinned {
    _?: "chatEventMessagePinned";
    /** Message */
    message?: Input.message | null;
  }

  /** Chat event message unpinned */
  export interface chatEventMessageUnpinned {
    _?: "chatEventMessageUnpinned";
  }

  /** Chat event member joined */
  export interface chatEventMemberJoined {
    _?: "chatEventMemberJoined";
  }

  /** Chat event member left */
  export interface chatEventMemberLeft {
    _?: "chatEventMemberLeft";
  }

  /** Chat event member invited */
  export interface chatEventMemberInvited {
    _?: "chatEventMemberInvited";
    /** User identifier */
    user_id?: number | null;
    /** Status */
    status?: Input.ChatMemberStatus | null;
  }

  /** Chat event member promoted */
  export interface chatEventMemberPromoted {
    _?: "chatEventMemberPromoted";
    /** User identifier */
    user_id?: number | null;
    /** Status before */
    old_status?: Input.ChatMemberStatus | null;
    /** Status after */
    new_status?: Input.ChatMemberStatus | null;
  }

  /** Chat event member restricted */
  export interface chatEventMemberRestricted {
    _?: "chatEventMemberRestricted";
    /** User identifier */
    user_id?: number | null;
    /** Status before */
    old_status?: Input.ChatMemberStatus | null;
    /** Status after */
    new_status?: Input.ChatMemberStatus | null;
  }

  /** Chat event title changed */
  export interface chatEventTitleChanged {
    _?: "chatEventTitleChanged";
    /** Old title */
    old_title?: string | null;
    /** New title */
    new_title?: string | null;
  }

  /** Chat event description changed */
  export interface chatEventDescriptionChanged {
    _?: "chatEventDescriptionChanged";
    /** Old description */
    old_description?: string | null;
    /** New description */
    new_description?: string | null;
  }

  /** Chat event username changed */
  export interface chatEventUsernameChanged {
    _?: "chatEventUsernameChanged";
    /** Old username */
    old_username?: string | null;
    /** New username */
    new_username?: string | null;
  }

  /** Chat event photo changed */
  export interface chatEventPhotoChanged {
    _?: "chatEventPhotoChanged";
    /** Old photo; may be null */
    old_photo?: Input.chatPhoto | null;
    /** New photo; may be null */
    new_photo?: Input.chatPhoto | null;
  }

  /** Chat event invites toggled */
  export interface chatEventInvitesToggled {
    _?: "chatEventInvitesToggled";
    /** True when any member may add users */
    anyone_can_invite?: boolean | null;
  }

  /** Chat event sign messages toggled */
  export interface chatEventSignMessagesToggled {
    _?: "chatEventSignMessagesToggled";
    /** True when posts carry their author */
    sign_messages?: boolean | null;
  }

  /** Chat event sticker set changed */
  export interface chatEventStickerSetChanged {
    _?: "chatEventStickerSetChanged";
    /** Identifier of the old sticker set */
    old_sticker_set_id?: string | number | null;
    /** Identifier of the new sticker set */
    new_sticker_set_id?: string | number | null;
  }

  /** Chat event */
  export interface chatEvent {
    _?: "chatEvent";
    /** Identifier */
    id?: string | number | null;
    /** Date, Unix time */
    date?: number | null;
    /** User identifier */
    user_id?: number | null;
    /** Action */
    action?: Input.ChatEventAction | null;
  }

  /** Chat events */
  export interface chatEvents {
    _?: "chatEvents";
    /** Events */
    events?: Input.chatEvent[] | null;
  }

  /** Chat event log filters */
  export interface chatEventLogFilters {
    _?: "chatEventLogFilters";
    /** Message edits */
    message_edits?: boolean | null;
    /** Message deletions */
    message_deletions?: boolean | null;
    /** Message pins */
    message_pins?: boolean | null;
    /** Member joins */
    member_joins?: boolean | null;
    /** Member leaves */
    member_leaves?: boolean | null;
    /** Member invites */
    member_invites?: boolean | null;
    /** Member promotions */
    member_promotions?: boolean | null;
    /** Member restrictions */
    member_restrictions?: boolean | null;
    /** Info changes */
    info_changes?: boolean | null;
    /** Setting changes */
    setting_changes?: boolean | null;
  }

  /** Device token: apns */
  export interface deviceTokenApns {
    _?: "deviceTokenApns";
    /** Token */
    token?: string | null;
  }

  /** Device token: gcm */
  export interface deviceTokenGcm {
    _?: "deviceTokenGcm";
    /** Token */
    token?: string | null;
  }

  /** Device token: mpns */
  export interface deviceTokenMpns {
    _?: "deviceTokenMpns";
    /** Token */
    token?: string | null;
  }

  /** Device token: simple push */
  export interface deviceTokenSimplePush {
    _?: "deviceTokenSimplePush";
    /** Token */
    token?: string | null;
  }

  /** Device token: ubuntu phone */
  export interface deviceTokenUbuntuPhone {
    _?: "deviceTokenUbuntuPhone";
    /** Token */
    token?: string | null;
  }

  /** Device token: blackberry */
  export interface deviceTokenBlackberry {
    _?: "deviceTokenBlackberry";
    /** Token */
    token?: string | null;
  }

  /** Wallpaper */
  export interface wallpaper {
    _?: "wallpaper";
    /** Identifier */
    id?: number | null;
    /** Sizes */
    sizes?: Input.photoSize[] | null;
    /** Color */
    color?: number | null;
  }

  /** Wallpapers */
  export interface wallpapers {
    _?: "wallpapers";
    /** Wallpapers */
    wallpapers?: Input.wallpaper[] | null;
  }

  /** Hashtags */
  export interface hashtags {
    _?: "hashtags";
    /** Hashtags */
    hashtags?: string[] | null;
  }

  /** Privacy rule: allow all */
  export interface privacyRuleAllowAll {
    _?: "privacyRuleAllowAll";
  }

  /** Privacy rule: allow contacts */
  export interface privacyRuleAllowContacts {
    _?: "privacyRuleAllowContacts";
  }

  /** Privacy rule: allow users */
  export interface privacyRuleAllowUsers {
    _?: "privacyRuleAllowUsers";
    /** User identifiers */
    user_ids?: number[] | null;
  }

  /** Privacy rule: disallow all */
  export interface privacyRuleDisallowAll {
    _?: "privacyRuleDisallowAll";
  }

  /** Privacy rule: disallow contacts */
  export interface privacyRuleDisallowContacts {
    _?: "privacyRuleDisallowContacts";
  }

  /** Privacy rule: disallow users */
  export interface privacyRuleDisallowUsers {
    _?: "privacyRuleDisallowUsers";
    /** User identifiers */
    user_ids?: number[] | null;
  }

  /** Privacy rules */
  export interface privacyRules {
    _?: "privacyRules";
    /** Rules */
    rules?: Input.PrivacyRule[] | null;
  }

  /** Privacy key: user status */
  export interface privacyKeyUserStatus {
    _?: "privacyKeyUserStatus";
  }

  /** Privacy key: chat invite */
  export interface privacyKeyChatInvite {
    _?: "privacyKeyChatInvite";
  }

  /** Privacy key: call */
  export interface privacyKeyCall {
    _?: "privacyKeyCall";
  }

  /** Privacy key: who finds the account by its phone number (importContacts). Not in the 2017 legacy API; a later TD API has the same setting */
  export interface privacyKeyAllowFindingByPhoneNumber {
    _?: "privacyKeyAllowFindingByPhoneNumber";
  }

  /** Account ttl */
  export interface accountTtl {
    _?: "accountTtl";
    /** Days */
    days?: number | null;
  }

  /** Chat report spam state */
  export interface chatReportSpamState {
    _?: "chatReportSpamState";
    /** True when allowed to report spam */
    can_report_spam?: boolean | null;
  }

  /** Chat report reason: spam */
  export interface chatReportReasonSpam {
    _?: "chatReportReasonSpam";
  }

  /** Chat report reason: violence */
  export interface chatReportReasonViolence {
    _?: "chatReportReasonViolence";
  }

  /** Chat report reason: pornography */
  export interface chatReportReasonPornography {
    _?: "chatReportReasonPornography";
  }

  /** Chat report reason: other */
  export interface chatReportReasonOther {
    _?: "chatReportReasonOther";
    /** Text */
    text?: string | null;
  }

  /** Public message link */
  export interface publicMessageLink {
    _?: "publicMessageLink";
    /** URL */
    url?: string | null;
  }

  /** File type: none */
  export interface fileTypeNone {
    _?: "fileTypeNone";
  }

  /** File type: animation */
  export interface fileTypeAnimation {
    _?: "fileTypeAnimation";
  }

  /** File type: audio */
  export interface fileTypeAudio {
    _?: "fileTypeAudio";
  }

  /** File type: document */
  export interface fileTypeDocument {
    _?: "fileTypeDocument";
  }

  /** File type: photo */
  export interface fileTypePhoto {
    _?: "fileTypePhoto";
  }

  /** File type: profile photo */
  export interface fileTypeProfilePhoto {
    _?: "fileTypeProfilePhoto";
  }

  /** File type: secret */
  export interface fileTypeSecret {
    _?: "fileTypeSecret";
  }

  /** File type: sticker */
  export interface fileTypeSticker {
    _?: "fileTypeSticker";
  }

  /** File type: thumb */
  export interface fileTypeThumb {
    _?: "fileTypeThumb";
  }

  /** File type: unknown */
  export interface fileTypeUnknown {
    _?: "fileTypeUnknown";
  }

  /** File type: video */
  export interface fileTypeVideo {
    _?: "fileTypeVideo";
  }

  /** File type: video note */
  export interface fileTypeVideoNote {
    _?: "fileTypeVideoNote";
  }

  /** File type: voice */
  export interface fileTypeVoice {
    _?: "fileTypeVoice";
  }

  /** File type: wallpaper */
  export interface fileTypeWallpaper {
    _?: "fileTypeWallpaper";
  }

  /** File type: secret thumb */
  export interface fileTypeSecretThumb {
    _?: "fileTypeSecretThumb";
  }

  /** Storage statistics by file type */
  export interface storageStatisticsByFileType {
    _?: "storageStatisticsByFileType";
    /** Kind of file */
    file_type?: Input.FileType | null;
    /** Size in bytes; 0 when unknown */
    size?: number | null;
    /** Number of items */
    count?: number | null;
  }

  /** Storage statistics by chat */
  export interface storageStatisticsByChat {
    _?: "storageStatisticsByChat";
    /** Chat identifier */
    chat_id?: number | null;
    /** Size in bytes; 0 when unknown */
    size?: number | null;
    /** Number of items */
    count?: number | null;
    /** By file type */
    by_file_type?: Input.storageStatisticsByFileType[] | null;
  }

  /** Storage statistics */
  export interface storageStatistics {
    _?: "storageStatistics";
    /** Size in bytes; 0 when unknown */
    size?: number | null;
    /** Number of items */
    count?: number | null;
    /** By chat */
    by_chat?: Input.storageStatisticsByChat[] | null;
  }

  /** Storage statistics fast */
  export interface storageStatisticsFast {
    _?: "storageStatisticsFast";
    /** Files size in bytes */
    files_size?: number | null;
    /** Number of files */
    files_count?: number | null;
    /** Database size in bytes */
    database_size?: number | null;
  }

  /** Network type: none */
  export interface networkTypeNone {
    _?: "networkTypeNone";
  }

  /** Network type: mobile */
  export interface networkTypeMobile {
    _?: "networkTypeMobile";
  }

  /** Network type: mobile roaming */
  export interface networkTypeMobileRoaming {
    _?: "networkTypeMobileRoaming";
  }

  /** Network type: wi fi */
  export interface networkTypeWiFi {
    _?: "networkTypeWiFi";
  }

  /** Network type: other */
  export interface networkTypeOther {
    _?: "networkTypeOther";
  }

  /** Network statistics entry: file */
  export interface networkStatisticsEntryFile {
    _?: "networkStatisticsEntryFile";
    /** Kind of file */
    file_type?: Input.FileType | null;
    /** Network type */
    network_type?: Input.NetworkType | null;
    /** Sent bytes */
    sent_bytes?: number | null;
    /** Received bytes */
    received_bytes?: number | null;
  }

  /** Network statistics entry: call */
  export interface networkStatisticsEntryCall {
    _?: "networkStatisticsEntryCall";
    /** Network type */
    network_type?: Input.NetworkType | null;
    /** Sent bytes */
    sent_bytes?: number | null;
    /** Received bytes */
    received_bytes?: number | null;
    /** Length in seconds */
    duration?: number | null;
  }

  /** Network statistics */
  export interface networkStatistics {
    _?: "networkStatistics";
    /** Since date, Unix time */
    since_date?: number | null;
    /** Entries */
    entries?: Input.NetworkStatisticsEntry[] | null;
  }

  /** Connection state: waiting for network */
  export interface connectionStateWaitingForNetwork {
    _?: "connectionStateWaitingForNetwork";
  }

  /** Connection state: connecting to proxy */
  export interface connectionStateConnectingToProxy {
    _?: "connectionStateConnectingToProxy";
  }

  /** Connection state: connecting */
  export interface connectionStateConnecting {
    _?: "connectionStateConnecting";
  }

  /** Connection state: updating */
  export interface connectionStateUpdating {
    _?: "connectionStateUpdating";
  }

  /** Connection state: ready */
  export interface connectionStateReady {
    _?: "connectionStateReady";
  }

  /** Top chat category: users */
  export interface topChatCategoryUsers {
    _?: "topChatCategoryUsers";
  }

  /** Top chat category: bots */
  export interface topChatCategoryBots {
    _?: "topChatCategoryBots";
  }

  /** Top chat category: groups */
  export interface topChatCategoryGroups {
    _?: "topChatCategoryGroups";
  }

  /** Top chat category: channels */
  export interface topChatCategoryChannels {
    _?: "topChatCategoryChannels";
  }

  /** Top chat category: inline bots */
  export interface topChatCategoryInlineBots {
    _?: "topChatCategoryInlineBots";
  }

  /** Top chat category: calls */
  export interface topChatCategoryCalls {
    _?: "topChatCategoryCalls";
  }

  /** Count */
  export interface count {
    _?: "count";
    /** Number of items */
    count?: number | null;
  }

  /** Text */
  export interface text {
    _?: "text";
    /** Text */
    text?: string | null;
  }

  /** Proxy: empty */
  export interface proxyEmpty {
    _?: "proxyEmpty";
  }

  /** Proxy: socks5 */
  export interface proxySocks5 {
    _?: "proxySocks5";
    /** Server */
    server?: string | null;
    /** Port */
    port?: number | null;
    /** Username */
    username?: string | null;
    /** Password */
    password?: string | null;
  }

  /** Input sticker */
  export interface inputSticker {
    _?: "inputSticker";
    /** Png sticker */
    png_sticker?: Input.InputFile | null;
    /** Emojis */
    emojis?: string | null;
    /** Mask position; may be null */
    mask_position?: Input.maskPosition | null;
  }

  /** Update: message send acknowledged */
  export interface updateMessageSendAcknowledged {
    _?: "updateMessageSendAcknowledged";
    /** Chat identifier */
    chat_id?: number | null;
    /** Message identifier */
    message_id?: number | null;
  }

  /** Update: message send succeeded */
  export interface updateMessageSendSucceeded {
    _?: "updateMessageSendSucceeded";
    /** Message */
    message?: Input.message | null;
    /** Previous message identifier */
    old_message_id?: number | null;
  }

  /** Update: message send failed */
  export interface updateMessageSendFailed {
    _?: "updateMessageSendFailed";
    /** Message */
    message?: Input.message | null;
    /** Previous message identifier */
    old_message_id?: number | null;
    /** Error code */
    error_code?: number | null;
    /** Error text; empty when none */
    error_message?: string | null;
  }

  /** Update: message views */
  export interface updateMessageViews {
    _?: "updateMessageViews";
    /** Chat identifier */
    chat_id?: number | null;
    /** Message identifier */
    message_id?: number | null;
    /** Number of views */
    views?: number | null;
  }

  /** Update: open message content */
  export interface updateOpenMessageContent {
    _?: "updateOpenMessageContent";
    /** Chat identifier */
    chat_id?: number | null;
    /** Message identifier */
    message_id?: number | null;
  }

  /** Update: message mention read */
  export interface updateMessageMentionRead {
    _?: "updateMessageMentionRead";
    /** Chat identifier */
    chat_id?: number | null;
    /** Message identifier */
    message_id?: number | null;
    /** Number of unread mention */
    unread_mention_count?: number | null;
  }

  /** Update: new chat */
  export interface updateNewChat {
    _?: "updateNewChat";
    /** Chat */
    chat?: Input.chat | null;
  }

  /** Update: chat photo */
  export interface updateChatPhoto {
    _?: "updateChatPhoto";
    /** Chat identifier */
    chat_id?: number | null;
    /** Photo; may be null */
    photo?: Input.chatPhoto | null;
  }

  /** Update: chat top message */
  export interface updateChatTopMessage {
    _?: "updateChatTopMessage";
    /** Chat identifier */
    chat_id?: number | null;
    /** Top message; may be null */
    top_message?: Input.message | null;
    /** Position in the chat list */
    order?: string | number | null;
  }

  /** Update: chat order */
  export interface updateChatOrder {
    _?: "updateChatOrder";
    /** Chat identifier */
    chat_id?: number | null;
    /** Position in the chat list */
    order?: string | number | null;
  }

  /** Update: chat is pinned */
  export interface updateChatIsPinned {
    _?: "updateChatIsPinned";
    /** Chat identifier */
    chat_id?: number | null;
    /** True when pinned */
    is_pinned?: boolean | null;
    /** Position in the chat list */
    order?: string | number | null;
  }

  /** Update: chat unread mention count */
  export interface updateChatUnreadMentionCount {
    _?: "updateChatUnreadMentionCount";
    /** Chat identifier */
    chat_id?: number | null;
    /** Number of unread mention */
    unread_mention_count?: number | null;
  }

  /** Update: notification settings */
  export interface updateNotificationSettings {
    _?: "updateNotificationSettings";
    /** Which chats */
    scope?: Input.NotificationSettingsScope | null;
    /** Notification settings */
    notification_settings?: Input.notificationSettings | null;
  }

  /** Update: chat reply markup */
  export interface updateChatReplyMarkup {
    _?: "updateChatReplyMarkup";
    /** Chat identifier */
    chat_id?: number | null;
    /** Identifier of the reply markup message */
    reply_markup_message_id?: number | null;
  }

  /** Update: chat draft message */
  export interface updateChatDraftMessage {
    _?: "updateChatDraftMessage";
    /** Chat identifier */
    chat_id?: number | null;
    /** Draft; may be null */
    draft_message?: Input.draftMessage | null;
    /** Position in the chat list */
    order?: string | number | null;
  }

  /** Update: user chat action */
  export interface updateUserChatAction {
    _?: "updateUserChatAction";
    /** Chat identifier */
    chat_id?: number | null;
    /** User identifier */
    user_id?: number | null;
    /** Action */
    action?: Input.ChatAction | null;
  }

  /** Update: user status */
  export interface updateUserStatus {
    _?: "updateUserStatus";
    /** User identifier */
    user_id?: number | null;
    /** Status */
    status?: Input.UserStatus | null;
  }

  /** Update: group */
  export interface updateGroup {
    _?: "updateGroup";
    /** Basic group */
    group?: Input.group | null;
  }

  /** Update: channel */
  export interface updateChannel {
    _?: "updateChannel";
    /** Channel */
    channel?: Input.channel | null;
  }

  /** Update: secret chat */
  export interface updateSecretChat {
    _?: "updateSecretChat";
    /** Secret chat */
    secret_chat?: Input.secretChat | null;
  }

  /** Update: user full */
  export interface updateUserFull {
    _?: "updateUserFull";
    /** User identifier */
    user_id?: number | null;
    /** User full */
    user_full?: Input.userFull | null;
  }

  /** Update: group full */
  export interface updateGroupFull {
    _?: "updateGroupFull";
    /** Basic group identifier */
    group_id?: number | null;
    /** Group full */
    group_full?: Input.groupFull | null;
  }

  /** Update: channel full */
  export interface updateChannelFull {
    _?: "updateChannelFull";
    /** Channel identifier */
    channel_id?: number | null;
    /** Channel full */
    channel_full?: Input.channelFull | null;
  }

  /** Update: service notification */
  export interface updateServiceNotification {
    _?: "updateServiceNotification";
    /** Type */
    type?: string | null;
    /** Content */
    content?: Input.MessageContent | null;
  }

  /** Update: file progress */
  export interface updateFileProgress {
    _?: "updateFileProgress";
    /** File identifier */
    file_id?: number | null;
    /** Size in bytes; 0 when unknown */
    size?: number | null;
    /** Ready */
    ready?: number | null;
  }

  /** Update: file */
  export interface updateFile {
    _?: "updateFile";
    /** File */
    file?: Input.file | null;
  }

  /** Update: file generation start */
  export interface updateFileGenerationStart {
    _?: "updateFileGenerationStart";
    /** File generation identifier */
    generation_id?: string | number | null;
    /** Original path */
    original_path?: string | null;
    /** Destination path */
    destination_path?: string | null;
    /** Conversion */
    conversion?: string | null;
  }

  /** Update: file generation progress */
  export interface updateFileGenerationProgress {
    _?: "updateFileGenerationProgress";
    /** File identifier */
    file_id?: number | null;
    /** Size in bytes; 0 when unknown */
    size?: number | null;
    /** Ready */
    ready?: number | null;
  }

  /** Update: file generation finish */
  export interface updateFileGenerationFinish {
    _?: "updateFileGenerationFinish";
    /** File */
    file?: Input.file | null;
  }

  /** Update: call */
  export interface updateCall {
    _?: "updateCall";
    /** Call */
    call?: Input.call | null;
  }

  /** Update: privacy */
  export interface updatePrivacy {
    _?: "updatePrivacy";
    /** Privacy setting */
    key?: Input.PrivacyKey | null;
    /** Rules */
    rules?: Input.privacyRules | null;
  }

  /** Update: installed sticker sets */
  export interface updateInstalledStickerSets {
    _?: "updateInstalledStickerSets";
    /** True for mask sets rather than sticker sets */
    is_masks?: boolean | null;
    /** Sticker set identifiers */
    sticker_set_ids?: Array<string | number> | null;
  }

  /** Update: trending sticker sets */
  export interface updateTrendingStickerSets {
    _?: "updateTrendingStickerSets";
    /** Sticker sets */
    sticker_sets?: Input.stickerSets | null;
  }

  /** Update: recent stickers */
  export interface updateRecentStickers {
    _?: "updateRecentStickers";
    /** True when attached */
    is_attached?: boolean | null;
    /** Identifiers of the stickers */
    sticker_ids?: number[] | null;
  }

  /** Update: favorite stickers */
  export interface updateFavoriteStickers {
    _?: "updateFavoriteStickers";
    /** Identifiers of the stickers */
    sticker_ids?: number[] | null;
  }

  /** Update: saved animations */
  export interface updateSavedAnimations {
    _?: "updateSavedAnimations";
    /** Identifiers of the animations */
    animation_ids?: number[] | null;
  }

  /** Update: connection state */
  export interface updateConnectionState {
    _?: "updateConnectionState";
    /** State */
    state?: Input.ConnectionState | null;
  }

  /** Update: new inline query */
  export interface updateNewInlineQuery {
    _?: "updateNewInlineQuery";
    /** Identifier */
    id?: string | number | null;
    /** Identifier of the user who sent it */
    sender_user_id?: number | null;
    /** Location of the user; may be null */
    user_location?: Input.location | null;
    /** Text of the query */
    query?: string | null;
    /** Offset of the first result */
    offset?: string | null;
  }

  /** Update: new chosen inline result */
  export interface updateNewChosenInlineResult {
    _?: "updateNewChosenInlineResult";
    /** Identifier of the user who sent it */
    sender_user_id?: number | null;
    /** Location of the user; may be null */
    user_location?: Input.location | null;
    /** Text of the query */
    query?: string | null;
    /** Identifier of the result */
    result_id?: string | null;
    /** Identifier of the inline message */
    inline_message_id?: string | null;
  }

  /** Update: new callback query */
  export interface updateNewCallbackQuery {
    _?: "updateNewCallbackQuery";
    /** Identifier */
    id?: string | number | null;
    /** Identifier of the user who sent it */
    sender_user_id?: number | null;
    /** Chat identifier */
    chat_id?: number | null;
    /** Message identifier */
    message_id?: number | null;
    /** Identifier of the chat the message is in, shared by all its members */
    chat_instance?: string | number | null;
    /** Payload */
    payload?: Input.CallbackQueryPayload | null;
  }

  /** Update: new inline callback query */
  export interface updateNewInlineCallbackQuery {
    _?: "updateNewInlineCallbackQuery";
    /** Identifier */
    id?: string | number | null;
    /** Identifier of the user who sent it */
    sender_user_id?: number | null;
    /** Identifier of the inline message */
    inline_message_id?: string | null;
    /** Identifier of the chat the message is in, shared by all its members */
    chat_instance?: string | number | null;
    /** Payload */
    payload?: Input.CallbackQueryPayload | null;
  }

  /** Update: new shipping query */
  export interface updateNewShippingQuery {
    _?: "updateNewShippingQuery";
    /** Identifier */
    id?: string | number | null;
    /** Identifier of the user who sent it */
    sender_user_id?: number | null;
    /** Payload of the invoice */
    invoice_payload?: string | null;
    /** Shipping address */
    shipping_address?: Input.shippingAddress | null;
  }

  /** Update: new pre checkout query */
  export interface updateNewPreCheckoutQuery {
    _?: "updateNewPreCheckoutQuery";
    /** Identifier */
    id?: string | number | null;
    /** Identifier of the user who sent it */
    sender_user_id?: number | null;
    /** Three-letter ISO 4217 currency code */
    currency?: string | null;
    /** Total price in the smallest units of the currency */
    total_amount?: number | null;
    /** Payload of the invoice */
    invoice_payload?: string | null;
    /** Identifier of the chosen shipping option */
    shipping_option_id?: string | null;
    /** Order information; may be null */
    order_info?: Input.orderInfo | null;
  }

  /** Update: new custom event */
  export interface updateNewCustomEvent {
    _?: "updateNewCustomEvent";
    /** Event */
    event?: string | null;
  }

  /** Update: new custom query */
  export interface updateNewCustomQuery {
    _?: "updateNewCustomQuery";
    /** Identifier */
    id?: string | number | null;
    /** Data */
    data?: string | null;
    /** Timeout */
    timeout?: number | null;
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
  export type ChatType = (chatTypePrivate & { _: "chatTypePrivate" }) | (chatTypeGroup & { _: "chatTypeGroup" }) | (chatTypeChannel & { _: "chatTypeChannel" }) | (chatTypeSecret & { _: "chatTypeSecret" });
  export type MessageSendState = (messageIsIncoming & { _: "messageIsIncoming" }) | (messageIsBeingSent & { _: "messageIsBeingSent" }) | (messageIsSuccessfullySent & { _: "messageIsSuccessfullySent" }) | (messageIsFailedToSend & { _: "messageIsFailedToSend" });
  export type MessageForwardInfo = (messageForwardedFromUser & { _: "messageForwardedFromUser" }) | (messageForwardedPost & { _: "messageForwardedPost" });
  export type KeyboardButtonType = (keyboardButtonTypeText & { _: "keyboardButtonTypeText" }) | (keyboardButtonTypeRequestPhoneNumber & { _: "keyboardButtonTypeRequestPhoneNumber" }) | (keyboardButtonTypeRequestLocation & { _: "keyboardButtonTypeRequestLocation" });
  export type KeyboardButton = keyboardButton;
  export type InlineKeyboardButtonType = (inlineKeyboardButtonTypeUrl & { _: "inlineKeyboardButtonTypeUrl" }) | (inlineKeyboardButtonTypeCallback & { _: "inlineKeyboardButtonTypeCallback" }) | (inlineKeyboardButtonTypeCallbackGame & { _: "inlineKeyboardButtonTypeCallbackGame" }) | (inlineKeyboardButtonTypeSwitchInline & { _: "inlineKeyboardButtonTypeSwitchInline" }) | (inlineKeyboardButtonTypeBuy & { _: "inlineKeyboardButtonTypeBuy" });
  export type InlineKeyboardButton = inlineKeyboardButton;
  export type ReplyMarkup = (replyMarkupRemoveKeyboard & { _: "replyMarkupRemoveKeyboard" }) | (replyMarkupForceReply & { _: "replyMarkupForceReply" }) | (replyMarkupShowKeyboard & { _: "replyMarkupShowKeyboard" }) | (replyMarkupInlineKeyboard & { _: "replyMarkupInlineKeyboard" });
  export type MessageContent = (messageText & { _: "messageText" }) | (messageLocation & { _: "messageLocation" }) | (messageContact & { _: "messageContact" }) | (messageGroupChatCreate & { _: "messageGroupChatCreate" }) | (messageChatChangeTitle & { _: "messageChatChangeTitle" }) | (messageChatAddMembers & { _: "messageChatAddMembers" }) | (messageChatDeleteMember & { _: "messageChatDeleteMember" }) | (messageContactRegistered & { _: "messageContactRegistered" }) | (messageUnsupported & { _: "messageUnsupported" }) | (messageAnimation & { _: "messageAnimation" }) | (messageAudio & { _: "messageAudio" }) | (messageDocument & { _: "messageDocument" }) | (messagePhoto & { _: "messagePhoto" }) | (messageExpiredPhoto & { _: "messageExpiredPhoto" }) | (messageSticker & { _: "messageSticker" }) | (messageVideo & { _: "messageVideo" }) | (messageExpiredVideo & { _: "messageExpiredVideo" }) | (messageVideoNote & { _: "messageVideoNote" }) | (messageVoice & { _: "messageVoice" }) | (messageVenue & { _: "messageVenue" }) | (messageGame & { _: "messageGame" }) | (messageInvoice & { _: "messageInvoice" }) | (messageCall & { _: "messageCall" }) | (messageChannelChatCreate & { _: "messageChannelChatCreate" }) | (messageChatChangePhoto & { _: "messageChatChangePhoto" }) | (messageChatDeletePhoto & { _: "messageChatDeletePhoto" }) | (messageChatJoinByLink & { _: "messageChatJoinByLink" }) | (messageChatMigrateTo & { _: "messageChatMigrateTo" }) | (messageChatMigrateFrom & { _: "messageChatMigrateFrom" }) | (messagePinMessage & { _: "messagePinMessage" }) | (messageScreenshotTaken & { _: "messageScreenshotTaken" }) | (messageChatSetTtl & { _: "messageChatSetTtl" }) | (messageGameScore & { _: "messageGameScore" }) | (messagePaymentSuccessful & { _: "messagePaymentSuccessful" }) | (messagePaymentSuccessfulBot & { _: "messagePaymentSuccessfulBot" });
  export type Message = message;
  export type Messages = messages;
  export type InputMessageContent = (inputMessageText & { _: "inputMessageText" }) | (inputMessageLocation & { _: "inputMessageLocation" }) | (inputMessageContact & { _: "inputMessageContact" }) | (inputMessageForwarded & { _: "inputMessageForwarded" }) | (inputMessageAnimation & { _: "inputMessageAnimation" }) | (inputMessageAudio & { _: "inputMessageAudio" }) | (inputMessageDocument & { _: "inputMessageDocument" }) | (inputMessagePhoto & { _: "inputMessagePhoto" }) | (inputMessageSticker & { _: "inputMessageSticker" }) | (inputMessageVideo & { _: "inputMessageVideo" }) | (inputMessageVideoNote & { _: "inputMessageVideoNote" }) | (inputMessageVoice & { _: "inputMessageVoice" }) | (inputMessageVenue & { _: "inputMessageVenue" }) | (inputMessageGame & { _: "inputMessageGame" }) | (inputMessageInvoice & { _: "inputMessageInvoice" });
  export type SearchMessagesFilter = (searchMessagesFilterEmpty & { _: "searchMessagesFilterEmpty" }) | (searchMessagesFilterAnimation & { _: "searchMessagesFilterAnimation" }) | (searchMessagesFilterAudio & { _: "searchMessagesFilterAudio" }) | (searchMessagesFilterDocument & { _: "searchMessagesFilterDocument" }) | (searchMessagesFilterPhoto & { _: "searchMessagesFilterPhoto" }) | (searchMessagesFilterVideo & { _: "searchMessagesFilterVideo" }) | (searchMessagesFilterVoice & { _: "searchMessagesFilterVoice" }) | (searchMessagesFilterPhotoAndVideo & { _: "searchMessagesFilterPhotoAndVideo" }) | (searchMessagesFilterUrl & { _: "searchMessagesFilterUrl" }) | (searchMessagesFilterChatPhoto & { _: "searchMessagesFilterChatPhoto" }) | (searchMessagesFilterCall & { _: "searchMessagesFilterCall" }) | (searchMessagesFilterMissedCall & { _: "searchMessagesFilterMissedCall" }) | (searchMessagesFilterVideoNote & { _: "searchMessagesFilterVideoNote" }) | (searchMessagesFilterVoiceAndVideoNote & { _: "searchMessagesFilterVoiceAndVideoNote" }) | (searchMessagesFilterMention & { _: "searchMessagesFilterMention" }) | (searchMessagesFilterUnreadMention & { _: "searchMessagesFilterUnreadMention" });
  export type ChatAction = (chatActionTyping & { _: "chatActionTyping" }) | (chatActionChoosingLocation & { _: "chatActionChoosingLocation" }) | (chatActionChoosingContact & { _: "chatActionChoosingContact" }) | (chatActionCancel & { _: "chatActionCancel" }) | (chatActionRecordingVideo & { _: "chatActionRecordingVideo" }) | (chatActionUploadingVideo & { _: "chatActionUploadingVideo" }) | (chatActionRecordingVoice & { _: "chatActionRecordingVoice" }) | (chatActionUploadingVoice & { _: "chatActionUploadingVoice" }) | (chatActionUploadingPhoto & { _: "chatActionUploadingPhoto" }) | (chatActionUploadingDocument & { _: "chatActionUploadingDocument" }) | (chatActionStartPlayingGame & { _: "chatActionStartPlayingGame" }) | (chatActionRecordingVideoNote & { _: "chatActionRecordingVideoNote" }) | (chatActionUploadingVideoNote & { _: "chatActionUploadingVideoNote" });
  export type NotificationSettings = notificationSettings;
  export type DraftMessage = draftMessage;
  export type Chat = chat;
  export type Chats = chats;
  export type Session = session;
  export type Sessions = sessions;
  export type OptionValue = (optionValueBoolean & { _: "optionValueBoolean" }) | (optionValueEmpty & { _: "optionValueEmpty" }) | (optionValueInteger & { _: "optionValueInteger" }) | (optionValueString & { _: "optionValueString" });
  export type Update = (updateAuthState & { _: "updateAuthState" }) | (updateNewMessage & { _: "updateNewMessage" }) | (updateMessageContent & { _: "updateMessageContent" }) | (updateMessageEdited & { _: "updateMessageEdited" }) | (updateDeleteMessages & { _: "updateDeleteMessages" }) | (updateChat & { _: "updateChat" }) | (updateChatTitle & { _: "updateChatTitle" }) | (updateChatReadInbox & { _: "updateChatReadInbox" }) | (updateChatReadOutbox & { _: "updateChatReadOutbox" }) | (updateUser & { _: "updateUser" }) | (updateOption & { _: "updateOption" }) | (updateMessageSendAcknowledged & { _: "updateMessageSendAcknowledged" }) | (updateMessageSendSucceeded & { _: "updateMessageSendSucceeded" }) | (updateMessageSendFailed & { _: "updateMessageSendFailed" }) | (updateMessageViews & { _: "updateMessageViews" }) | (updateOpenMessageContent & { _: "updateOpenMessageContent" }) | (updateMessageMentionRead & { _: "updateMessageMentionRead" }) | (updateNewChat & { _: "updateNewChat" }) | (updateChatPhoto & { _: "updateChatPhoto" }) | (updateChatTopMessage & { _: "updateChatTopMessage" }) | (updateChatOrder & { _: "updateChatOrder" }) | (updateChatIsPinned & { _: "updateChatIsPinned" }) | (updateChatUnreadMentionCount & { _: "updateChatUnreadMentionCount" }) | (updateNotificationSettings & { _: "updateNotificationSettings" }) | (updateChatReplyMarkup & { _: "updateChatReplyMarkup" }) | (updateChatDraftMessage & { _: "updateChatDraftMessage" }) | (updateUserChatAction & { _: "updateUserChatAction" }) | (updateUserStatus & { _: "updateUserStatus" }) | (updateGroup & { _: "updateGroup" }) | (updateChannel & { _: "updateChannel" }) | (updateSecretChat & { _: "updateSecretChat" }) | (updateUserFull & { _: "updateUserFull" }) | (updateGroupFull & { _: "updateGroupFull" }) | (updateChannelFull & { _: "updateChannelFull" }) | (updateServiceNotification & { _: "updateServiceNotification" }) | (updateFileProgress & { _: "updateFileProgress" }) | (updateFile & { _: "updateFile" }) | (updateFileGenerationStart & { _: "updateFileGenerationStart" }) | (updateFileGenerationProgress & { _: "updateFileGenerationProgress" }) | (updateFileGenerationFinish & { _: "updateFileGenerationFinish" }) | (updateCall & { _: "updateCall" }) | (updatePrivacy & { _: "updatePrivacy" }) | (updateInstalledStickerSets & { _: "updateInstalledStickerSets" }) | (updateTrendingStickerSets & { _: "updateTrendingStickerSets" }) | (updateRecentStickers & { _: "updateRecentStickers" }) | (updateFavoriteStickers & { _: "updateFavoriteStickers" }) | (updateSavedAnimations & { _: "updateSavedAnimations" }) | (updateConnectionState & { _: "updateConnectionState" }) | (updateNewInlineQuery & { _: "updateNewInlineQuery" }) | (updateNewChosenInlineResult & { _: "updateNewChosenInlineResult" }) | (updateNewCallbackQuery & { _: "updateNewCallbackQuery" }) | (updateNewInlineCallbackQuery & { _: "updateNewInlineCallbackQuery" }) | (updateNewShippingQuery & { _: "updateNewShippingQuery" }) | (updateNewPreCheckoutQuery & { _: "updateNewPreCheckoutQuery" }) | (updateNewCustomEvent & { _: "updateNewCustomEvent" }) | (updateNewCustomQuery & { _: "updateNewCustomQuery" });
  export type TestInt = testInt;
  export type TestString = testString;
  export type TestBytes = testBytes;
  export type TestVectorInt = testVectorInt;
  export type TestVectorIntObject = testVectorIntObject;
  export type TestVectorString = testVectorString;
  export type TestVectorStringObject = testVectorStringObject;
  export type PasswordRecoveryInfo = passwordRecoveryInfo;
  export type RecoveryEmail = recoveryEmail;
  export type TemporaryPasswordState = temporaryPasswordState;
  export type File = file;
  export type InputFile = (inputFileId & { _: "inputFileId" }) | (inputFilePersistentId & { _: "inputFilePersistentId" }) | (inputFileLocal & { _: "inputFileLocal" }) | (inputFileGenerated & { _: "inputFileGenerated" });
  export type PhotoSize = photoSize;
  export type MaskPosition = maskPosition;
  export type Animation = animation;
  export type Audio = audio;
  export type Document = document;
  export type Photo = photo;
  export type Sticker = sticker;
  export type Video = video;
  export type VideoNote = videoNote;
  export type Voice = voice;
  export type Venue = venue;
  export type Game = game;
  export type ProfilePhoto = profilePhoto;
  export type ChatPhoto = chatPhoto;
  export type UserProfilePhotos = userProfilePhotos;
  export type ChannelMembersFilter = (channelMembersFilterRecent & { _: "channelMembersFilterRecent" }) | (channelMembersFilterAdministrators & { _: "channelMembersFilterAdministrators" }) | (channelMembersFilterSearch & { _: "channelMembersFilterSearch" }) | (channelMembersFilterRestricted & { _: "channelMembersFilterRestricted" }) | (channelMembersFilterBanned & { _: "channelMembersFilterBanned" }) | (channelMembersFilterBots & { _: "channelMembersFilterBots" });
  export type Group = group;
  export type GroupFull = groupFull;
  export type Channel = channel;
  export type ChannelFull = channelFull;
  export type SecretChat = secretChat;
  export type ChatInviteLink = chatInviteLink;
  export type ChatInviteLinkInfo = chatInviteLinkInfo;
  export type FoundMessages = foundMessages;
  export type NotificationSettingsScope = (notificationSettingsScopeChat & { _: "notificationSettingsScopeChat" }) | (notificationSettingsScopePrivateChats & { _: "notificationSettingsScopePrivateChats" }) | (notificationSettingsScopeGroupChats & { _: "notificationSettingsScopeGroupChats" }) | (notificationSettingsScopeAllChats & { _: "notificationSettingsScopeAllChats" });
  export type RichText = (richTextPlain & { _: "richTextPlain" }) | (richTextBold & { _: "richTextBold" }) | (richTextItalic & { _: "richTextItalic" }) | (richTextUnderline & { _: "richTextUnderline" }) | (richTextStrikethrough & { _: "richTextStrikethrough" }) | (richTextFixed & { _: "richTextFixed" }) | (richTextUrl & { _: "richTextUrl" }) | (richTextEmail & { _: "richTextEmail" }) | (richTextConcatenation & { _: "richTextConcatenation" });
  export type PageBlock = (pageBlockTitle & { _: "pageBlockTitle" }) | (pageBlockSubtitle & { _: "pageBlockSubtitle" }) | (pageBlockAuthorDate & { _: "pageBlockAuthorDate" }) | (pageBlockHeader & { _: "pageBlockHeader" }) | (pageBlockSubheader & { _: "pageBlockSubheader" }) | (pageBlockParagraph & { _: "pageBlockParagraph" }) | (pageBlockPreformatted & { _: "pageBlockPreformatted" }) | (pageBlockFooter & { _: "pageBlockFooter" }) | (pageBlockDivider & { _: "pageBlockDivider" }) | (pageBlockAnchor & { _: "pageBlockAnchor" }) | (pageBlockList & { _: "pageBlockList" }) | (pageBlockBlockQuote & { _: "pageBlockBlockQuote" }) | (pageBlockPullQuote & { _: "pageBlockPullQuote" }) | (pageBlockAnimation & { _: "pageBlockAnimation" }) | (pageBlockAudio & { _: "pageBlockAudio" }) | (pageBlockPhoto & { _: "pageBlockPhoto" }) | (pageBlockVideo & { _: "pageBlockVideo" }) | (pageBlockCover & { _: "pageBlockCover" }) | (pageBlockEmbedded & { _: "pageBlockEmbedded" }) | (pageBlockEmbeddedPost & { _: "pageBlockEmbeddedPost" }) | (pageBlockCollage & { _: "pageBlockCollage" }) | (pageBlockSlideshow & { _: "pageBlockSlideshow" }) | (pageBlockChatLink & { _: "pageBlockChatLink" });
  export type WebPageInstantView = webPageInstantView;
  export type WebPage = webPage;
  export type LabeledPrice = labeledPrice;
  export type Invoice = invoice;
  export type ShippingAddress = shippingAddress;
  export type OrderInfo = orderInfo;
  export type ShippingOption = shippingOption;
  export type SavedCredentials = savedCredentials;
  export type InputCredentials = (inputCredentialsSaved & { _: "inputCredentialsSaved" }) | (inputCredentialsNew & { _: "inputCredentialsNew" });
  export type PaymentsProviderStripe = paymentsProviderStripe;
  export type PaymentForm = paymentForm;
  export type ValidatedOrderInfo = validatedOrderInfo;
  export type PaymentResult = paymentResult;
  export type PaymentReceipt = paymentReceipt;
  export type InputThumb = inputThumb;
  export type Stickers = stickers;
  export type StickerEmojis = stickerEmojis;
  export type StickerSet = stickerSet;
  export type StickerSetInfo = stickerSetInfo;
  export type StickerSets = stickerSets;
  export type CallDiscardReason = (callDiscardReasonEmpty & { _: "callDiscardReasonEmpty" }) | (callDiscardReasonMissed & { _: "callDiscardReasonMissed" }) | (callDiscardReasonDeclined & { _: "callDiscardReasonDeclined" }) | (callDiscardReasonDisconnected & { _: "callDiscardReasonDisconnected" }) | (callDiscardReasonHungUp & { _: "callDiscardReasonHungUp" });
  export type CallProtocol = callProtocol;
  export type CallConnection = callConnection;
  export type CallId = callId;
  export type CallState = (callStatePending & { _: "callStatePending" }) | (callStateExchangingKeys & { _: "callStateExchangingKeys" }) | (callStateReady & { _: "callStateReady" }) | (callStateHangingUp & { _: "callStateHangingUp" }) | (callStateDiscarded & { _: "callStateDiscarded" }) | (callStateError & { _: "callStateError" });
  export type Call = call;
  export type Animations = animations;
  export type InputInlineQueryResult = (inputInlineQueryResultAnimatedGif & { _: "inputInlineQueryResultAnimatedGif" }) | (inputInlineQueryResultAnimatedMpeg4 & { _: "inputInlineQueryResultAnimatedMpeg4" }) | (inputInlineQueryResultArticle & { _: "inputInlineQueryResultArticle" }) | (inputInlineQueryResultAudio & { _: "inputInlineQueryResultAudio" }) | (inputInlineQueryResultContact & { _: "inputInlineQueryResultContact" }) | (inputInlineQueryResultDocument & { _: "inputInlineQueryResultDocument" }) | (inputInlineQueryResultGame & { _: "inputInlineQueryResultGame" }) | (inputInlineQueryResultLocation & { _: "inputInlineQueryResultLocation" }) | (inputInlineQueryResultPhoto & { _: "inputInlineQueryResultPhoto" }) | (inputInlineQueryResultSticker & { _: "inputInlineQueryResultSticker" }) | (inputInlineQueryResultVenue & { _: "inputInlineQueryResultVenue" }) | (inputInlineQueryResultVideo & { _: "inputInlineQueryResultVideo" }) | (inputInlineQueryResultVoice & { _: "inputInlineQueryResultVoice" });
  export type InlineQueryResult = (inlineQueryResultArticle & { _: "inlineQueryResultArticle" }) | (inlineQueryResultContact & { _: "inlineQueryResultContact" }) | (inlineQueryResultLocation & { _: "inlineQueryResultLocation" }) | (inlineQueryResultVenue & { _: "inlineQueryResultVenue" }) | (inlineQueryResultGame & { _: "inlineQueryResultGame" }) | (inlineQueryResultAnimation & { _: "inlineQueryResultAnimation" }) | (inlineQueryResultAudio & { _: "inlineQueryResultAudio" }) | (inlineQueryResultDocument & { _: "inlineQueryResultDocument" }) | (inlineQueryResultPhoto & { _: "inlineQueryResultPhoto" }) | (inlineQueryResultSticker & { _: "inlineQueryResultSticker" }) | (inlineQueryResultVideo & { _: "inlineQueryResultVideo" }) | (inlineQueryResultVoice & { _: "inlineQueryResultVoice" });
  export type InlineQueryResults = inlineQueryResults;
  export type CallbackQueryPayload = (callbackQueryPayloadData & { _: "callbackQueryPayloadData" }) | (callbackQueryPayloadGame & { _: "callbackQueryPayloadGame" });
  export type CallbackQueryAnswer = callbackQueryAnswer;
  export type CustomRequestResult = customRequestResult;
  export type GameHighScore = gameHighScore;
  export type GameHighScores = gameHighScores;
  export type ChatEventAction = (chatEventMessageEdited & { _: "chatEventMessageEdited" }) | (chatEventMessageDeleted & { _: "chatEventMessageDeleted" }) | (chatEventMessagePinned & { _: "chatEventMessagePinned" }) | (chatEventMessageUnpinned & { _: "chatEventMessageUnpinned" }) | (chatEventMemberJoined & { _: "chatEventMemberJoined" }) | (chatEventMemberLeft & { _: "chatEventMemberLeft" }) | (chatEventMemberInvited & { _: "chatEventMemberInvited" }) | (chatEventMemberPromoted & { _: "chatEventMemberPromoted" }) | (chatEventMemberRestricted & { _: "chatEventMemberRestricted" }) | (chatEventTitleChanged & { _: "chatEventTitleChanged" }) | (chatEventDescriptionChanged & { _: "chatEventDescriptionChanged" }) | (chatEventUsernameChanged & { _: "chatEventUsernameChanged" }) | (chatEventPhotoChanged & { _: "chatEventPhotoChanged" }) | (chatEventInvitesToggled & { _: "chatEventInvitesToggled" }) | (chatEventSignMessagesToggled & { _: "chatEventSignMessagesToggled" }) | (chatEventStickerSetChanged & { _: "chatEventStickerSetChanged" });
  export type ChatEvent = chatEvent;
  export type ChatEvents = chatEvents;
  export type ChatEventLogFilters = chatEventLogFilters;
  export type DeviceToken = (deviceTokenApns & { _: "deviceTokenApns" }) | (deviceTokenGcm & { _: "deviceTokenGcm" }) | (deviceTokenMpns & { _: "deviceTokenMpns" }) | (deviceTokenSimplePush & { _: "deviceTokenSimplePush" }) | (deviceTokenUbuntuPhone & { _: "deviceTokenUbuntuPhone" }) | (deviceTokenBlackberry & { _: "deviceTokenBlackberry" });
  export type Wallpaper = wallpaper;
  export type Wallpapers = wallpapers;
  export type Hashtags = hashtags;
  export type PrivacyRule = (privacyRuleAllowAll & { _: "privacyRuleAllowAll" }) | (privacyRuleAllowContacts & { _: "privacyRuleAllowContacts" }) | (privacyRuleAllowUsers & { _: "privacyRuleAllowUsers" }) | (privacyRuleDisallowAll & { _: "privacyRuleDisallowAll" }) | (privacyRuleDisallowContacts & { _: "privacyRuleDisallowContacts" }) | (privacyRuleDisallowUsers & { _: "privacyRuleDisallowUsers" });
  export type PrivacyRules = privacyRules;
  export type PrivacyKey = (privacyKeyUserStatus & { _: "privacyKeyUserStatus" }) | (privacyKeyChatInvite & { _: "privacyKeyChatInvite" }) | (privacyKeyCall & { _: "privacyKeyCall" }) | (privacyKeyAllowFindingByPhoneNumber & { _: "privacyKeyAllowFindingByPhoneNumber" });
  export type AccountTtl = accountTtl;
  export type ChatReportSpamState = chatReportSpamState;
  export type ChatReportReason = (chatReportReasonSpam & { _: "chatReportReasonSpam" }) | (chatReportReasonViolence & { _: "chatReportReasonViolence" }) | (chatReportReasonPornography & { _: "chatReportReasonPornography" }) | (chatReportReasonOther & { _: "chatReportReasonOther" });
  export type PublicMessageLink = publicMessageLink;
  export type FileType = (fileTypeNone & { _: "fileTypeNone" }) | (fileTypeAnimation & { _: "fileTypeAnimation" }) | (fileTypeAudio & { _: "fileTypeAudio" }) | (fileTypeDocument & { _: "fileTypeDocument" }) | (fileTypePhoto & { _: "fileTypePhoto" }) | (fileTypeProfilePhoto & { _: "fileTypeProfilePhoto" }) | (fileTypeSecret & { _: "fileTypeSecret" }) | (fileTypeSticker & { _: "fileTypeSticker" }) | (fileTypeThumb & { _: "fileTypeThumb" }) | (fileTypeUnknown & { _: "fileTypeUnknown" }) | (fileTypeVideo & { _: "fileTypeVideo" }) | (fileTypeVideoNote & { _: "fileTypeVideoNote" }) | (fileTypeVoice & { _: "fileTypeVoice" }) | (fileTypeWallpaper & { _: "fileTypeWallpaper" }) | (fileTypeSecretThumb & { _: "fileTypeSecretThumb" });
  export type StorageStatisticsByFileType = storageStatisticsByFileType;
  export type StorageStatisticsByChat = storageStatisticsByChat;
  export type StorageStatistics = storageStatistics;
  export type StorageStatisticsFast = storageStatisticsFast;
  export type NetworkType = (networkTypeNone & { _: "networkTypeNone" }) | (networkTypeMobile & { _: "networkTypeMobile" }) | (networkTypeMobileRoaming & { _: "networkTypeMobileRoaming" }) | (networkTypeWiFi & { _: "networkTypeWiFi" }) | (networkTypeOther & { _: "networkTypeOther" });
  export type NetworkStatisticsEntry = (networkStatisticsEntryFile & { _: "networkStatisticsEntryFile" }) | (networkStatisticsEntryCall & { _: "networkStatisticsEntryCall" });
  export type NetworkStatistics = networkStatistics;
  export type ConnectionState = (connectionStateWaitingForNetwork & { _: "connectionStateWaitingForNetwork" }) | (connectionStateConnectingToProxy & { _: "connectionStateConnectingToProxy" }) | (connectionStateConnecting & { _: "connectionStateConnecting" }) | (connectionStateUpdating & { _: "connectionStateUpdating" }) | (connectionStateReady & { _: "connectionStateReady" });
  export type TopChatCategory = (topChatCategoryUsers & { _: "topChatCategoryUsers" }) | (topChatCategoryBots & { _: "topChatCategoryBots" }) | (topChatCategoryGroups & { _: "topChatCategoryGroups" }) | (topChatCategoryChannels & { _: "topChatCategoryChannels" }) | (topChatCategoryInlineBots & { _: "topChatCategoryInlineBots" }) | (topChatCategoryCalls & { _: "topChatCategoryCalls" });
  export type Count = count;
  export type Text = text;
  export type Proxy = (proxyEmpty & { _: "proxyEmpty" }) | (proxySocks5 & { _: "proxySocks5" });
  export type InputSticker = inputSticker;
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
  /** Returns chats of the chat list: pinned chats first in their pinned order, then the others by most recent activity (a message or a saved draft). Start with offset_order 9223372036854775807 and offset_chat_id 0, then pass the order and id of the last chat returned */
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
  /** Searches the chats of the current user by title or username (case-insensitive substring), in chat list order; an empty query lists the recently found chats instead, newest first */
  searchChats: {
    params: {
      /** Text to look for; empty for the recently found chats */
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
  /** Tells the other members of a chat what the current user is doing (typing, ...): each gets updateUserChatAction; chatActionCancel says the user stopped */
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
      /** True to answer only from what is stored locally; the embedded network is all local, so it changes nothing there */
      only_local?: boolean | null;
    };
    validated: {
      _: "getChatHistory";
      chat_id: number;
      from_message_id: number;
      offset: number;
      limit: number;
      only_local: boolean;
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
  /** Finds mentions, hashtags, bot commands, links and e-mail addresses in plain text. Can be called before authorization. Can be called synchronously */
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
  /** Shows the recovery e-mail address of the account; needs the current password */
  getRecoveryEmail: {
    params: {
      /** Password */
      password?: string | null;
    };
    validated: {
      _: "getRecoveryEmail";
      password: string;
    };
    result: RecoveryEmail;
  };
  /** Sets or replaces the recovery e-mail address of the account; needs the current password */
  setRecoveryEmail: {
    params: {
      /** Password */
      password?: string | null;
      /** New recovery email */
      new_recovery_email?: string | null;
    };
    validated: {
      _: "setRecoveryEmail";
      password: string;
      new_recovery_email: string;
    };
    result: PasswordState;
  };
  /** Sends a recovery code to the recovery e-mail address of a logged-in account */
  requestPasswordRecovery: {
    params: {
    };
    validated: {
      _: "requestPasswordRecovery";
    };
    result: PasswordRecoveryInfo;
  };
  /** Removes the two-step verification password with a code sent by requestPasswordRecovery */
  recoverPassword: {
    params: {
      /** Recovery code */
      recovery_code?: string | null;
    };
    validated: {
      _: "recoverPassword";
      recovery_code: string;
    };
    result: PasswordState;
  };
  /** Makes a short-lived password from the real one, for use by payment forms */
  createTemporaryPassword: {
    params: {
      /** Password */
      password?: string | null;
      /** Valid for */
      valid_for?: number | null;
    };
    validated: {
      _: "createTemporaryPassword";
      password: string;
      valid_for: number;
    };
    result: TemporaryPasswordState;
  };
  /** Tells whether a temporary password exists and how long it stays valid */
  getTemporaryPasswordState: {
    params: {
    };
    validated: {
      _: "getTemporaryPasswordState";
    };
    result: TemporaryPasswordState;
  };
  /** Applies a data-centre address change pushed by Telegram's servers. Can be called before authorization. The embedded backend answers 501: its network has no data centres */
  processDcUpdate: {
    params: {
      /** Dc */
      dc?: string | null;
      /** Addr */
      addr?: string | null;
    };
    validated: {
      _: "processDcUpdate";
      dc: string;
      addr: string;
    };
    result: Ok;
  };
  /** Returns a basic group by its identifier */
  getGroup: {
    params: {
      /** Basic group identifier */
      group_id?: number | null;
    };
    validated: {
      _: "getGroup";
      group_id: number;
    };
    result: Group;
  };
  /** Returns the details of a basic group: members, invite link, creator */
  getGroupFull: {
    params: {
      /** Basic group identifier */
      group_id?: number | null;
    };
    validated: {
      _: "getGroupFull";
      group_id: number;
    };
    result: GroupFull;
  };
  /** Returns a channel (a supergroup or a broadcast channel) by its identifier */
  getChannel: {
    params: {
      /** Channel identifier */
      channel_id?: number | null;
    };
    validated: {
      _: "getChannel";
      channel_id: number;
    };
    result: Channel;
  };
  /** Returns the details of a channel: description, member counts, invite link, pinned message */
  getChannelFull: {
    params: {
      /** Channel identifier */
      channel_id?: number | null;
    };
    validated: {
      _: "getChannelFull";
      channel_id: number;
    };
    result: ChannelFull;
  };
  /** Returns a secret chat by its identifier */
  getSecretChat: {
    params: {
      /** Secret chat identifier */
      secret_chat_id?: number | null;
    };
    validated: {
      _: "getSecretChat";
      secret_chat_id: number;
    };
    result: SecretChat;
  };
  /** Returns what is known of a file: sizes and how far its download or upload got */
  getFile: {
    params: {
      /** File identifier */
      file_id?: number | null;
    };
    validated: {
      _: "getFile";
      file_id: number;
    };
    result: File;
  };
  /** Finds a file by the persistent identifier that another account or session shared */
  getFilePersistent: {
    params: {
      /** Identifier of the persistent file */
      persistent_file_id?: string | null;
      /** Kind of file */
      file_type?: Input.FileType | null;
    };
    validated: {
      _: "getFilePersistent";
      persistent_file_id: string;
      file_type: FileType | null;
    };
    result: File;
  };
  /** Finds public chats and users whose username starts with the given text */
  searchPublicChats: {
    params: {
      /** Username prefix */
      username_prefix?: string | null;
    };
    validated: {
      _: "searchPublicChats";
      username_prefix: string;
    };
    result: Chats;
  };
  /** Lists the chats the account uses most in a category */
  getTopChats: {
    params: {
      /** Category */
      category?: Input.TopChatCategory | null;
      /** Largest number of results to return */
      limit?: number | null;
    };
    validated: {
      _: "getTopChats";
      category: TopChatCategory | null;
      limit: number;
    };
    result: Chats;
  };
  /** Takes a chat out of a category of top chats */
  deleteTopChat: {
    params: {
      /** Category */
      category?: Input.TopChatCategory | null;
      /** Chat identifier */
      chat_id?: number | null;
    };
    validated: {
      _: "deleteTopChat";
      category: TopChatCategory | null;
      chat_id: number;
    };
    result: Ok;
  };
  /** Puts a chat at the head of the recently found chats list */
  addRecentlyFoundChat: {
    params: {
      /** Chat identifier */
      chat_id?: number | null;
    };
    validated: {
      _: "addRecentlyFoundChat";
      chat_id: number;
    };
    result: Ok;
  };
  /** Takes a chat off the recently found chats list */
  deleteRecentlyFoundChat: {
    params: {
      /** Chat identifier */
      chat_id?: number | null;
    };
    validated: {
      _: "deleteRecentlyFoundChat";
      chat_id: number;
    };
    result: Ok;
  };
  /** Empties the recently found chats list */
  deleteRecentlyFoundChats: {
    params: {
    };
    validated: {
      _: "deleteRecentlyFoundChats";
    };
    result: Ok;
  };
  /** Lists the groups and channels the account shares with a user */
  getCommonChats: {
    params: {
      /** User identifier */
      user_id?: number | null;
      /** Identifier of the offset chat */
      offset_chat_id?: number | null;
      /** Largest number of results to return */
      limit?: number | null;
    };
    validated: {
      _: "getCommonChats";
      user_id: number;
      offset_chat_id: number;
      limit: number;
    };
    result: Chats;
  };
  /** Lists the public channels the account created (they have a username) */
  getCreatedPublicChats: {
    params: {
    };
    validated: {
      _: "getCreatedPublicChats";
    };
    result: Chats;
  };
  /** Deletes every message of a chat for the account, optionally removing the chat from the chat list */
  deleteChatHistory: {
    params: {
      /** Chat identifier */
      chat_id?: number | null;
      /** Remove from chat list */
      remove_from_chat_list?: boolean | null;
    };
    validated: {
      _: "deleteChatHistory";
      chat_id: number;
      remove_from_chat_list: boolean;
    };
    result: Ok;
  };
  /** Searches the messages of secret chats (one or all) for a text */
  searchSecretMessages: {
    params: {
      /** Chat identifier */
      chat_id?: number | null;
      /** Text of the query */
      query?: string | null;
      /** Identifier of the from search */
      from_search_id?: string | number | null;
      /** Largest number of results to return */
      limit?: number | null;
      /** Filter */
      filter?: Input.SearchMessagesFilter | null;
    };
    validated: {
      _: "searchSecretMessages";
      chat_id: number;
      query: string;
      from_search_id: string;
      limit: number;
      filter: SearchMessagesFilter | null;
    };
    result: FoundMessages;
  };
  /** Lists the call messages of the account, newest first, optionally only missed calls */
  searchCallMessages: {
    params: {
      /** Identifier of the from message */
      from_message_id?: number | null;
      /** Largest number of results to return */
      limit?: number | null;
      /** Only missed */
      only_missed?: boolean | null;
    };
    validated: {
      _: "searchCallMessages";
      from_message_id: number;
      limit: number;
      only_missed: boolean;
    };
    result: Messages;
  };
  /** Returns a t.me link to a message of a public channel */
  getPublicMessageLink: {
    params: {
      /** Chat identifier */
      chat_id?: number | null;
      /** Message identifier */
      message_id?: number | null;
    };
    validated: {
      _: "getPublicMessageLink";
      chat_id: number;
      message_id: number;
    };
    result: PublicMessageLink;
  };
  /** Sends /start to a bot with a start parameter (a deep link), in a private chat or group */
  sendBotStartMessage: {
    params: {
      /** Identifier of the bot */
      bot_user_id?: number | null;
      /** Chat identifier */
      chat_id?: number | null;
      /** Parameter */
      parameter?: string | null;
    };
    validated: {
      _: "sendBotStartMessage";
      bot_user_id: number;
      chat_id: number;
      parameter: string;
    };
    result: Message;
  };
  /** Sends a result of an inline query as a message; it names the bot as via_bot */
  sendInlineQueryResultMessage: {
    params: {
      /** Chat identifier */
      chat_id?: number | null;
      /** Identifier of the message replied to; 0 for none */
      reply_to_message_id?: number | null;
      /** True to send without a notification */
      disable_notification?: boolean | null;
      /** True when sent by the application on its own */
      from_background?: boolean | null;
      /** Identifier of the query */
      query_id?: string | number | null;
      /** Identifier of the result */
      result_id?: string | null;
    };
    validated: {
      _: "sendInlineQueryResultMessage";
      chat_id: number;
      reply_to_message_id: number;
      disable_notification: boolean;
      from_background: boolean;
      query_id: string;
      result_id: string;
    };
    result: Message;
  };
  /** Changes the self-destruct time of new messages in a secret chat, announcing it with a message */
  sendChatSetTtlMessage: {
    params: {
      /** Chat identifier */
      chat_id?: number | null;
      /** Self-destruct time in seconds; 0 for none */
      ttl?: number | null;
    };
    validated: {
      _: "sendChatSetTtlMessage";
      chat_id: number;
      ttl: number;
    };
    result: Message;
  };
  /** Tells the other side of a secret chat that a screenshot was taken */
  sendChatScreenshotTakenNotification: {
    params: {
      /** Chat identifier */
      chat_id?: number | null;
    };
    validated: {
      _: "sendChatScreenshotTakenNotification";
      chat_id: number;
    };
    result: Ok;
  };
  /** Deletes every message of one user in a channel (needs the right to delete others' messages) */
  deleteMessagesFromUser: {
    params: {
      /** Chat identifier */
      chat_id?: number | null;
      /** User identifier */
      user_id?: number | null;
    };
    validated: {
      _: "deleteMessagesFromUser";
      chat_id: number;
      user_id: number;
    };
    result: Ok;
  };
  /** Replaces the caption of a media message */
  editMessageCaption: {
    params: {
      /** Chat identifier */
      chat_id?: number | null;
      /** Message identifier */
      message_id?: number | null;
      /** Keyboard attached to the message; may be null */
      reply_markup?: Input.ReplyMarkup | null;
      /** Caption; empty when none */
      caption?: string | null;
    };
    validated: {
      _: "editMessageCaption";
      chat_id: number;
      message_id: number;
      reply_markup: ReplyMarkup | null;
      caption: string;
    };
    result: Message;
  };
  /** Replaces the keyboard of a message sent by the bot itself (bots only) */
  editMessageReplyMarkup: {
    params: {
      /** Chat identifier */
      chat_id?: number | null;
      /** Message identifier */
      message_id?: number | null;
      /** Keyboard attached to the message; may be null */
      reply_markup?: Input.ReplyMarkup | null;
    };
    validated: {
      _: "editMessageReplyMarkup";
      chat_id: number;
      message_id: number;
      reply_markup: ReplyMarkup | null;
    };
    result: Message;
  };
  /** Replaces the text of a message sent through the bot in inline mode (bots only) */
  editInlineMessageText: {
    params: {
      /** Identifier of the inline message */
      inline_message_id?: string | null;
      /** Keyboard attached to the message; may be null */
      reply_markup?: Input.ReplyMarkup | null;
      /** Content of the message */
      input_message_content?: Input.InputMessageContent | null;
    };
    validated: {
      _: "editInlineMessageText";
      inline_message_id: string;
      reply_markup: ReplyMarkup | null;
      input_message_content: InputMessageContent | null;
    };
    result: Ok;
  };
  /** Replaces the caption of a media message sent through the bot in inline mode (bots only) */
  editInlineMessageCaption: {
    params: {
      /** Identifier of the inline message */
      inline_message_id?: string | null;
      /** Keyboard attached to the message; may be null */
      reply_markup?: Input.ReplyMarkup | null;
      /** Caption; empty when none */
      caption?: string | null;
    };
    validated: {
      _: "editInlineMessageCaption";
      inline_message_id: string;
      reply_markup: ReplyMarkup | null;
      caption: string;
    };
    result: Ok;
  };
  /** Replaces the keyboard of a message sent through the bot in inline mode (bots only) */
  editInlineMessageReplyMarkup: {
    params: {
      /** Identifier of the inline message */
      inline_message_id?: string | null;
      /** Keyboard attached to the message; may be null */
      reply_markup?: Input.ReplyMarkup | null;
    };
    validated: {
      _: "editInlineMessageReplyMarkup";
      inline_message_id: string;
      reply_markup: ReplyMarkup | null;
    };
    result: Ok;
  };
  /** Guesses a MIME type from a file name extension; empty text when unknown. Can be called before authorization. Can be called synchronously */
  getFileMimeType: {
    params: {
      /** File name */
      file_name?: string | null;
    };
    validated: {
      _: "getFileMimeType";
      file_name: string;
    };
    result: Text;
  };
  /** Guesses a file name extension from a MIME type; empty text when unknown. Can be called before authorization. Can be called synchronously */
  getFileExtension: {
    params: {
      /** MIME type */
      mime_type?: string | null;
    };
    validated: {
      _: "getFileExtension";
      mime_type: string;
    };
    result: Text;
  };
  /** Asks an inline bot for results for a query; waits for its answer */
  getInlineQueryResults: {
    params: {
      /** Identifier of the bot */
      bot_user_id?: number | null;
      /** Chat identifier */
      chat_id?: number | null;
      /** Location of the user; may be null */
      user_location?: Input.location | null;
      /** Text of the query */
      query?: string | null;
      /** Offset of the first result */
      offset?: string | null;
    };
    validated: {
      _: "getInlineQueryResults";
      bot_user_id: number;
      chat_id: number;
      user_location: location | null;
      query: string;
      offset: string;
    };
    result: InlineQueryResults;
  };
  /** Answers an inline query with results (bots only) */
  answerInlineQuery: {
    params: {
      /** Identifier of the inline query */
      inline_query_id?: string | number | null;
      /** True when results depend on the user */
      is_personal?: boolean | null;
      /** Results */
      results?: Input.InputInlineQueryResult[] | null;
      /** Seconds the answer may be cached */
      cache_time?: number | null;
      /** Offset for the next page; empty when there is none */
      next_offset?: string | null;
      /** Switch pm text */
      switch_pm_text?: string | null;
      /** Switch pm parameter */
      switch_pm_parameter?: string | null;
    };
    validated: {
      _: "answerInlineQuery";
      inline_query_id: string;
      is_personal: boolean;
      results: InputInlineQueryResult[];
      cache_time: number;
      next_offset: string;
      switch_pm_text: string;
      switch_pm_parameter: string;
    };
    result: Ok;
  };
  /** Presses an inline keyboard button with callback data or a game: the bot is asked and its answer returned */
  getCallbackQueryAnswer: {
    params: {
      /** Chat identifier */
      chat_id?: number | null;
      /** Message identifier */
      message_id?: number | null;
      /** Payload */
      payload?: Input.CallbackQueryPayload | null;
    };
    validated: {
      _: "getCallbackQueryAnswer";
      chat_id: number;
      message_id: number;
      payload: CallbackQueryPayload | null;
    };
    result: CallbackQueryAnswer;
  };
  /** Answers a callback query with a notification, an alert or a URL (bots only) */
  answerCallbackQuery: {
    params: {
      /** Identifier of the callback query */
      callback_query_id?: string | number | null;
      /** Text */
      text?: string | null;
      /** True to show an alert rather than a notification */
      show_alert?: boolean | null;
      /** URL */
      url?: string | null;
      /** Seconds the answer may be cached */
      cache_time?: number | null;
    };
    validated: {
      _: "answerCallbackQuery";
      callback_query_id: string;
      text: string;
      show_alert: boolean;
      url: string;
      cache_time: number;
    };
    result: Ok;
  };
  /** Answers a shipping query with shipping options or an error (bots only) */
  answerShippingQuery: {
    params: {
      /** Identifier of the shipping query */
      shipping_query_id?: string | number | null;
      /** Shipping options */
      shipping_options?: Input.shippingOption[] | null;
      /** Error text; empty when none */
      error_message?: string | null;
    };
    validated: {
      _: "answerShippingQuery";
      shipping_query_id: string;
      shipping_options: shippingOption[];
      error_message: string;
    };
    result: Ok;
  };
  /** Confirms or refuses an order before the payment is made (bots only) */
  answerPreCheckoutQuery: {
    params: {
      /** Identifier of the pre checkout query */
      pre_checkout_query_id?: string | number | null;
      /** Error text; empty when none */
      error_message?: string | null;
    };
    validated: {
      _: "answerPreCheckoutQuery";
      pre_checkout_query_id: string;
      error_message: string;
    };
    result: Ok;
  };
  /** Records a user's score in a game message (bots only) */
  setGameScore: {
    params: {
      /** Chat identifier */
      chat_id?: number | null;
      /** Message identifier */
      message_id?: number | null;
      /** True to edit the message to show the score */
      edit_message?: boolean | null;
      /** User identifier */
      user_id?: number | null;
      /** Score */
      score?: number | null;
      /** True to apply even when not higher */
      force?: boolean | null;
    };
    validated: {
      _: "setGameScore";
      chat_id: number;
      message_id: number;
      edit_message: boolean;
      user_id: number;
      score: number;
      force: boolean;
    };
    result: Message;
  };
  /** Records a user's score in a game message sent in inline mode (bots only) */
  setInlineGameScore: {
    params: {
      /** Identifier of the inline message */
      inline_message_id?: string | null;
      /** True to edit the message to show the score */
      edit_message?: boolean | null;
      /** User identifier */
      user_id?: number | null;
      /** Score */
      score?: number | null;
      /** True to apply even when not higher */
      force?: boolean | null;
    };
    validated: {
      _: "setInlineGameScore";
      inline_message_id: string;
      edit_message: boolean;
      user_id: number;
      score: number;
      force: boolean;
    };
    result: Ok;
  };
  /** Returns the high scores around a user of a game message (bots only) */
  getGameHighScores: {
    params: {
      /** Chat identifier */
      chat_id?: number | null;
      /** Message identifier */
      message_id?: number | null;
      /** User identifier */
      user_id?: number | null;
    };
    validated: {
      _: "getGameHighScores";
      chat_id: number;
      message_id: number;
      user_id: number;
    };
    result: GameHighScores;
  };
  /** Returns the high scores around a user of a game message sent in inline mode (bots only) */
  getInlineGameHighScores: {
    params: {
      /** Identifier of the inline message */
      inline_message_id?: string | null;
      /** User identifier */
      user_id?: number | null;
    };
    validated: {
      _: "getInlineGameHighScores";
      inline_message_id: string;
      user_id: number;
    };
    result: GameHighScores;
  };
  /** Hides a reply keyboard or force-reply of a message for this account only */
  deleteChatReplyMarkup: {
    params: {
      /** Chat identifier */
      chat_id?: number | null;
      /** Message identifier */
      message_id?: number | null;
    };
    validated: {
      _: "deleteChatReplyMarkup";
      chat_id: number;
      message_id: number;
    };
    result: Ok;
  };
  /** Marks the content of a message as opened (a voice or video note listened to, a self-destructing photo seen) */
  openMessageContent: {
    params: {
      /** Chat identifier */
      chat_id?: number | null;
      /** Message identifier */
      message_id?: number | null;
    };
    validated: {
      _: "openMessageContent";
      chat_id: number;
      message_id: number;
    };
    result: Ok;
  };
  /** Returns the chat of an existing basic group */
  createGroupChat: {
    params: {
      /** Basic group identifier */
      group_id?: number | null;
    };
    validated: {
      _: "createGroupChat";
      group_id: number;
    };
    result: Chat;
  };
  /** Returns the chat of an existing channel */
  createChannelChat: {
    params: {
      /** Channel identifier */
      channel_id?: number | null;
    };
    validated: {
      _: "createChannelChat";
      channel_id: number;
    };
    result: Chat;
  };
  /** Returns the chat of an existing secret chat; the peer opening a pending one accepts it (the chat becomes ready for both) */
  createSecretChat: {
    params: {
      /** Secret chat identifier */
      secret_chat_id?: number | null;
    };
    validated: {
      _: "createSecretChat";
      secret_chat_id: number;
    };
    result: Chat;
  };
  /** Creates a supergroup or a broadcast channel; the account is its creator */
  createNewChannelChat: {
    params: {
      /** Title */
      title?: string | null;
      /** True for a supergroup, false for a broadcast channel */
      is_supergroup?: boolean | null;
      description?: string | null;
    };
    validated: {
      _: "createNewChannelChat";
      title: string;
      is_supergroup: boolean;
      description: string;
    };
    result: Chat;
  };
  /** Starts a secret chat with a user; it stays pending until the user opens it with createSecretChat */
  createNewSecretChat: {
    params: {
      /** User identifier */
      user_id?: number | null;
    };
    validated: {
      _: "createNewSecretChat";
      user_id: number;
    };
    result: Chat;
  };
  /** Turns a basic group into a supergroup; the members, their roles and the messages move over */
  migrateGroupChatToChannelChat: {
    params: {
      /** Chat identifier */
      chat_id?: number | null;
    };
    validated: {
      _: "migrateGroupChatToChannelChat";
      chat_id: number;
    };
    result: Chat;
  };
  /** Sets or removes the photo of a group or channel */
  changeChatPhoto: {
    params: {
      /** Chat identifier */
      chat_id?: number | null;
      /** Photo; may be null */
      photo?: Input.InputFile | null;
    };
    validated: {
      _: "changeChatPhoto";
      chat_id: number;
      photo: InputFile | null;
    };
    result: Ok;
  };
  /** Saves or clears the draft of a chat */
  changeChatDraftMessage: {
    params: {
      /** Chat identifier */
      chat_id?: number | null;
      /** Draft; may be null */
      draft_message?: Input.draftMessage | null;
    };
    validated: {
      _: "changeChatDraftMessage";
      chat_id: number;
      draft_message: draftMessage | null;
    };
    result: Ok;
  };
  /** Pins a chat to the top of the chat list or unpins it */
  toggleChatIsPinned: {
    params: {
      /** Chat identifier */
      chat_id?: number | null;
      /** True when pinned */
      is_pinned?: boolean | null;
    };
    validated: {
      _: "toggleChatIsPinned";
      chat_id: number;
      is_pinned: boolean;
    };
    result: Ok;
  };
  /** Keeps a string of the application with a chat (only this account sees it) */
  setChatClientData: {
    params: {
      /** Chat identifier */
      chat_id?: number | null;
      /** Client data */
      client_data?: string | null;
    };
    validated: {
      _: "setChatClientData";
      chat_id: number;
      client_data: string;
    };
    result: Ok;
  };
  /** Adds several users to a channel at once */
  addChatMembers: {
    params: {
      /** Chat identifier */
      chat_id?: number | null;
      /** User identifiers */
      user_ids?: number[] | null;
    };
    validated: {
      _: "addChatMembers";
      chat_id: number;
      user_ids: number[];
    };
    result: Ok;
  };
  /** Changes the status of a chat member: promote, restrict, ban, let in or out; the caller needs the rights for it */
  changeChatMemberStatus: {
    params: {
      /** Chat identifier */
      chat_id?: number | null;
      /** User identifier */
      user_id?: number | null;
      /** Status */
      status?: Input.ChatMemberStatus | null;
    };
    validated: {
      _: "changeChatMemberStatus";
      chat_id: number;
      user_id: number;
      status: ChatMemberStatus | null;
    };
    result: Ok;
  };
  /** Finds members of a chat by name or username */
  searchChatMembers: {
    params: {
      /** Chat identifier */
      chat_id?: number | null;
      /** Text of the query */
      query?: string | null;
      /** Largest number of results to return */
      limit?: number | null;
    };
    validated: {
      _: "searchChatMembers";
      chat_id: number;
      query: string;
      limit: number;
    };
    result: ChatMembers;
  };
  /** Sets the order of the pinned chats */
  setPinnedChats: {
    params: {
      /** Chat identifiers */
      chat_ids?: number[] | null;
    };
    validated: {
      _: "setPinnedChats";
      chat_ids: number[];
    };
    result: Ok;
  };
  /** Starts downloading a file into the local file store; progress comes as updateFile */
  downloadFile: {
    params: {
      /** File identifier */
      file_id?: number | null;
      /** Priority, 1 to 32; higher first */
      priority?: number | null;
    };
    validated: {
      _: "downloadFile";
      file_id: number;
      priority: number;
    };
    result: Ok;
  };
  /** Stops a download; what was downloaded is kept */
  cancelDownloadFile: {
    params: {
      /** File identifier */
      file_id?: number | null;
    };
    validated: {
      _: "cancelDownloadFile";
      file_id: number;
    };
    result: Ok;
  };
  /** Starts uploading a local file so that it can be sent later; progress comes as updateFile */
  uploadFile: {
    params: {
      /** File */
      file?: Input.InputFile | null;
      /** Kind of file */
      file_type?: Input.FileType | null;
      /** Priority, 1 to 32; higher first */
      priority?: number | null;
    };
    validated: {
      _: "uploadFile";
      file: InputFile | null;
      file_type: FileType | null;
      priority: number;
    };
    result: File;
  };
  /** Stops an upload started by uploadFile */
  cancelUploadFile: {
    params: {
      /** File identifier */
      file_id?: number | null;
    };
    validated: {
      _: "cancelUploadFile";
      file_id: number;
    };
    result: Ok;
  };
  /** Reports the progress of a file that the application is generating */
  setFileGenerationProgress: {
    params: {
      /** File generation identifier */
      generation_id?: string | number | null;
      /** Size in bytes; 0 when unknown */
      size?: number | null;
      /** Bytes present locally */
      local_size?: number | null;
    };
    validated: {
      _: "setFileGenerationProgress";
      generation_id: string;
      size: number;
      local_size: number;
    };
    result: Ok;
  };
  /** Reports that the application finished generating a file */
  finishFileGeneration: {
    params: {
      /** File generation identifier */
      generation_id?: string | number | null;
    };
    validated: {
      _: "finishFileGeneration";
      generation_id: string;
    };
    result: Ok;
  };
  /** Deletes the local copy of a file */
  deleteFile: {
    params: {
      /** File identifier */
      file_id?: number | null;
    };
    validated: {
      _: "deleteFile";
      file_id: number;
    };
    result: Ok;
  };
  /** Makes a new invite link for a group or channel; the old one stops working */
  exportChatInviteLink: {
    params: {
      /** Chat identifier */
      chat_id?: number | null;
    };
    validated: {
      _: "exportChatInviteLink";
      chat_id: number;
    };
    result: ChatInviteLink;
  };
  /** Shows what an invite link leads to, without joining */
  checkChatInviteLink: {
    params: {
      /** Invite link */
      invite_link?: string | null;
    };
    validated: {
      _: "checkChatInviteLink";
      invite_link: string;
    };
    result: ChatInviteLinkInfo;
  };
  /** Joins a group or channel through an invite link */
  importChatInviteLink: {
    params: {
      /** Invite link */
      invite_link?: string | null;
    };
    validated: {
      _: "importChatInviteLink";
      invite_link: string;
    };
    result: Ok;
  };
  /** Rings a user */
  createCall: {
    params: {
      /** User identifier */
      user_id?: number | null;
      /** Call protocols supported */
      protocol?: Input.callProtocol | null;
    };
    validated: {
      _: "createCall";
      user_id: number;
      protocol: callProtocol | null;
    };
    result: CallId;
  };
  /** Answers an incoming call */
  acceptCall: {
    params: {
      /** Call identifier */
      call_id?: number | null;
      /** Call protocols supported */
      protocol?: Input.callProtocol | null;
    };
    validated: {
      _: "acceptCall";
      call_id: number;
      protocol: callProtocol | null;
    };
    result: Ok;
  };
  /** Hangs up or declines a call */
  discardCall: {
    params: {
      /** Call identifier */
      call_id?: number | null;
      /** True when disconnected */
      is_disconnected?: boolean | null;
      /** Length in seconds */
      duration?: number | null;
      /** Identifier of the connection */
      connection_id?: string | number | null;
    };
    validated: {
      _: "discardCall";
      call_id: number;
      is_disconnected: boolean;
      duration: number;
      connection_id: string;
    };
    result: Ok;
  };
  /** Rates a call after it ended */
  rateCall: {
    params: {
      /** Call identifier */
      call_id?: number | null;
      /** Rating */
      rating?: number | null;
      /** Comment; may be null */
      comment?: string | null;
    };
    validated: {
      _: "rateCall";
      call_id: number;
      rating: number;
      comment: string;
    };
    result: Ok;
  };
  /** Attaches debugging information to a call that ended */
  debugCall: {
    params: {
      /** Call identifier */
      call_id?: number | null;
      /** Debug */
      debug?: string | null;
    };
    validated: {
      _: "debugCall";
      call_id: number;
      debug: string;
    };
    result: Ok;
  };
  /** Returns how many contacts the account imported */
  getImportedContactCount: {
    params: {
    };
    validated: {
      _: "getImportedContactCount";
    };
    result: Count;
  };
  /** Deletes every imported contact */
  deleteImportedContacts: {
    params: {
    };
    validated: {
      _: "deleteImportedContacts";
    };
    result: Ok;
  };
  /** Lists the profile photos of a user, newest first */
  getUserProfilePhotos: {
    params: {
      /** User identifier */
      user_id?: number | null;
      /** Offset of the first result */
      offset?: number | null;
      /** Largest number of results to return */
      limit?: number | null;
    };
    validated: {
      _: "getUserProfilePhotos";
      user_id: number;
      offset: number;
      limit: number;
    };
    result: UserProfilePhotos;
  };
  /** Returns installed stickers that match an emoji */
  getStickers: {
    params: {
      /** Emoji */
      emoji?: string | null;
      /** Largest number of results to return */
      limit?: number | null;
    };
    validated: {
      _: "getStickers";
      emoji: string;
      limit: number;
    };
    result: Stickers;
  };
  /** Lists the installed sticker sets (or mask sets) */
  getInstalledStickerSets: {
    params: {
      /** True for mask sets rather than sticker sets */
      is_masks?: boolean | null;
    };
    validated: {
      _: "getInstalledStickerSets";
      is_masks: boolean;
    };
    result: StickerSets;
  };
  /** Lists the archived sticker sets (or mask sets) */
  getArchivedStickerSets: {
    params: {
      /** True for mask sets rather than sticker sets */
      is_masks?: boolean | null;
      /** Identifier of the offset sticker set */
      offset_sticker_set_id?: string | number | null;
      /** Largest number of results to return */
      limit?: number | null;
    };
    validated: {
      _: "getArchivedStickerSets";
      is_masks: boolean;
      offset_sticker_set_id: string;
      limit: number;
    };
    result: StickerSets;
  };
  /** Lists the sticker sets that are popular now */
  getTrendingStickerSets: {
    params: {
    };
    validated: {
      _: "getTrendingStickerSets";
    };
    result: StickerSets;
  };
  /** Lists the sticker sets of the stickers attached to a photo or video */
  getAttachedStickerSets: {
    params: {
      /** File identifier */
      file_id?: number | null;
    };
    validated: {
      _: "getAttachedStickerSets";
      file_id: number;
    };
    result: StickerSets;
  };
  /** Returns a sticker set by its identifier */
  getStickerSet: {
    params: {
      /** Sticker set identifier */
      set_id?: string | number | null;
    };
    validated: {
      _: "getStickerSet";
      set_id: string;
    };
    result: StickerSet;
  };
  /** Finds a sticker set by its short name */
  searchStickerSet: {
    params: {
      /** Name */
      name?: string | null;
    };
    validated: {
      _: "searchStickerSet";
      name: string;
    };
    result: StickerSet;
  };
  /** Installs, uninstalls, archives or restores a sticker set */
  changeStickerSet: {
    params: {
      /** Sticker set identifier */
      set_id?: string | number | null;
      /** True when installed */
      is_installed?: boolean | null;
      /** True when archived */
      is_archived?: boolean | null;
    };
    validated: {
      _: "changeStickerSet";
      set_id: string;
      is_installed: boolean;
      is_archived: boolean;
    };
    result: Ok;
  };
  /** Marks trending sticker sets as seen */
  viewTrendingStickerSets: {
    params: {
      /** Sticker set identifiers */
      sticker_set_ids?: Array<string | number> | null;
    };
    validated: {
      _: "viewTrendingStickerSets";
      sticker_set_ids: string[];
    };
    result: Ok;
  };
  /** Sets the order of the installed sticker sets */
  reorderInstalledStickerSets: {
    params: {
      /** True for mask sets rather than sticker sets */
      is_masks?: boolean | null;
      /** Sticker set identifiers */
      sticker_set_ids?: Array<string | number> | null;
    };
    validated: {
      _: "reorderInstalledStickerSets";
      is_masks: boolean;
      sticker_set_ids: string[];
    };
    result: Ok;
  };
  /** Lists recently used stickers (or stickers recently attached to media) */
  getRecentStickers: {
    params: {
      /** True when attached */
      is_attached?: boolean | null;
    };
    validated: {
      _: "getRecentStickers";
      is_attached: boolean;
    };
    result: Stickers;
  };
  /** Puts a sticker at the head of the recently used stickers */
  addRecentSticker: {
    params: {
      /** True when attached */
      is_attached?: boolean | null;
      /** Sticker */
      sticker?: Input.InputFile | null;
    };
    validated: {
      _: "addRecentSticker";
      is_attached: boolean;
      sticker: InputFile | null;
    };
    result: Stickers;
  };
  /** Takes a sticker off the recently used stickers */
  deleteRecentSticker: {
    params: {
      /** True when attached */
      is_attached?: boolean | null;
      /** Sticker */
      sticker?: Input.InputFile | null;
    };
    validated: {
      _: "deleteRecentSticker";
      is_attached: boolean;
      sticker: InputFile | null;
    };
    result: Ok;
  };
  /** Empties the recently used stickers */
  clearRecentStickers: {
    params: {
      /** True when attached */
      is_attached?: boolean | null;
    };
    validated: {
      _: "clearRecentStickers";
      is_attached: boolean;
    };
    result: Ok;
  };
  /** Lists the favourite stickers */
  getFavoriteStickers: {
    params: {
    };
    validated: {
      _: "getFavoriteStickers";
    };
    result: Stickers;
  };
  /** Adds a sticker to the favourite stickers */
  addFavoriteSticker: {
    params: {
      /** Sticker */
      sticker?: Input.InputFile | null;
    };
    validated: {
      _: "addFavoriteSticker";
      sticker: InputFile | null;
    };
    result: Ok;
  };
  /** Takes a sticker off the favourite stickers */
  deleteFavoriteSticker: {
    params: {
      /** Sticker */
      sticker?: Input.InputFile | null;
    };
    validated: {
      _: "deleteFavoriteSticker";
      sticker: InputFile | null;
    };
    result: Ok;
  };
  /** Returns the emojis a sticker stands for */
  getStickerEmojis: {
    params: {
      /** Sticker */
      sticker?: Input.InputFile | null;
    };
    validated: {
      _: "getStickerEmojis";
      sticker: InputFile | null;
    };
    result: StickerEmojis;
  };
  /** Lists the saved animations (GIFs) */
  getSavedAnimations: {
    params: {
    };
    validated: {
      _: "getSavedAnimations";
    };
    result: Animations;
  };
  /** Saves an animation (GIF) for quick reuse */
  addSavedAnimation: {
    params: {
      /** Animation */
      animation?: Input.InputFile | null;
    };
    validated: {
      _: "addSavedAnimation";
      animation: InputFile | null;
    };
    result: Ok;
  };
  /** Takes an animation off the saved animations */
  deleteSavedAnimation: {
    params: {
      /** Animation */
      animation?: Input.InputFile | null;
    };
    validated: {
      _: "deleteSavedAnimation";
      animation: InputFile | null;
    };
    result: Ok;
  };
  /** Lists the inline bots the account used lately */
  getRecentInlineBots: {
    params: {
    };
    validated: {
      _: "getRecentInlineBots";
    };
    result: Users;
  };
  /** Lists recently used hashtags that start with a prefix */
  searchHashtags: {
    params: {
      /** Prefix */
      prefix?: string | null;
      /** Largest number of results to return */
      limit?: number | null;
    };
    validated: {
      _: "searchHashtags";
      prefix: string;
      limit: number;
    };
    result: Hashtags;
  };
  /** Forgets a recently used hashtag */
  deleteRecentHashtag: {
    params: {
      /** Hashtag */
      hashtag?: string | null;
    };
    validated: {
      _: "deleteRecentHashtag";
      hashtag: string;
    };
    result: Ok;
  };
  /** Returns a preview of the first link of a text, when one can be made. The embedded network fetches no pages, so it answers 404 Not Found, as TD does for a page that could not be fetched */
  getWebPagePreview: {
    params: {
      /** Message text */
      message_text?: string | null;
    };
    validated: {
      _: "getWebPagePreview";
      message_text: string;
    };
    result: WebPage;
  };
  /** Returns the instant view of a web page, when one can be made. The embedded network fetches no pages, so it answers 404 Not Found */
  getWebPageInstantView: {
    params: {
      /** URL */
      url?: string | null;
      /** Force full */
      force_full?: boolean | null;
    };
    validated: {
      _: "getWebPageInstantView";
      url: string;
      force_full: boolean;
    };
    result: WebPageInstantView;
  };
  /** Returns the notification settings of a chat or of a kind of chats */
  getNotificationSettings: {
    params: {
      /** Which chats */
      scope?: Input.NotificationSettingsScope | null;
    };
    validated: {
      _: "getNotificationSettings";
      scope: NotificationSettingsScope | null;
    };
    result: NotificationSettings;
  };
  /** Changes the notification settings of a chat or of a kind of chats */
  setNotificationSettings: {
    params: {
      /** Which chats */
      scope?: Input.NotificationSettingsScope | null;
      /** Notification settings */
      notification_settings?: Input.notificationSettings | null;
    };
    validated: {
      _: "setNotificationSettings";
      scope: NotificationSettingsScope | null;
      notification_settings: notificationSettings | null;
    };
    result: Ok;
  };
  /** Puts every notification setting back to the default */
  resetAllNotificationSettings: {
    params: {
    };
    validated: {
      _: "resetAllNotificationSettings";
    };
    result: Ok;
  };
  /** Uploads a new profile photo for the account */
  setProfilePhoto: {
    params: {
      /** Photo; may be null */
      photo?: Input.InputFile | null;
    };
    validated: {
      _: "setProfilePhoto";
      photo: InputFile | null;
    };
    result: Ok;
  };
  /** Deletes a profile photo of the account */
  deleteProfilePhoto: {
    params: {
      /** Identifier of the profile photo */
      profile_photo_id?: string | number | null;
    };
    validated: {
      _: "deleteProfilePhoto";
      profile_photo_id: string;
    };
    result: Ok;
  };
  /** Starts moving the account to another phone number; a code is sent to it */
  changePhoneNumber: {
    params: {
      /** Phone number */
      phone_number?: string | null;
      /** Allow flash call */
      allow_flash_call?: boolean | null;
      /** True when current phone number */
      is_current_phone_number?: boolean | null;
    };
    validated: {
      _: "changePhoneNumber";
      phone_number: string;
      allow_flash_call: boolean;
      is_current_phone_number: boolean;
    };
    result: AuthState;
  };
  /** Sends the code for changePhoneNumber again */
  resendChangePhoneNumberCode: {
    params: {
    };
    validated: {
      _: "resendChangePhoneNumberCode";
    };
    result: AuthState;
  };
  /** Finishes changePhoneNumber with the code that was sent */
  checkChangePhoneNumberCode: {
    params: {
      /** Code */
      code?: string | null;
    };
    validated: {
      _: "checkChangePhoneNumberCode";
      code: string;
    };
    result: AuthState;
  };
  /** Chooses whether every member of a basic group is an administrator (creator only) */
  toggleGroupAdministrators: {
    params: {
      /** Basic group identifier */
      group_id?: number | null;
      /** Everyone is administrator */
      everyone_is_administrator?: boolean | null;
    };
    validated: {
      _: "toggleGroupAdministrators";
      group_id: number;
      everyone_is_administrator: boolean;
    };
    result: Ok;
  };
  /** Sets or removes the public username of a channel (creator only) */
  changeChannelUsername: {
    params: {
      /** Channel identifier */
      channel_id?: number | null;
      /** Username */
      username?: string | null;
    };
    validated: {
      _: "changeChannelUsername";
      channel_id: number;
      username: string;
    };
    result: Ok;
  };
  /** Sets the sticker set of a supergroup */
  setChannelStickerSet: {
    params: {
      /** Channel identifier */
      channel_id?: number | null;
      /** Identifier of the sticker set */
      sticker_set_id?: string | number | null;
    };
    validated: {
      _: "setChannelStickerSet";
      channel_id: number;
      sticker_set_id: string;
    };
    result: Ok;
  };
  /** Chooses whether any member of a supergroup may add users */
  toggleChannelInvites: {
    params: {
      /** Channel identifier */
      channel_id?: number | null;
      /** True when any member may add users */
      anyone_can_invite?: boolean | null;
    };
    validated: {
      _: "toggleChannelInvites";
      channel_id: number;
      anyone_can_invite: boolean;
    };
    result: Ok;
  };
  /** Chooses whether posts of a broadcast channel carry their author */
  toggleChannelSignMessages: {
    params: {
      /** Channel identifier */
      channel_id?: number | null;
      /** True when posts carry their author */
      sign_messages?: boolean | null;
    };
    validated: {
      _: "toggleChannelSignMessages";
      channel_id: number;
      sign_messages: boolean;
    };
    result: Ok;
  };
  /** Changes the description of a channel */
  changeChannelDescription: {
    params: {
      /** Channel identifier */
      channel_id?: number | null;
      description?: string | null;
    };
    validated: {
      _: "changeChannelDescription";
      channel_id: number;
      description: string;
    };
    result: Ok;
  };
  /** Pins a message of a channel (needs the right to pin) */
  pinChannelMessage: {
    params: {
      /** Channel identifier */
      channel_id?: number | null;
      /** Message identifier */
      message_id?: number | null;
      /** True to send without a notification */
      disable_notification?: boolean | null;
    };
    validated: {
      _: "pinChannelMessage";
      channel_id: number;
      message_id: number;
      disable_notification: boolean;
    };
    result: Ok;
  };
  /** Unpins the pinned message of a channel */
  unpinChannelMessage: {
    params: {
      /** Channel identifier */
      channel_id?: number | null;
    };
    validated: {
      _: "unpinChannelMessage";
      channel_id: number;
    };
    result: Ok;
  };
  /** Reports some of a user's messages in a supergroup as spam */
  reportChannelSpam: {
    params: {
      /** Channel identifier */
      channel_id?: number | null;
      /** User identifier */
      user_id?: number | null;
      /** Message identifiers */
      message_ids?: number[] | null;
    };
    validated: {
      _: "reportChannelSpam";
      channel_id: number;
      user_id: number;
      message_ids: number[];
    };
    result: Ok;
  };
  /** Lists members of a channel by a filter (all, administrators, restricted, banned, bots, recent) */
  getChannelMembers: {
    params: {
      /** Channel identifier */
      channel_id?: number | null;
      /** Filter */
      filter?: Input.ChannelMembersFilter | null;
      /** Offset of the first result */
      offset?: number | null;
      /** Largest number of results to return */
      limit?: number | null;
    };
    validated: {
      _: "getChannelMembers";
      channel_id: number;
      filter: ChannelMembersFilter | null;
      offset: number;
      limit: number;
    };
    result: ChatMembers;
  };
  /** Deletes a channel with its messages (creator only) */
  deleteChannel: {
    params: {
      /** Channel identifier */
      channel_id?: number | null;
    };
    validated: {
      _: "deleteChannel";
      channel_id: number;
    };
    result: Ok;
  };
  /** Ends a secret chat */
  closeSecretChat: {
    params: {
      /** Secret chat identifier */
      secret_chat_id?: number | null;
    };
    validated: {
      _: "closeSecretChat";
      secret_chat_id: number;
    };
    result: Ok;
  };
  /** Returns the recent administrative actions in a channel (administrators only) */
  getChatEventLog: {
    params: {
      /** Chat identifier */
      chat_id?: number | null;
      /** Text of the query */
      query?: string | null;
      /** Identifier of the from event */
      from_event_id?: string | number | null;
      /** Largest number of results to return */
      limit?: number | null;
      /** Filters */
      filters?: Input.chatEventLogFilters | null;
      /** User identifiers */
      user_ids?: number[] | null;
    };
    validated: {
      _: "getChatEventLog";
      chat_id: number;
      query: string;
      from_event_id: string;
      limit: number;
      filters: chatEventLogFilters | null;
      user_ids: number[];
    };
    result: ChatEvents;
  };
  /** Returns what a payment of an invoice message needs */
  getPaymentForm: {
    params: {
      /** Chat identifier */
      chat_id?: number | null;
      /** Message identifier */
      message_id?: number | null;
    };
    validated: {
      _: "getPaymentForm";
      chat_id: number;
      message_id: number;
    };
    result: PaymentForm;
  };
  /** Checks the order information of an invoice and returns the shipping options */
  validateOrderInfo: {
    params: {
      /** Chat identifier */
      chat_id?: number | null;
      /** Message identifier */
      message_id?: number | null;
      /** Order information; may be null */
      order_info?: Input.orderInfo | null;
      /** Allow save */
      allow_save?: boolean | null;
    };
    validated: {
      _: "validateOrderInfo";
      chat_id: number;
      message_id: number;
      order_info: orderInfo | null;
      allow_save: boolean;
    };
    result: ValidatedOrderInfo;
  };
  /** Pays an invoice */
  sendPaymentForm: {
    params: {
      /** Chat identifier */
      chat_id?: number | null;
      /** Message identifier */
      message_id?: number | null;
      /** Identifier of the order info */
      order_info_id?: string | null;
      /** Identifier of the chosen shipping option */
      shipping_option_id?: string | null;
      /** Credentials */
      credentials?: Input.InputCredentials | null;
    };
    validated: {
      _: "sendPaymentForm";
      chat_id: number;
      message_id: number;
      order_info_id: string;
      shipping_option_id: string;
      credentials: InputCredentials | null;
    };
    result: PaymentResult;
  };
  /** Returns the receipt of a paid invoice */
  getPaymentReceipt: {
    params: {
      /** Chat identifier */
      chat_id?: number | null;
      /** Message identifier */
      message_id?: number | null;
    };
    validated: {
      _: "getPaymentReceipt";
      chat_id: number;
      message_id: number;
    };
    result: PaymentReceipt;
  };
  /** Returns the saved order information of the account */
  getSavedOrderInfo: {
    params: {
    };
    validated: {
      _: "getSavedOrderInfo";
    };
    result: OrderInfo;
  };
  /** Forgets the saved order information */
  deleteSavedOrderInfo: {
    params: {
    };
    validated: {
      _: "deleteSavedOrderInfo";
    };
    result: Ok;
  };
  /** Forgets the saved payment credentials */
  deleteSavedCredentials: {
    params: {
    };
    validated: {
      _: "deleteSavedCredentials";
    };
    result: Ok;
  };
  /** Returns the support user. On the embedded network it is a built-in account without a phone number: messages sent to it are kept, and nobody answers them */
  getSupportUser: {
    params: {
    };
    validated: {
      _: "getSupportUser";
    };
    result: User;
  };
  /** Lists the built-in chat backgrounds */
  getWallpapers: {
    params: {
    };
    validated: {
      _: "getWallpapers";
    };
    result: Wallpapers;
  };
  /** Registers a device for push notifications from Telegram's servers. The embedded backend answers 501: it delivers updates through its own feed, with no push service */
  registerDevice: {
    params: {
      /** Device token */
      device_token?: Input.DeviceToken | null;
    };
    validated: {
      _: "registerDevice";
      device_token: DeviceToken | null;
    };
    result: Ok;
  };
  /** Sets the privacy rules of a setting (who sees my status, who may call me or invite me to groups). The rules are read in order and the first that matches decides; none matching refuses. The embedded network enforces them: a hidden status shows as recently, last week or last month; adding a refusing user to a group answers USER_PRIVACY_RESTRICTED; userFull.can_be_called follows the call rules */
  setPrivacy: {
    params: {
      /** Privacy setting */
      key?: Input.PrivacyKey | null;
      /** Rules */
      rules?: Input.privacyRules | null;
    };
    validated: {
      _: "setPrivacy";
      key: PrivacyKey | null;
      rules: privacyRules | null;
    };
    result: Ok;
  };
  /** Returns the privacy rules of a setting */
  getPrivacy: {
    params: {
      /** Privacy setting */
      key?: Input.PrivacyKey | null;
    };
    validated: {
      _: "getPrivacy";
      key: PrivacyKey | null;
    };
    result: PrivacyRules;
  };
  /** Sets after how long without activity the account is deleted (30 to 366 days; 180 until set). The embedded network applies it when the account's phone number next logs in */
  changeAccountTtl: {
    params: {
      /** The new delay, in days */
      ttl?: Input.accountTtl | null;
    };
    validated: {
      _: "changeAccountTtl";
      ttl: accountTtl | null;
    };
    result: Ok;
  };
  /** Returns after how long without activity the account is deleted */
  getAccountTtl: {
    params: {
    };
    validated: {
      _: "getAccountTtl";
    };
    result: AccountTtl;
  };
  /** Deletes the account for good: every session of it is logged out, others see it as a deleted user (its messages stay, from a deleted account), and its phone number registers a new account */
  deleteAccount: {
    params: {
      /** Reason; may be null */
      reason?: string | null;
    };
    validated: {
      _: "deleteAccount";
      reason: string;
    };
    result: Ok;
  };
  /** Tells whether a chat can be reported as spam now */
  getChatReportSpamState: {
    params: {
      /** Chat identifier */
      chat_id?: number | null;
    };
    validated: {
      _: "getChatReportSpamState";
      chat_id: number;
    };
    result: ChatReportSpamState;
  };
  /** Reports a chat as spam, or dismisses the offer to */
  changeChatReportSpamState: {
    params: {
      /** Chat identifier */
      chat_id?: number | null;
      /** True when spam chat */
      is_spam_chat?: boolean | null;
    };
    validated: {
      _: "changeChatReportSpamState";
      chat_id: number;
      is_spam_chat: boolean;
    };
    result: Ok;
  };
  /** Reports a chat to the moderators, with a reason */
  reportChat: {
    params: {
      /** Chat identifier */
      chat_id?: number | null;
      /** Reason */
      reason?: Input.ChatReportReason | null;
    };
    validated: {
      _: "reportChat";
      chat_id: number;
      reason: ChatReportReason | null;
    };
    result: Ok;
  };
  /** Returns how much room the local files take, by chat and kind of file */
  getStorageStatistics: {
    params: {
      /** Chat limit */
      chat_limit?: number | null;
    };
    validated: {
      _: "getStorageStatistics";
      chat_limit: number;
    };
    result: StorageStatistics;
  };
  /** Returns the room taken by local files and the database, quickly */
  getStorageStatisticsFast: {
    params: {
    };
    validated: {
      _: "getStorageStatisticsFast";
    };
    result: StorageStatisticsFast;
  };
  /** Deletes local files by age, size, kind and chat to free room */
  optimizeStorage: {
    params: {
      /** Size in bytes; 0 when unknown */
      size?: number | null;
      /** Self-destruct time in seconds; 0 for none */
      ttl?: number | null;
      /** Number of items */
      count?: number | null;
      /** Immunity delay */
      immunity_delay?: number | null;
      /** File types */
      file_types?: Input.FileType[] | null;
      /** Chat identifiers */
      chat_ids?: number[] | null;
      /** Identifiers of the exclude chats */
      exclude_chat_ids?: number[] | null;
      /** Chat limit */
      chat_limit?: number | null;
    };
    validated: {
      _: "optimizeStorage";
      size: number;
      ttl: number;
      count: number;
      immunity_delay: number;
      file_types: FileType[];
      chat_ids: number[];
      exclude_chat_ids: number[];
      chat_limit: number;
    };
    result: StorageStatistics;
  };
  /** Tells the client which kind of network it is on, for the network statistics. Can be called before authorization */
  setNetworkType: {
    params: {
      /** Type */
      type?: Input.NetworkType | null;
    };
    validated: {
      _: "setNetworkType";
      type: NetworkType | null;
    };
    result: Ok;
  };
  /** Returns the bytes sent and received, counted locally per session from the entries added with addNetworkStatistics. Can be called before authorization */
  getNetworkStatistics: {
    params: {
      /** Only current */
      only_current?: boolean | null;
    };
    validated: {
      _: "getNetworkStatistics";
      only_current: boolean;
    };
    result: NetworkStatistics;
  };
  /** Adds an entry to the network statistics. Can be called before authorization */
  addNetworkStatistics: {
    params: {
      /** Entry */
      entry?: Input.NetworkStatisticsEntry | null;
    };
    validated: {
      _: "addNetworkStatistics";
      entry: NetworkStatisticsEntry | null;
    };
    result: Ok;
  };
  /** Sets every network statistic back to zero. Can be called before authorization */
  resetNetworkStatistics: {
    params: {
    };
    validated: {
      _: "resetNetworkStatistics";
    };
    result: Ok;
  };
  /** Lets a bot report how many updates wait for it and its last error (bots only) */
  setBotUpdatesStatus: {
    params: {
      /** Number of pending update */
      pending_update_count?: number | null;
      /** Error text; empty when none */
      error_message?: string | null;
    };
    validated: {
      _: "setBotUpdatesStatus";
      pending_update_count: number;
      error_message: string;
    };
    result: Ok;
  };
  /** Uploads a PNG image for a new sticker (bots only) */
  uploadStickerFile: {
    params: {
      /** User identifier */
      user_id?: number | null;
      /** Png sticker */
      png_sticker?: Input.InputFile | null;
    };
    validated: {
      _: "uploadStickerFile";
      user_id: number;
      png_sticker: InputFile | null;
    };
    result: File;
  };
  /** Creates a sticker set owned by a user (bots only) */
  createNewStickerSet: {
    params: {
      /** User identifier */
      user_id?: number | null;
      /** Title */
      title?: string | null;
      /** Name */
      name?: string | null;
      /** True for mask sets rather than sticker sets */
      is_masks?: boolean | null;
      /** Stickers */
      stickers?: Input.inputSticker[] | null;
    };
    validated: {
      _: "createNewStickerSet";
      user_id: number;
      title: string;
      name: string;
      is_masks: boolean;
      stickers: inputSticker[];
    };
    result: StickerSet;
  };
  /** Adds a sticker to a set the bot created (bots only) */
  addStickerToSet: {
    params: {
      /** User identifier */
      user_id?: number | null;
      /** Name */
      name?: string | null;
      /** Sticker */
      sticker?: Input.inputSticker | null;
    };
    validated: {
      _: "addStickerToSet";
      user_id: number;
      name: string;
      sticker: inputSticker | null;
    };
    result: StickerSet;
  };
  /** Moves a sticker within a set the bot created (bots only) */
  setStickerPositionInSet: {
    params: {
      /** Sticker */
      sticker?: Input.InputFile | null;
      /** New position, from 0 */
      position?: number | null;
    };
    validated: {
      _: "setStickerPositionInSet";
      sticker: InputFile | null;
      position: number;
    };
    result: Ok;
  };
  /** Removes a sticker from a set the bot created (bots only) */
  deleteStickerFromSet: {
    params: {
      /** Sticker */
      sticker?: Input.InputFile | null;
    };
    validated: {
      _: "deleteStickerFromSet";
      sticker: InputFile | null;
    };
    result: Ok;
  };
  /** Sends a request in JSON to a method of the server that the API has no function for (bots only). On the embedded network the server is another bot: the method is `<bot username>.<name>`, that bot gets updateNewCustomQuery and its answerCustomQuery is the result */
  sendCustomRequest: {
    params: {
      /** Method */
      method?: string | null;
      /** Parameters */
      parameters?: string | null;
    };
    validated: {
      _: "sendCustomRequest";
      method: string;
      parameters: string;
    };
    result: CustomRequestResult;
  };
  /** Answers a custom query with JSON (bots only) */
  answerCustomQuery: {
    params: {
      /** Identifier of the custom query */
      custom_query_id?: string | number | null;
      /** Data */
      data?: string | null;
    };
    validated: {
      _: "answerCustomQuery";
      custom_query_id: string;
      data: string;
    };
    result: Ok;
  };
  /** Answers Ok after a number of seconds. Can be called before authorization */
  setAlarm: {
    params: {
      /** Seconds */
      seconds?: number | null;
    };
    validated: {
      _: "setAlarm";
      seconds: number;
    };
    result: Ok;
  };
  /** Returns the text used to invite friends to the application */
  getInviteText: {
    params: {
    };
    validated: {
      _: "getInviteText";
    };
    result: Text;
  };
  /** Returns the terms of service. Can be called before authorization */
  getTermsOfService: {
    params: {
    };
    validated: {
      _: "getTermsOfService";
    };
    result: Text;
  };
  /** Sets the proxy for connections to Telegram's servers. Can be called before authorization. The embedded backend answers 501: it makes no network connections */
  setProxy: {
    params: {
      /** Proxy */
      proxy?: Input.Proxy | null;
    };
    validated: {
      _: "setProxy";
      proxy: Proxy | null;
    };
    result: Ok;
  };
  /** Returns the proxy for connections to Telegram's servers. Can be called before authorization. The embedded backend answers 501: it makes no network connections */
  getProxy: {
    params: {
    };
    validated: {
      _: "getProxy";
    };
    result: Proxy;
  };
  /** Makes the client fetch the updates it missed (for testing) */
  testGetDifference: {
    params: {
    };
    validated: {
      _: "testGetDifference";
    };
    result: Ok;
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
  passwordRecoveryInfo: passwordRecoveryInfo;
  recoveryEmail: recoveryEmail;
  temporaryPasswordState: temporaryPasswordState;
  file: file;
  inputFileId: inputFileId;
  inputFilePersistentId: inputFilePersistentId;
  inputFileLocal: inputFileLocal;
  inputFileGenerated: inputFileGenerated;
  photoSize: photoSize;
  maskPosition: maskPosition;
  animation: animation;
  audio: audio;
  document: document;
  photo: photo;
  sticker: sticker;
  video: video;
  videoNote: videoNote;
  voice: voice;
  venue: venue;
  game: game;
  profilePhoto: profilePhoto;
  chatPhoto: chatPhoto;
  userProfilePhotos: userProfilePhotos;
  channelMembersFilterRecent: channelMembersFilterRecent;
  channelMembersFilterAdministrators: channelMembersFilterAdministrators;
  channelMembersFilterSearch: channelMembersFilterSearch;
  channelMembersFilterRestricted: channelMembersFilterRestricted;
  channelMembersFilterBanned: channelMembersFilterBanned;
  channelMembersFilterBots: channelMembersFilterBots;
  group: group;
  groupFull: groupFull;
  channel: channel;
  channelFull: channelFull;
  secretChat: secretChat;
  chatInviteLink: chatInviteLink;
  chatInviteLinkInfo: chatInviteLinkInfo;
  messageForwardedPost: messageForwardedPost;
  foundMessages: foundMessages;
  notificationSettingsScopeChat: notificationSettingsScopeChat;
  notificationSettingsScopePrivateChats: notificationSettingsScopePrivateChats;
  notificationSettingsScopeGroupChats: notificationSettingsScopeGroupChats;
  notificationSettingsScopeAllChats: notificationSettingsScopeAllChats;
  chatTypeChannel: chatTypeChannel;
  chatTypeSecret: chatTypeSecret;
  inlineKeyboardButtonTypeCallbackGame: inlineKeyboardButtonTypeCallbackGame;
  inlineKeyboardButtonTypeSwitchInline: inlineKeyboardButtonTypeSwitchInline;
  inlineKeyboardButtonTypeBuy: inlineKeyboardButtonTypeBuy;
  richTextPlain: richTextPlain;
  richTextBold: richTextBold;
  richTextItalic: richTextItalic;
  richTextUnderline: richTextUnderline;
  richTextStrikethrough: richTextStrikethrough;
  richTextFixed: richTextFixed;
  richTextUrl: richTextUrl;
  richTextEmail: richTextEmail;
  richTextConcatenation: richTextConcatenation;
  pageBlockTitle: pageBlockTitle;
  pageBlockSubtitle: pageBlockSubtitle;
  pageBlockAuthorDate: pageBlockAuthorDate;
  pageBlockHeader: pageBlockHeader;
  pageBlockSubheader: pageBlockSubheader;
  pageBlockParagraph: pageBlockParagraph;
  pageBlockPreformatted: pageBlockPreformatted;
  pageBlockFooter: pageBlockFooter;
  pageBlockDivider: pageBlockDivider;
  pageBlockAnchor: pageBlockAnchor;
  pageBlockList: pageBlockList;
  pageBlockBlockQuote: pageBlockBlockQuote;
  pageBlockPullQuote: pageBlockPullQuote;
  pageBlockAnimation: pageBlockAnimation;
  pageBlockAudio: pageBlockAudio;
  pageBlockPhoto: pageBlockPhoto;
  pageBlockVideo: pageBlockVideo;
  pageBlockCover: pageBlockCover;
  pageBlockEmbedded: pageBlockEmbedded;
  pageBlockEmbeddedPost: pageBlockEmbeddedPost;
  pageBlockCollage: pageBlockCollage;
  pageBlockSlideshow: pageBlockSlideshow;
  pageBlockChatLink: pageBlockChatLink;
  webPageInstantView: webPageInstantView;
  webPage: webPage;
  labeledPrice: labeledPrice;
  invoice: invoice;
  shippingAddress: shippingAddress;
  orderInfo: orderInfo;
  shippingOption: shippingOption;
  savedCredentials: savedCredentials;
  inputCredentialsSaved: inputCredentialsSaved;
  inputCredentialsNew: inputCredentialsNew;
  paymentsProviderStripe: paymentsProviderStripe;
  paymentForm: paymentForm;
  validatedOrderInfo: validatedOrderInfo;
  paymentResult: paymentResult;
  paymentReceipt: paymentReceipt;
  messageAnimation: messageAnimation;
  messageAudio: messageAudio;
  messageDocument: messageDocument;
  messagePhoto: messagePhoto;
  messageExpiredPhoto: messageExpiredPhoto;
  messageSticker: messageSticker;
  messageVideo: messageVideo;
  messageExpiredVideo: messageExpiredVideo;
  messageVideoNote: messageVideoNote;
  messageVoice: messageVoice;
  messageVenue: messageVenue;
  messageGame: messageGame;
  messageInvoice: messageInvoice;
  messageCall: messageCall;
  messageChannelChatCreate: messageChannelChatCreate;
  messageChatChangePhoto: messageChatChangePhoto;
  messageChatDeletePhoto: messageChatDeletePhoto;
  messageChatJoinByLink: messageChatJoinByLink;
  messageChatMigrateTo: messageChatMigrateTo;
  messageChatMigrateFrom: messageChatMigrateFrom;
  messagePinMessage: messagePinMessage;
  messageScreenshotTaken: messageScreenshotTaken;
  messageChatSetTtl: messageChatSetTtl;
  messageGameScore: messageGameScore;
  messagePaymentSuccessful: messagePaymentSuccessful;
  messagePaymentSuccessfulBot: messagePaymentSuccessfulBot;
  inputThumb: inputThumb;
  inputMessageAnimation: inputMessageAnimation;
  inputMessageAudio: inputMessageAudio;
  inputMessageDocument: inputMessageDocument;
  inputMessagePhoto: inputMessagePhoto;
  inputMessageSticker: inputMessageSticker;
  inputMessageVideo: inputMessageVideo;
  inputMessageVideoNote: inputMessageVideoNote;
  inputMessageVoice: inputMessageVoice;
  inputMessageVenue: inputMessageVenue;
  inputMessageGame: inputMessageGame;
  inputMessageInvoice: inputMessageInvoice;
  searchMessagesFilterAnimation: searchMessagesFilterAnimation;
  searchMessagesFilterAudio: searchMessagesFilterAudio;
  searchMessagesFilterDocument: searchMessagesFilterDocument;
  searchMessagesFilterPhoto: searchMessagesFilterPhoto;
  searchMessagesFilterVideo: searchMessagesFilterVideo;
  searchMessagesFilterVoice: searchMessagesFilterVoice;
  searchMessagesFilterPhotoAndVideo: searchMessagesFilterPhotoAndVideo;
  searchMessagesFilterUrl: searchMessagesFilterUrl;
  searchMessagesFilterChatPhoto: searchMessagesFilterChatPhoto;
  searchMessagesFilterCall: searchMessagesFilterCall;
  searchMessagesFilterMissedCall: searchMessagesFilterMissedCall;
  searchMessagesFilterVideoNote: searchMessagesFilterVideoNote;
  searchMessagesFilterVoiceAndVideoNote: searchMessagesFilterVoiceAndVideoNote;
  searchMessagesFilterMention: searchMessagesFilterMention;
  searchMessagesFilterUnreadMention: searchMessagesFilterUnreadMention;
  chatActionRecordingVideo: chatActionRecordingVideo;
  chatActionUploadingVideo: chatActionUploadingVideo;
  chatActionRecordingVoice: chatActionRecordingVoice;
  chatActionUploadingVoice: chatActionUploadingVoice;
  chatActionUploadingPhoto: chatActionUploadingPhoto;
  chatActionUploadingDocument: chatActionUploadingDocument;
  chatActionStartPlayingGame: chatActionStartPlayingGame;
  chatActionRecordingVideoNote: chatActionRecordingVideoNote;
  chatActionUploadingVideoNote: chatActionUploadingVideoNote;
  stickers: stickers;
  stickerEmojis: stickerEmojis;
  stickerSet: stickerSet;
  stickerSetInfo: stickerSetInfo;
  stickerSets: stickerSets;
  callDiscardReasonEmpty: callDiscardReasonEmpty;
  callDiscardReasonMissed: callDiscardReasonMissed;
  callDiscardReasonDeclined: callDiscardReasonDeclined;
  callDiscardReasonDisconnected: callDiscardReasonDisconnected;
  callDiscardReasonHungUp: callDiscardReasonHungUp;
  callProtocol: callProtocol;
  callConnection: callConnection;
  callId: callId;
  callStatePending: callStatePending;
  callStateExchangingKeys: callStateExchangingKeys;
  callStateReady: callStateReady;
  callStateHangingUp: callStateHangingUp;
  callStateDiscarded: callStateDiscarded;
  callStateError: callStateError;
  call: call;
  animations: animations;
  inputInlineQueryResultAnimatedGif: inputInlineQueryResultAnimatedGif;
  inputInlineQueryResultAnimatedMpeg4: inputInlineQueryResultAnimatedMpeg4;
  inputInlineQueryResultArticle: inputInlineQueryResultArticle;
  inputInlineQueryResultAudio: inputInlineQueryResultAudio;
  inputInlineQueryResultContact: inputInlineQueryResultContact;
  inputInlineQueryResultDocument: inputInlineQueryResultDocument;
  inputInlineQueryResultGame: inputInlineQueryResultGame;
  inputInlineQueryResultLocation: inputInlineQueryResultLocation;
  inputInlineQueryResultPhoto: inputInlineQueryResultPhoto;
  inputInlineQueryResultSticker: inputInlineQueryResultSticker;
  inputInlineQueryResultVenue: inputInlineQueryResultVenue;
  inputInlineQueryResultVideo: inputInlineQueryResultVideo;
  inputInlineQueryResultVoice: inputInlineQueryResultVoice;
  inlineQueryResultArticle: inlineQueryResultArticle;
  inlineQueryResultContact: inlineQueryResultContact;
  inlineQueryResultLocation: inlineQueryResultLocation;
  inlineQueryResultVenue: inlineQueryResultVenue;
  inlineQueryResultGame: inlineQueryResultGame;
  inlineQueryResultAnimation: inlineQueryResultAnimation;
  inlineQueryResultAudio: inlineQueryResultAudio;
  inlineQueryResultDocument: inlineQueryResultDocument;
  inlineQueryResultPhoto: inlineQueryResultPhoto;
  inlineQueryResultSticker: inlineQueryResultSticker;
  inlineQueryResultVideo: inlineQueryResultVideo;
  inlineQueryResultVoice: inlineQueryResultVoice;
  inlineQueryResults: inlineQueryResults;
  callbackQueryPayloadData: callbackQueryPayloadData;
  callbackQueryPayloadGame: callbackQueryPayloadGame;
  callbackQueryAnswer: callbackQueryAnswer;
  customRequestResult: customRequestResult;
  gameHighScore: gameHighScore;
  gameHighScores: gameHighScores;
  chatEventMessageEdited: chatEventMessageEdited;
  chatEventMessageDeleted: chatEventMessageDeleted;
  chatEventMessagePinned: chatEventMessagePinned;
  chatEventMessageUnpinned: chatEventMessageUnpinned;
  chatEventMemberJoined: chatEventMemberJoined;
  chatEventMemberLeft: chatEventMemberLeft;
  chatEventMemberInvited: chatEventMemberInvited;
  chatEventMemberPromoted: chatEventMemberPromoted;
  chatEventMemberRestricted: chatEventMemberRestricted;
  chatEventTitleChanged: chatEventTitleChanged;
  chatEventDescriptionChanged: chatEventDescriptionChanged;
  chatEventUsernameChanged: chatEventUsernameChanged;
  chatEventPhotoChanged: chatEventPhotoChanged;
  chatEventInvitesToggled: chatEventInvitesToggled;
  chatEventSignMessagesToggled: chatEventSignMessagesToggled;
  chatEventStickerSetChanged: chatEventStickerSetChanged;
  chatEvent: chatEvent;
  chatEvents: chatEvents;
  chatEventLogFilters: chatEventLogFilters;
  deviceTokenApns: deviceTokenApns;
  deviceTokenGcm: deviceTokenGcm;
  deviceTokenMpns: deviceTokenMpns;
  deviceTokenSimplePush: deviceTokenSimplePush;
  deviceTokenUbuntuPhone: deviceTokenUbuntuPhone;
  deviceTokenBlackberry: deviceTokenBlackberry;
  wallpaper: wallpaper;
  wallpapers: wallpapers;
  hashtags: hashtags;
  privacyRuleAllowAll: privacyRuleAllowAll;
  privacyRuleAllowContacts: privacyRuleAllowContacts;
  privacyRuleAllowUsers: privacyRuleAllowUsers;
  privacyRuleDisallowAll: privacyRuleDisallowAll;
  privacyRuleDisallowContacts: privacyRuleDisallowContacts;
  privacyRuleDisallowUsers: privacyRuleDisallowUsers;
  privacyRules: privacyRules;
  privacyKeyUserStatus: privacyKeyUserStatus;
  privacyKeyChatInvite: privacyKeyChatInvite;
  privacyKeyCall: privacyKeyCall;
  privacyKeyAllowFindingByPhoneNumber: privacyKeyAllowFindingByPhoneNumber;
  accountTtl: accountTtl;
  chatReportSpamState: chatReportSpamState;
  chatReportReasonSpam: chatReportReasonSpam;
  chatReportReasonViolence: chatReportReasonViolence;
  chatReportReasonPornography: chatReportReasonPornography;
  chatReportReasonOther: chatReportReasonOther;
  publicMessageLink: publicMessageLink;
  fileTypeNone: fileTypeNone;
  fileTypeAnimation: fileTypeAnimation;
  fileTypeAudio: fileTypeAudio;
  fileTypeDocument: fileTypeDocument;
  fileTypePhoto: fileTypePhoto;
  fileTypeProfilePhoto: fileTypeProfilePhoto;
  fileTypeSecret: fileTypeSecret;
  fileTypeSticker: fileTypeSticker;
  fileTypeThumb: fileTypeThumb;
  fileTypeUnknown: fileTypeUnknown;
  fileTypeVideo: fileTypeVideo;
  fileTypeVideoNote: fileTypeVideoNote;
  fileTypeVoice: fileTypeVoice;
  fileTypeWallpaper: fileTypeWallpaper;
  fileTypeSecretThumb: fileTypeSecretThumb;
  storageStatisticsByFileType: storageStatisticsByFileType;
  storageStatisticsByChat: storageStatisticsByChat;
  storageStatistics: storageStatistics;
  storageStatisticsFast: storageStatisticsFast;
  networkTypeNone: networkTypeNone;
  networkTypeMobile: networkTypeMobile;
  networkTypeMobileRoaming: networkTypeMobileRoaming;
  networkTypeWiFi: networkTypeWiFi;
  networkTypeOther: networkTypeOther;
  networkStatisticsEntryFile: networkStatisticsEntryFile;
  networkStatisticsEntryCall: networkStatisticsEntryCall;
  networkStatistics: networkStatistics;
  connectionStateWaitingForNetwork: connectionStateWaitingForNetwork;
  connectionStateConnectingToProxy: connectionStateConnectingToProxy;
  connectionStateConnecting: connectionStateConnecting;
  connectionStateUpdating: connectionStateUpdating;
  connectionStateReady: connectionStateReady;
  topChatCategoryUsers: topChatCategoryUsers;
  topChatCategoryBots: topChatCategoryBots;
  topChatCategoryGroups: topChatCategoryGroups;
  topChatCategoryChannels: topChatCategoryChannels;
  topChatCategoryInlineBots: topChatCategoryInlineBots;
  topChatCategoryCalls: topChatCategoryCalls;
  count: count;
  text: text;
  proxyEmpty: proxyEmpty;
  proxySocks5: proxySocks5;
  inputSticker: inputSticker;
  updateMessageSendAcknowledged: updateMessageSendAcknowledged;
  updateMessageSendSucceeded: updateMessageSendSucceeded;
  updateMessageSendFailed: updateMessageSendFailed;
  updateMessageViews: updateMessageViews;
  updateOpenMessageContent: updateOpenMessageContent;
  updateMessageMentionRead: updateMessageMentionRead;
  updateNewChat: updateNewChat;
  updateChatPhoto: updateChatPhoto;
  updateChatTopMessage: updateChatTopMessage;
  updateChatOrder: updateChatOrder;
  updateChatIsPinned: updateChatIsPinned;
  updateChatUnreadMentionCount: updateChatUnreadMentionCount;
  updateNotificationSettings: updateNotificationSettings;
  updateChatReplyMarkup: updateChatReplyMarkup;
  updateChatDraftMessage: updateChatDraftMessage;
  updateUserChatAction: updateUserChatAction;
  updateUserStatus: updateUserStatus;
  updateGroup: updateGroup;
  updateChannel: updateChannel;
  updateSecretChat: updateSecretChat;
  updateUserFull: updateUserFull;
  updateGroupFull: updateGroupFull;
  updateChannelFull: updateChannelFull;
  updateServiceNotification: updateServiceNotification;
  updateFileProgress: updateFileProgress;
  updateFile: updateFile;
  updateFileGenerationStart: updateFileGenerationStart;
  updateFileGenerationProgress: updateFileGenerationProgress;
  updateFileGenerationFinish: updateFileGenerationFinish;
  updateCall: updateCall;
  updatePrivacy: updatePrivacy;
  updateInstalledStickerSets: updateInstalledStickerSets;
  updateTrendingStickerSets: updateTrendingStickerSets;
  updateRecentStickers: updateRecentStickers;
  updateFavoriteStickers: updateFavoriteStickers;
  updateSavedAnimations: updateSavedAnimations;
  updateConnectionState: updateConnectionState;
  updateNewInlineQuery: updateNewInlineQuery;
  updateNewChosenInlineResult: updateNewChosenInlineResult;
  updateNewCallbackQuery: updateNewCallbackQuery;
  updateNewInlineCallbackQuery: updateNewInlineCallbackQuery;
  updateNewShippingQuery: updateNewShippingQuery;
  updateNewPreCheckoutQuery: updateNewPreCheckoutQuery;
  updateNewCustomEvent: updateNewCustomEvent;
  updateNewCustomQuery: updateNewCustomQuery;
}

/** Name of any constructor. */
export type ObjectName = keyof Objects;
