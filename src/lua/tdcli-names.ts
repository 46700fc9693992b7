/**
 * The 2017-03 TD API (the one tdcli spoke) against ours (2017-12): every function and constructor
 * of the older API that is not spelled the same in ours, and what it becomes. Names that are the
 * same in both need no entry. docs/compat.md lists this table for users; a test checks that every
 * name of the 2017-03 file is either ours or here.
 *
 * An entry with `to` is translated (renamed parameters, defaults for parameters the 2017-03 call
 * did not have, or a `build` for a shape that changed); an entry with `none` has no equivalent and
 * answers an error object naming it and saying why.
 */

/** How one 2017-03 function or constructor becomes ours. */
export interface LegacyEntry {
  /** Our name. */
  to?: string;
  /** 2017-03 field name → ours. */
  rename?: Record<string, string>;
  /** Our fields the 2017-03 form did not have, with the value that keeps its meaning. */
  defaults?: Record<string, unknown>;
  /** Reshape the fields (already renamed, still in tdcli's raw values) when more than names changed. */
  build?: (fields: Record<string, unknown>) => Record<string, unknown>;
  /** No equivalent: why (the error object says it). */
  none?: string;
}

const entity = (type: string, extra: string[] = []): LegacyEntry => ({
  to: 'textEntity',
  build: (f) => {
    const t: Record<string, unknown> = { ID: type };
    for (const k of extra) t[k] = f[k];
    return { offset: f.offset, length: f.length, type: t };
  },
});

const admin = (rights: string[]): LegacyEntry => ({
  to: 'chatMemberStatusAdministrator',
  defaults: Object.fromEntries(['can_be_edited', ...rights].map((r) => [r, true])),
});

/** 2017-03 functions that are not spelled as ours (names as the 2017-03 file writes them). */
export const LEGACY_FUNCTIONS: Record<string, LegacyEntry> = {
  getStickerSets: { to: 'getInstalledStickerSets' },
  updateStickerSet: { to: 'changeStickerSet' },
  reorderStickerSets: { to: 'reorderInstalledStickerSets' },
  toggleGroupEditors: { to: 'toggleGroupAdministrators', rename: { anyone_can_edit: 'everyone_is_administrator' } },
  changeChannelAbout: { to: 'changeChannelDescription', rename: { about: 'description' } },
  getCreatedPublicChannels: { to: 'getCreatedPublicChats' },
  getDeviceTokens: { none: 'push notification device tokens live on Telegram\'s servers; the offline core keeps none (registerDevice answers 501 too)' },
  'test.callEmpty': { to: 'testCallEmpty' },
  'test.squareInt': { to: 'testSquareInt' },
  'test.callString': { to: 'testCallString' },
  'test.callBytes': { to: 'testCallBytes' },
  'test.callVectorInt': { to: 'testCallVectorInt' },
  'test.callVectorIntObject': { to: 'testCallVectorIntObject' },
  'test.callVectorString': { to: 'testCallVectorString' },
  'test.callVectorStringObject': { to: 'testCallVectorStringObject' },
  'test.testNet': { to: 'testNetwork' },
  'test.forceGetDifference': { to: 'testGetDifference' },
  // same name, parameters that changed
  getFilePersistent: { to: 'getFilePersistent', defaults: { file_type: { ID: 'FileTypeUnknown' } } },
  getChatHistory: { to: 'getChatHistory', defaults: { only_local: false } },
  searchChatMessages: { to: 'searchChatMessages', defaults: { sender_user_id: 0, offset: 0 } },
  // tdcli's deleteMessages removed the messages for everyone where the account could
  deleteMessages: { to: 'deleteMessages', defaults: { revoke: true } },
  createNewChannelChat: { to: 'createNewChannelChat', rename: { about: 'description' } },
  downloadFile: { to: 'downloadFile', defaults: { priority: 1 } },
  setFileGenerationProgress: { to: 'setFileGenerationProgress', build: (f) => ({ generation_id: f.generation_id, size: f.ready, local_size: f.ready }) },
  getStickers: { to: 'getStickers', defaults: { limit: 100 } },
  setProfilePhoto: { to: 'setProfilePhoto', build: (f) => ({ photo: { ID: 'InputFileLocal', path: f.photo_path } }) },
};

/** 2017-03 constructors that are not spelled as ours. */
export const LEGACY_CONSTRUCTORS: Record<string, LegacyEntry> = {
  chatMemberStatusEditor: admin(['can_change_info', 'can_post_messages', 'can_edit_messages', 'can_invite_users']),
  chatMemberStatusModerator: admin(['can_delete_messages', 'can_invite_users', 'can_restrict_members', 'can_pin_messages']),
  chatMemberStatusKicked: { to: 'chatMemberStatusBanned', defaults: { banned_until_date: 0 } },
  channelMembersRecent: { to: 'channelMembersFilterRecent' },
  channelMembersAdministrators: { to: 'channelMembersFilterAdministrators' },
  channelMembersKicked: { to: 'channelMembersFilterBanned', defaults: { query: '' } },
  channelMembersBots: { to: 'channelMembersFilterBots' },
  channels: { none: 'our API answers chat identifiers instead (chats)' },
  notificationSettingsForChat: { to: 'notificationSettingsScopeChat' },
  notificationSettingsForPrivateChats: { to: 'notificationSettingsScopePrivateChats' },
  notificationSettingsForGroupChats: { to: 'notificationSettingsScopeGroupChats' },
  notificationSettingsForAllChats: { to: 'notificationSettingsScopeAllChats' },
  privateChatInfo: { to: 'chatTypePrivate', build: (f) => ({ user_id: (f.user as { id?: unknown } | undefined)?.id }) },
  groupChatInfo: { to: 'chatTypeGroup', build: (f) => ({ group_id: (f.group as { id?: unknown } | undefined)?.id }) },
  channelChatInfo: { to: 'chatTypeChannel', build: (f) => ({ channel_id: (f.channel as { id?: unknown } | undefined)?.id }) },
  secretChatInfo: { to: 'chatTypeSecret', build: (f) => ({ secret_chat_id: (f.secret_chat as { id?: unknown } | undefined)?.id }) },
  messageEntityMention: entity('TextEntityTypeMention'),
  messageEntityHashtag: entity('TextEntityTypeHashtag'),
  messageEntityBotCommand: entity('TextEntityTypeBotCommand'),
  messageEntityUrl: entity('TextEntityTypeUrl'),
  messageEntityEmail: entity('TextEntityTypeEmail'),
  messageEntityBold: entity('TextEntityTypeBold'),
  messageEntityItalic: entity('TextEntityTypeItalic'),
  messageEntityCode: entity('TextEntityTypeCode'),
  messageEntityPre: entity('TextEntityTypePre'),
  messageEntityPreCode: entity('TextEntityTypePreCode', ['language']),
  messageEntityTextUrl: entity('TextEntityTypeTextUrl', ['url']),
  messageEntityMentionName: entity('TextEntityTypeMentionName', ['user_id']),
  inputThumbLocal: { to: 'inputThumb', build: (f) => ({ thumb: { ID: 'InputFileLocal', path: f.path }, width: f.width, height: f.height }) },
  inputThumbGenerated: {
    to: 'inputThumb',
    build: (f) => ({ thumb: { ID: 'InputFileGenerated', original_path: f.original_path, conversion: f.conversion, expected_size: 0 }, width: f.width, height: f.height }),
  },
  sendMessageTypingAction: { to: 'chatActionTyping' },
  sendMessageCancelAction: { to: 'chatActionCancel' },
  sendMessageRecordVideoAction: { to: 'chatActionRecordingVideo' },
  sendMessageUploadVideoAction: { to: 'chatActionUploadingVideo' },
  sendMessageRecordVoiceAction: { to: 'chatActionRecordingVoice' },
  sendMessageUploadVoiceAction: { to: 'chatActionUploadingVoice' },
  sendMessageUploadPhotoAction: { to: 'chatActionUploadingPhoto' },
  sendMessageUploadDocumentAction: { to: 'chatActionUploadingDocument' },
  sendMessageGeoLocationAction: { to: 'chatActionChoosingLocation' },
  sendMessageChooseContactAction: { to: 'chatActionChoosingContact' },
  sendMessageStartPlayGameAction: { to: 'chatActionStartPlayingGame' },
  callbackQueryData: { to: 'callbackQueryPayloadData' },
  callbackQueryGame: { to: 'callbackQueryPayloadGame' },
  apnsDeviceToken: { to: 'deviceTokenApns' },
  gcmDeviceToken: { to: 'deviceTokenGcm' },
  mpnsDeviceToken: { to: 'deviceTokenMpns' },
  simplePushDeviceToken: { to: 'deviceTokenSimplePush' },
  ubuntuPhoneDeviceToken: { to: 'deviceTokenUbuntuPhone' },
  blackberryDeviceToken: { to: 'deviceTokenBlackberry' },
  deviceTokenSet: { none: 'device tokens live on Telegram\'s servers (getDeviceTokens has no equivalent)' },
  optionBoolean: { to: 'optionValueBoolean' },
  optionEmpty: { to: 'optionValueEmpty' },
  optionInteger: { to: 'optionValueInteger' },
  optionString: { to: 'optionValueString' },
  updateUserAction: { to: 'updateUserChatAction' },
  updateUserBlocked: { none: 'our API has no such update: read is_blocked from getUserFull' },
  updateStickerSets: { to: 'updateInstalledStickerSets' },
  'test.empty': { none: 'our test functions answer ok instead' },
  'test.int': { to: 'testInt' },
  'test.string': { to: 'testString' },
  'test.bytes': { to: 'testBytes' },
  'test.vectorInt': { to: 'testVectorInt' },
  'test.vectorIntObject': { to: 'testVectorIntObject' },
  'test.vectorString': { to: 'testVectorString' },
  'test.vectorStringObject': { to: 'testVectorStringObject' },
  // same name, fields that changed
  inputFileGenerated: { to: 'inputFileGenerated' },
  maskPosition: { to: 'maskPosition', rename: { zoom: 'scale' } },
  group: { to: 'group', rename: { anyone_can_edit: 'everyone_is_administrator' } },
  channelFull: { to: 'channelFull', rename: { about: 'description' } },
};

/**
 * Our constructor → the 2017-03 name tdcli code compares `ID` with (results and updates go back in
 * tdcli's spelling). Built from LEGACY_CONSTRUCTORS where the mapping is one to one.
 */
export const TDCLI_OUTPUT_NAMES: ReadonlyMap<string, string> = new Map(
  Object.entries(LEGACY_CONSTRUCTORS)
    .filter(([old, e]) => e.to !== undefined && e.to !== old && e.to !== 'textEntity' && e.to !== 'inputThumb' && old !== 'chatMemberStatusEditor' && old !== 'chatMemberStatusModerator' && !old.startsWith('test.'))
    .map(([old, e]) => [e.to!, old]),
);

/**
 * Fields of our results that tdcli code read under their 2017-03 name: our constructor → our field
 * → 2017-03 field. Results carry both names.
 */
export const TDCLI_OUTPUT_ALIASES: Record<string, Record<string, string>> = {
  group: { everyone_is_administrator: 'anyone_can_edit' },
  channelFull: { description: 'about' },
  maskPosition: { scale: 'zoom' },
  session: { log_in_date: 'date_created', last_active_date: 'date_active' },
  chatInviteLinkInfo: { member_user_ids: 'members' },
};
