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
    let form: FormData;
    try {
      // undici's multipart parser (built into Node): no hand-rolled boundary scanning.
      form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
    } catch (e) {
      throw new BodyError(400, `Bad Request: can't parse the multipart body: ${(e as Error).message}`);
    }
    for (const [k, v] of form) {
      if (typeof v === 'string') params[k] = v;
      else params[k] = { kind: 'upload', filename: v.name, mimeType: v.type, data: Buffer.from(await v.arrayBuffer()) } satisfies UploadedFile;
    }
  } else if (type !== '') {
    throw new BodyError(415, `Unsupported Media Type: '${type.slice(0, 80)}'; send JSON, a urlencoded form or a multipart form`);
  }
  return params;
}
