/**
 * Wire shapes of text entities, as our schema (src/schema/tl/td_api.tl) names them.
 *
 * Offsets and lengths count UTF-16 code units, which is exactly what JavaScript string
 * indices count: an emoji outside the BMP is 2 units, a combining mark is 1, a CJK ideograph 1.
 * Every function of src/core/text works on JS strings, so it never converts; only error
 * messages that copy TDLib's wording mention UTF-8 byte offsets.
 */

/** Every TextEntityType constructor our schema defines, in schema order. */
export const TEXT_ENTITY_TYPE_NAMES = [
  'textEntityTypeMention',
  'textEntityTypeHashtag',
  'textEntityTypeBotCommand',
  'textEntityTypeUrl',
  'textEntityTypeEmail',
  'textEntityTypeBold',
  'textEntityTypeItalic',
  'textEntityTypeCode',
  'textEntityTypePre',
  'textEntityTypePreCode',
  'textEntityTypeTextUrl',
  'textEntityTypeMentionName',
] as const;

/** Name of a TextEntityType constructor. */
export type TextEntityTypeName = (typeof TEXT_ENTITY_TYPE_NAMES)[number];

/** A TextEntityType object (`{ _: 'textEntityTypeBold' }`, `{ _: 'textEntityTypeTextUrl', url }` ...). */
export type TextEntityType =
  | { _: 'textEntityTypeMention' }
  | { _: 'textEntityTypeHashtag' }
  | { _: 'textEntityTypeBotCommand' }
  | { _: 'textEntityTypeUrl' }
  | { _: 'textEntityTypeEmail' }
  | { _: 'textEntityTypeBold' }
  | { _: 'textEntityTypeItalic' }
  | { _: 'textEntityTypeCode' }
  | { _: 'textEntityTypePre' }
  | { _: 'textEntityTypePreCode'; language: string }
  | { _: 'textEntityTypeTextUrl'; url: string }
  | { _: 'textEntityTypeMentionName'; user_id: number };

/** One marked-up stretch of text (`textEntity offset:int32 length:int32 type:TextEntityType`). */
export type TextEntity = {
  _: 'textEntity';
  /** Start, 0-based, in UTF-16 code units. */
  offset: number;
  /** Length in UTF-16 code units, > 0. */
  length: number;
  type: TextEntityType;
};

/** Text without markup plus its entities (`formattedText`), entities sorted by offset. */
export type FormattedText = { text: string; entities: TextEntity[] };

/**
 * A refusal: the text or the entities given are not acceptable. The core answers it as a
 * `{_: 'error', code: 400, message: error}` object.
 */
export type TextError = {
  error: string;
  /** Where the problem is, in UTF-16 code units of the input, when it has a place. */
  offset?: number;
};

/** What the parsers and the validator return: a result or a TextError, never an exception. */
export type TextResult<T> = T | TextError;

/** True when a result of this module is a TextError. */
export function isTextError(r: unknown): r is TextError {
  return typeof r === 'object' && r !== null && typeof (r as TextError).error === 'string';
}

/** Types found by scanning plain text (findEntities); recomputed, never taken from a user. */
export const DETECTED_TYPE_NAMES: ReadonlySet<TextEntityTypeName> = new Set<TextEntityTypeName>([
  'textEntityTypeMention',
  'textEntityTypeHashtag',
  'textEntityTypeBotCommand',
  'textEntityTypeUrl',
  'textEntityTypeEmail',
]);

/**
 * Pure styles: they only change how characters look, so they may overlap or nest with any
 * other entity (a renderer applies them per character). Everything else must not intersect.
 */
export const STYLE_TYPE_NAMES: ReadonlySet<TextEntityTypeName> = new Set<TextEntityTypeName>([
  'textEntityTypeBold',
  'textEntityTypeItalic',
]);

/**
 * Order among entities starting at the same offset with the same length: the one that must
 * be outermost first (pre before code before links before detected before styles), as TDLib does.
 */
const TYPE_PRIORITY: Record<TextEntityTypeName, number> = {
  textEntityTypePreCode: 10,
  textEntityTypePre: 11,
  textEntityTypeCode: 20,
  textEntityTypeTextUrl: 49,
  textEntityTypeMentionName: 49,
  textEntityTypeMention: 50,
  textEntityTypeHashtag: 50,
  textEntityTypeBotCommand: 50,
  textEntityTypeUrl: 50,
  textEntityTypeEmail: 50,
  textEntityTypeBold: 90,
  textEntityTypeItalic: 91,
};

/** Build a textEntity object. */
export function textEntity(offset: number, length: number, type: TextEntityType): TextEntity {
  return { _: 'textEntity', offset, length, type };
}

/** Compare for the canonical order: offset ascending, longer first, then outer type first. */
export function compareEntities(a: TextEntity, b: TextEntity): number {
  if (a.offset !== b.offset) return a.offset - b.offset;
  if (a.length !== b.length) return b.length - a.length;
  return TYPE_PRIORITY[a.type._] - TYPE_PRIORITY[b.type._];
}

/** Sort entities in place in the canonical order and return them (Array.prototype.sort is stable). */
export function sortEntities(entities: TextEntity[]): TextEntity[] {
  return entities.sort(compareEntities);
}
