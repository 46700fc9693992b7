/**
 * Reading a request's parameters: the query string, then the body as JSON, urlencoded form or
 * multipart form (files kept as buffers), with a size limit checked while reading, so a huge
 * body is refused (413) without being held.
 */
import type { IncomingMessage } from 'node:http';

/** A file part of a multipart body. */
export interface UploadedFile {
  readonly kind: 'upload';
  readonly filename: string;
  readonly mimeType: string;
  readonly data: Buffer;
}

/** A parameter value: text from a query or form, any JSON value from a JSON body, or a file. */
export type ParamValue = unknown;

/** Why a body was refused: the HTTP status and the description to answer. */
export class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** True for a file part of a multipart body. */
export function isUpload(v: unknown): v is UploadedFile {
  return typeof v === 'object' && v !== null && (v as UploadedFile).kind === 'upload' && Buffer.isBuffer((v as UploadedFile).data);
}

/** The media type of a request, lower case, without parameters. */
export function mediaType(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Reads the whole body, refusing more than `limit` bytes (by Content-Length first, then by counting). */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new BodyError(413, `Request Entity Too Large: the body has ${declared} bytes, the limit is ${limit}`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (c: Buffer) => {
      if (done) return;
      size += c.length;
      if (size > limit) {
        done = true;
        chunks.length = 0;
        reject(new BodyError(413, `Request Entity Too Large: the body is over the limit of ${limit} bytes`));
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (!done) {
        done = true;
        resolve(Buffer.concat(chunks, size));
      }
    });
    req.on('error', (e) => {
      if (!done) {
        done = true;
        reject(new BodyError(400, `Bad Request: the body could not be read (${e.message})`));
      }
    });
    req.on('aborted', () => {
      if (!done) {
        done = true;
        reject(new BodyError(400, 'Bad Request: the client went away while sending the body'));
      }
    });
  });
}

/** Parameters of the query string and of a body of the given media type (body values win). */
export async function parseParams(query: URLSearchParams, type: string, body: Buffer, contentType: string): Promise<Record<string, ParamValue>> {
  const params: Record<string, ParamValue> = Object.create(null) as Record<string, ParamValue>;
  for (const [k, v] of query) params[k] = v;
  if (body.length === 0) return params;
  if (type === 'application/json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch (e) {
      throw new BodyError(400, `Bad Request: can't parse JSON body: ${(e as Error).message}`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new BodyError(400, 'Bad Request: the JSON body must be an object of parameters');
    for (const [k, v] of Object.entries(parsed)) params[k] = v;
  } else if (type === 'application/x-www-form-urlencoded') {
    for (const [k, v] of new URLSearchParams(body.toString('utf8'))) params[k] = v;
  } else if (type === 'multipart/form-data') {
    let form: FormData | undefined;
    try {
      // undici's multipart parser (built into Node) first
      form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
    } catch {
      form = undefined;
    }
    if (form) {
      for (const [k, v] of form) {
        if (typeof v === 'string') params[k] = v;
        else params[k] = { kind: 'upload', filename: v.name, mimeType: v.type, data: Buffer.from(await v.arrayBuffer()) } satisfies UploadedFile;
      }
    } else {
      // undici refuses bodies Telegram's servers take (grammY writes `filename=a.jpg` unquoted, no
      // space after the colons): read those with the lenient parser below
      for (const [k, v] of lenientMultipart(body, contentType)) params[k] = v;
    }
  } else if (type !== '') {
    throw new BodyError(415, `Unsupported Media Type: '${type.slice(0, 80)}'; send JSON, a urlencoded form or a multipart form`);
  }
  return params;
}

/** The parameters of a multipart body as Telegram's servers read it: quotes around names optional, headers any case. */
function lenientMultipart(body: Buffer, contentType: string): [string, string | UploadedFile][] {
  const m = /boundary=(?:"([^"]{1,200})"|([^;\s]{1,200}))/i.exec(contentType);
  if (!m) throw new BodyError(400, "Bad Request: can't parse the multipart body: no boundary");
  const delimiter = Buffer.from(`--${m[1] ?? m[2]}`);
  const out: [string, string | UploadedFile][] = [];
  let pos = body.indexOf(delimiter);
  if (pos < 0) throw new BodyError(400, "Bad Request: can't parse the multipart body: no part");
  for (;;) {
    pos += delimiter.length;
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) break; // the closing delimiter
    if (body[pos] === 0x0d) pos += 2;
    const next = body.indexOf(delimiter, pos);
    if (next < 0) throw new BodyError(400, "Bad Request: can't parse the multipart body: unterminated part");
    const part = body.subarray(pos, next - 2); // without the CRLF before the delimiter
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) throw new BodyError(400, "Bad Request: can't parse the multipart body: a part has no headers");
    const headers = part.subarray(0, split).toString('utf8').split('\r\n');
    const data = part.subarray(split + 4);
    const disposition = headers.find((h) => /^content-disposition\s*:/i.test(h)) ?? '';
    const field = (key: string): string | undefined => {
      const f = new RegExp(`;\\s*${key}=(?:"([^"]*)"|([^;]*))`, 'i').exec(disposition);
      return f ? (f[1] ?? f[2] ?? '').trim() : undefined;
    };
    const name = field('name');
    if (name === undefined) throw new BodyError(400, "Bad Request: can't parse the multipart body: a part has no name");
    const filename = field('filename');
    if (filename === undefined) out.push([name, data.toString('utf8')]);
    else {
      const type = headers.find((h) => /^content-type\s*:/i.test(h))?.replace(/^content-type\s*:\s*/i, '') ?? 'application/octet-stream';
      out.push([name, { kind: 'upload', filename, mimeType: type, data: Buffer.from(data) }]);
    }
    pos = next;
  }
  return out;
}
