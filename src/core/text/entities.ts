/**
 * Entities given by a user (validateEntities), parse modes (parseTextEntities) and the
 * combination sendMessage uses (formatText): parsed or given formatting plus the mentions,
 * hashtags, links... found in the resulting text.
 */
import { splitsSurrogatePair } from './chars.js';
import { findEntities, type FindEntitiesOptions } from './detect.js';
import { parseHtml } from './html.js';
import { checkLink } from './links.js';
import { parseMarkdown } from './markdown.js';
import { findNonStyleConflict, mergeStyles } from './normalize.js';
import {
  DETECTED_TYPE_NAMES,
  STYLE_TYPE_NAMES,
  TEXT_ENTITY_TYPE_NAMES,
  isTextError,
  sortEntities,
  textEntity,
  type FormattedText,
  type TextEntity,
  type TextEntityType,
  type TextEntityTypeName,
  type TextResult,
} from './types.js';

const KNOWN_TYPES: ReadonlySet<string> = new Set(TEXT_ENTITY_TYPE_NAMES);

/** Largest offset or length we accept: the wire type is int32. */
const MAX_INT32 = 2 ** 31 - 1;

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `"${v.length > 40 ? `${v.slice(0, 40)}...` : v}"`;
  if (typeof v === 'object') return 'an object';
  return String(v);
}

/** Check one entity's shape and copy it into a fresh, normalised object; a message on failure. */
function checkEntity(raw: unknown, index: number): TextEntity | string {
  const where = `entities[${index}]`;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return `${where} must be a textEntity object, got ${describe(raw)}`;
  const e = raw as Record<string, unknown>;
  if (e._ !== undefined && e._ !== 'textEntity') return `${where} must be a textEntity, got ${describe(e._)}`;
  for (const field of ['offset', 'length'] as const) {
    const v = e[field];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > MAX_INT32) {
      return `${where}.${field} must be a non-negative integer, got ${describe(v)}`;
    }
  }
  const t = e.type;
  if (typeof t !== 'object' || t === null) return `${where}.type must be a TextEntityType object, got ${describe(t)}`;
  const name = (t as Record<string, unknown>)._;
  if (typeof name !== 'string' || !KNOWN_TYPES.has(name)) {
    return `${where}.type has an unknown entity type ${describe(name)}; expected one of ${TEXT_ENTITY_TYPE_NAMES.join(', ')}`;
  }
  const fields = t as Record<string, unknown>;
  let type: TextEntityType;
  switch (name as TextEntityTypeName) {
    case 'textEntityTypePreCode': {
      const language = fields.language ?? '';
      if (typeof language !== 'string') return `${where}.type.language must be a string, got ${describe(language)}`;
      type = { _: 'textEntityTypePreCode', language };
      break;
    }
    case 'textEntityTypeTextUrl': {
      const url = fields.url;
      if (typeof url !== 'string') return `${where}.type.url must be a string, got ${describe(url)}`;
      const link = checkLink(url);
      if (link === undefined) return `${where}.type.url is not an acceptable link: ${describe(url)}`;
      type = { _: 'textEntityTypeTextUrl', url: link };
      break;
    }
    case 'textEntityTypeMentionName': {
      const id = fields.user_id;
      if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) {
        return `${where}.type.user_id must be a positive integer, got ${describe(id)}`;
      }
      type = { _: 'textEntityTypeMentionName', user_id: id };
      break;
    }
    default:
      type = { _: name } as TextEntityType;
  }
  return textEntity(e.offset as number, e.length as number, type);
}

function span(e: TextEntity): string {
  return `${e.type._} at UTF-16 offset ${e.offset} with length ${e.length}`;
}

/**
 * Check entities given by a user against their text and return them fixed: copied, sorted by
 * offset (longer first), zero-length ones dropped, overlapping or touching bold (or italic)
 * merged. Refused with a clear message: a malformed entity, an unknown type, a bad url or
 * user id, an entity past the end of the text or cutting an emoji (a surrogate pair) in half,
 * and two non-style entities (code, pre, links, mentions...) that intersect.
 */
export function validateEntities(text: string, entities: unknown): TextResult<TextEntity[]> {
  if (!Array.isArray(entities)) return { error: `entities must be an array, got ${describe(entities)}` };
  const length = text.length;
  const checked: TextEntity[] = [];
  for (let k = 0; k < entities.length; k++) {
    const e = checkEntity(entities[k], k);
    if (typeof e === 'string') return { error: e };
    const end = e.offset + e.length;
    if (end > length) {
      return {
        error: `entities[${k}]: ${span(e)} ends after the end of the text (UTF-16 length ${length}); offsets count UTF-16 code units, an emoji usually counts 2`,
        offset: e.offset,
      };
    }
    if (e.length === 0) continue;
    for (const at of [e.offset, end]) {
      if (splitsSurrogatePair(text, at)) {
        return {
          error: `entities[${k}]: ${span(e)} cuts a character in half at UTF-16 offset ${at} (an emoji or other character outside the BMP counts 2 UTF-16 units)`,
          offset: at,
        };
      }
    }
    checked.push(e);
  }
  const sorted = mergeStyles(sortEntities(checked));
  const conflict = findNonStyleConflict(sorted);
  if (conflict) {
    const [a, b] = conflict.map((k) => sorted[k] as TextEntity) as [TextEntity, TextEntity];
    return {
      error: `entities intersect: ${span(b)} overlaps ${span(a)}; only bold and italic may overlap other entities`,
      offset: b.offset,
    };
  }
  return sorted;
}

/** A parse mode: our names, or the TD objects `textParseModeMarkdown` / `textParseModeHTML`. */
export type ParseMode = 'markdown' | 'html' | { _: string };

function modeName(mode: ParseMode): 'markdown' | 'html' | undefined {
  const name = typeof mode === 'string' ? mode : typeof mode === 'object' && mode !== null ? mode._ : undefined;
  if (name === 'markdown' || name === 'textParseModeMarkdown') return 'markdown';
  if (name === 'html' || name === 'textParseModeHTML') return 'html';
  return undefined;
}

/**
 * parseTextEntities: turn marked-up text into plain text and the entities of its markup (no
 * detection of mentions, links... here, as in TDLib).
 */
export function parseTextEntities(text: string, parseMode: ParseMode | null | undefined): TextResult<FormattedText> {
  if (typeof text !== 'string') return { error: `text must be a string, got ${describe(text)}` };
  if (parseMode === null || parseMode === undefined) return { error: 'Parse mode must be non-empty' };
  const mode = modeName(parseMode);
  if (mode === undefined) {
    const name = typeof parseMode === 'string' ? parseMode : String((parseMode as { _?: unknown })._);
    return { error: `Unsupported parse mode "${name}"; expected textParseModeMarkdown or textParseModeHTML` };
  }
  return mode === 'markdown' ? parseMarkdown(text) : parseHtml(text);
}

/**
 * Add detected mentions, hashtags, bot commands, links and e-mail addresses to formatted text,
 * except where they would intersect code, pre, a hidden link or a mention by name (the text
 * there is not plain text). Returns a new sorted entity list.
 */
export function addDetectedEntities(formatted: FormattedText, options: FindEntitiesOptions = {}): TextEntity[] {
  const blockers = formatted.entities.filter((e) => !STYLE_TYPE_NAMES.has(e.type._));
  const found = findEntities(formatted.text, options);
  const result = [...formatted.entities];
  // both lists are sorted and blockers never intersect each other: walk them together
  let b = 0;
  for (const e of found) {
    while (b < blockers.length && (blockers[b] as TextEntity).offset + (blockers[b] as TextEntity).length <= e.offset) b++;
    const blocker = blockers[b];
    if (blocker && blocker.offset < e.offset + e.length) continue;
    result.push(e);
  }
  return sortEntities(result);
}

/** Options of formatText. */
export interface FormatTextOptions extends FindEntitiesOptions {
  /** Entities given by the user; ignored when parseMode is set (as inputMessageText documents). */
  entities?: unknown;
  /** Parse the text for markup; null or undefined: take the text as it is. */
  parseMode?: ParseMode | null;
  /** Strip leading and trailing spaces and line breaks (default true, as for sent messages). */
  trim?: boolean;
  /** Accept a text that is empty after cleaning (default false: "Message must be non-empty"). */
  allowEmpty?: boolean;
}

/**
 * Clean formatted text the way TDLib does before sending: '\r' is removed, other control
 * characters except '\n' become spaces, and (when `trim`) leading and trailing spaces and line
 * breaks go. Entities are moved with the text, shortened when they covered removed characters,
 * and dropped when nothing of them is left.
 */
export function cleanFormattedText(formatted: FormattedText, trim = true): FormattedText {
  const { text } = formatted;
  const n = text.length;
  let dirty = false;
  for (let i = 0; i < n && !dirty; i++) {
    const c = text.charCodeAt(i);
    dirty = (c < 32 && c !== 10) || c === 127;
  }
  let cleaned = text;
  let map: Int32Array | undefined;
  if (dirty) {
    // map[i] = index in the cleaned text of the old index i (n maps to the new length)
    map = new Int32Array(n + 1);
    const parts: string[] = [];
    let runStart = 0;
    let outLength = 0;
    for (let i = 0; i < n; i++) {
      map[i] = outLength + (i - runStart);
      const c = text.charCodeAt(i);
      if ((c < 32 && c !== 10) || c === 127) {
        parts.push(text.slice(runStart, i));
        outLength += i - runStart;
        if (c !== 13) {
          parts.push(' ');
          outLength++;
        }
        runStart = i + 1;
      }
    }
    parts.push(text.slice(runStart));
    outLength += n - runStart;
    map[n] = outLength;
    cleaned = parts.join('');
  }
  let lead = 0;
  let tail = cleaned.length;
  if (trim) {
    while (lead < tail && (cleaned[lead] === ' ' || cleaned[lead] === '\n')) lead++;
    while (tail > lead && (cleaned[tail - 1] === ' ' || cleaned[tail - 1] === '\n')) tail--;
  }
  if (!map && lead === 0 && tail === cleaned.length) return formatted;
  const entities: TextEntity[] = [];
  for (const e of formatted.entities) {
    let begin = map ? (map[e.offset] as number) : e.offset;
    let end = map ? (map[e.offset + e.length] as number) : e.offset + e.length;
    begin = Math.max(begin, lead) - lead;
    end = Math.min(end, tail) - lead;
    if (end > begin) entities.push(textEntity(begin, end - begin, e.type));
  }
  return { text: cleaned.slice(lead, tail), entities: mergeStyles(sortEntities(entities)) };
}

/**
 * What sendMessage does with inputMessageText: parse the markup (or validate the given
 * entities, keeping only formatting kinds: detected kinds a user passes are recomputed, not
 * trusted), clean the text (cleanFormattedText; empty → error unless allowEmpty), then add the
 * entities found in the plain text that do not intersect code, pre or hidden links. Returns the final text and sorted entities, or a TextError (a 400 for the API).
 */
export function formatText(text: string, options: FormatTextOptions = {}): TextResult<FormattedText> {
  if (typeof text !== 'string') return { error: `text must be a string, got ${describe(text)}` };
  let formatted: FormattedText;
  if (options.parseMode !== undefined && options.parseMode !== null) {
    const parsed = parseTextEntities(text, options.parseMode);
    if (isTextError(parsed)) return parsed;
    formatted = parsed;
  } else {
    const given = options.entities ?? [];
    if (!Array.isArray(given)) return { error: `entities must be an array, got ${describe(given)}` };
    // drop detected kinds first, so that a stale url entity cannot make a valid list conflict
    const formatting = given.filter((e) => {
      const name = (e as { type?: { _?: unknown } } | null)?.type?._;
      return !(typeof name === 'string' && DETECTED_TYPE_NAMES.has(name as TextEntityTypeName));
    });
    const checked = validateEntities(text, formatting);
    if (isTextError(checked)) return checked;
    formatted = { text, entities: checked };
  }
  formatted = cleanFormattedText(formatted, options.trim !== false);
  if (formatted.text === '' && !options.allowEmpty) return { error: 'Message must be non-empty' };
  return { text: formatted.text, entities: addDetectedEntities(formatted, options) };
}
