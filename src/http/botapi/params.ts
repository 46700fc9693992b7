/**
 * Reading Bot API parameters the way Telegram does: form values are text and get converted
 * ("123" → 123, "true" → true, JSON text for objects and arrays); JSON bodies are taken as typed.
 * Every refusal names the parameter.
 */
import { type UploadedFile, isUpload } from '../body.js';
import { badRequest } from '../reply.js';

/** The parameters of one Bot API call. */
export class Params {
  constructor(
    readonly raw: Record<string, unknown>,
    readonly method: string,
  ) {}

  has(name: string): boolean {
    const v = this.raw[name];
    return v !== undefined && v !== null && v !== '';
  }

  private missing(name: string): never {
    throw badRequest(`${name} is empty`);
  }

  int(name: string): number | undefined;
  int(name: string, required: true): number;
  int(name: string, required = false): number | undefined {
    if (!this.has(name)) return required ? this.missing(name) : undefined;
    const v = this.raw[name];
    const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d{1,16}$/.test(v.trim()) ? Number(v.trim()) : NaN;
    if (!Number.isSafeInteger(n)) throw badRequest(`invalid '${name}': expected an Integer, got ${describe(v)}`);
    return n;
  }

  float(name: string, required = false): number | undefined {
    if (!this.has(name)) return required ? this.missing(name) : undefined;
    const v = this.raw[name];
    const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.trim()) : NaN;
    if (!Number.isFinite(n)) throw badRequest(`invalid '${name}': expected a Float number, got ${describe(v)}`);
    return n;
  }

  str(name: string): string | undefined;
  str(name: string, required: true): string;
  str(name: string, required = false): string | undefined {
    if (!this.has(name)) return required ? this.missing(name) : undefined;
    const v = this.raw[name];
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    if (typeof v !== 'string') throw badRequest(`invalid '${name}': expected a String, got ${describe(v)}`);
    return v;
  }

  bool(name: string): boolean {
    if (!this.has(name)) return false;
    const v = this.raw[name];
    if (typeof v === 'boolean') return v;
    if (v === 'true' || v === '1' || v === 1) return true;
    if (v === 'false' || v === '0' || v === 0) return false;
    throw badRequest(`invalid '${name}': expected a Boolean, got ${describe(v)}`);
  }

  /** An object or array parameter: JSON text in forms, the value itself in JSON bodies. */
  json(name: string): unknown {
    if (!this.has(name)) return undefined;
    const v = this.raw[name];
    if (typeof v !== 'string') return v;
    try {
      return JSON.parse(v);
    } catch {
      throw badRequest(`can't parse '${name}' JSON object`);
    }
  }

  /** A chat id: an integer, or "@username" of a public chat (resolved by the caller). */
  chatId(name = 'chat_id'): number | string {
    if (!this.has(name)) return this.missing(name);
    const v = this.raw[name];
    if (typeof v === 'string' && v.startsWith('@')) return v;
    return this.int(name, true);
  }

  /** A file parameter: an upload of a multipart body, or a file_id / URL as text. */
  file(name: string): UploadedFile | string {
    if (!this.has(name)) return this.missing(name);
    const v = this.raw[name];
    if (isUpload(v)) return v;
    if (typeof v === 'string') return v;
    throw badRequest(`invalid '${name}': expected an InputFile or a String, got ${describe(v)}`);
  }

  /** Refuses parameters the method does not take (Telegram ignores them; we name them, so typos show). */
  only(accepted: readonly string[]): void {
    const attached = new Set(Object.values(this.raw).filter((v): v is string => typeof v === 'string' && v.startsWith('attach://')).map((v) => v.slice('attach://'.length)));
    for (const k of Object.keys(this.raw)) {
      // a file part named by another parameter's attach://<name>
      if (attached.has(k) && isUpload(this.raw[k])) continue;
      if (!accepted.includes(k) && !IGNORED.has(k)) throw badRequest(`unknown parameter '${k.slice(0, 64)}' for method ${this.method}`);
    }
  }
}

/** Parameters of newer Bot API versions with no meaning here: accepted and ignored on every method. */
const IGNORED = new Set([
  'business_connection_id',
  'message_thread_id',
  'protect_content',
  'allow_sending_without_reply',
  'link_preview_options',
  'disable_web_page_preview',
  'message_effect_id',
  'allow_paid_broadcast',
  'show_caption_above_media',
  'has_spoiler',
  'direct_messages_topic_id',
  'suggested_post_parameters',
]);

function describe(v: unknown): string {
  if (typeof v === 'string') return `"${v.length > 40 ? v.slice(0, 40) + '…' : v}"`;
  if (Array.isArray(v)) return 'an Array';
  if (v === null) return 'null';
  if (isUpload(v)) return 'a file';
  return typeof v === 'object' ? 'an Object' : String(v);
}
