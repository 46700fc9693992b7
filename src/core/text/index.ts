/**
 * Text entities: detection (getTextEntities), Markdown and HTML parsing (parseTextEntities,
 * sendMessage with parse_mode), validation of user-given entities, and the combination
 * sendMessage applies. Pure functions over JS strings; offsets are UTF-16 code units.
 * Failures are returned as `{ error }` values (see isTextError), never thrown.
 */
export {
  TEXT_ENTITY_TYPE_NAMES,
  isTextError,
  sortEntities,
  textEntity,
  type FormattedText,
  type TextEntity,
  type TextEntityType,
  type TextEntityTypeName,
  type TextError,
  type TextResult,
} from './types.js';
export { utf16Length, utf16OffsetOfByte, utf8ByteOffset } from './chars.js';
export { findEntities, isEmailAddress, type FindEntitiesOptions } from './detect.js';
export { parseMarkdown } from './markdown.js';
export { parseHtml } from './html.js';
export { toHtml } from './render.js';
export { checkLink, mentionUserId } from './links.js';
export {
  addDetectedEntities,
  cleanFormattedText,
  formatText,
  parseTextEntities,
  validateEntities,
  type FormatTextOptions,
  type ParseMode,
} from './entities.js';
