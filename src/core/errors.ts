/**
 * The one table of TD API error objects the embedded engine answers. Codes and messages follow
 * what the TD API (TDLib on top of Telegram's servers) answers, so scripts written against the
 * real API match on the same `message` strings. Code classes: 400 bad request, 401 not
 * authorized, 404 not found, 429 flood, 500 internal, 501 not implemented by this backend.
 */
import { tdError, type TdError } from './client.js';
import { requiredMessage, unknownMessage } from '../messages.js';

/** Error objects by name. Each is a fresh object per call: callers may attach nothing to them. */
export const TD_ERRORS = {
  PHONE_NUMBER_INVALID: [400, 'PHONE_NUMBER_INVALID'],
  PHONE_CODE_EMPTY: [400, 'PHONE_CODE_EMPTY'],
  PHONE_CODE_INVALID: [400, 'PHONE_CODE_INVALID'],
  PHONE_CODE_EXPIRED: [400, 'PHONE_CODE_EXPIRED'],
  SEND_CODE_UNAVAILABLE: [400, 'SEND_CODE_UNAVAILABLE'],
  FIRST_NAME_INVALID: [400, 'FIRST_NAME_INVALID'],
  LASTNAME_INVALID: [400, 'LASTNAME_INVALID'],
  PASSWORD_HASH_INVALID: [400, 'PASSWORD_HASH_INVALID'],
  PASSWORD_EMPTY: [400, 'PASSWORD_EMPTY'],
  PASSWORD_RECOVERY_NA: [400, 'PASSWORD_RECOVERY_NA'],
  PASSWORD_RECOVERY_EXPIRED: [400, 'PASSWORD_RECOVERY_EXPIRED'],
  CODE_INVALID: [400, 'CODE_INVALID'],
  EMAIL_INVALID: [400, 'EMAIL_INVALID'],
  ACCESS_TOKEN_INVALID: [400, 'ACCESS_TOKEN_INVALID'],
  UNAUTHORIZED: [401, 'Unauthorized'],
  USERNAME_OCCUPIED: [400, 'USERNAME_OCCUPIED'],
  USERNAME_INVALID: [400, 'USERNAME_INVALID'],
  USERNAME_NOT_MODIFIED: [400, 'USERNAME_NOT_MODIFIED'],
  USERNAME_NOT_OCCUPIED: [400, 'USERNAME_NOT_OCCUPIED'],
  ABOUT_TOO_LONG: [400, 'ABOUT_TOO_LONG'],
  USER_NOT_FOUND: [400, 'User not found'],
  USER_ALREADY_PARTICIPANT: [400, 'USER_ALREADY_PARTICIPANT'],
  USER_IS_BLOCKED: [400, 'USER_IS_BLOCKED'],
  CHAT_NOT_FOUND: [400, 'Chat not found'],
  CHAT_TITLE_EMPTY: [400, 'CHAT_TITLE_EMPTY'],
  CHAT_WRITE_FORBIDDEN: [400, 'Have no write access to the chat'],
  CHAT_ADMIN_REQUIRED: [400, 'CHAT_ADMIN_REQUIRED'],
  MESSAGE_NOT_FOUND: [400, 'Message not found'],
  MESSAGE_TOO_LONG: [400, 'Message is too long'],
  MESSAGE_AUTHOR_REQUIRED: [400, 'MESSAGE_AUTHOR_REQUIRED'],
  MESSAGE_NOT_MODIFIED: [400, 'MESSAGE_NOT_MODIFIED'],
  OPTION_READ_ONLY: [400, 'Option can\'t be set'],
  OPTION_NAME_INVALID: [400, 'Option name is invalid'],
} as const satisfies Record<string, readonly [number, string]>;

/** Name of an entry of TD_ERRORS. */
export type TdErrorName = keyof typeof TD_ERRORS;

/** A fresh error object for a TD_ERRORS entry. */
export function err(name: TdErrorName): TdError {
  const [code, message] = TD_ERRORS[name];
  return tdError(code, message);
}

/** Code of FLOOD_WAIT errors (repeated failed logins), as Telegram answers them. */
export const FLOOD_WAIT_CODE = 420;

/** `FLOOD_WAIT_<seconds>` (code 420): too many failures, retry after that many seconds. */
export function floodWait(seconds: number): TdError {
  return tdError(FLOOD_WAIT_CODE, `FLOOD_WAIT_${Math.max(1, Math.ceil(seconds))}`);
}

/** 400 with a free-form message, for parameter checks that TD words as sentences. */
export function badRequest(message: string): TdError {
  return tdError(400, message);
}

/**
 * 400 for an object parameter the method cannot do without. The validator lets every omitted
 * object through as null (TDLib's JSON rule); the method decides, and words it like the
 * validator's other messages.
 */
export function required(param: string): TdError {
  return tdError(400, requiredMessage(param));
}

/** 400 when a state-machine method is called in the wrong authorization state (TD's wording). */
export function unexpectedCall(method: string): TdError {
  return tdError(400, `Call to ${method} unexpected`);
}

/** Code of the error answered by a function of our schema that this backend does not implement. */
export const NOT_IMPLEMENTED_CODE = 501;

/**
 * Methods that mean nothing without Telegram's servers, and why: the embedded network has no data
 * centres, push service or proxies. They answer 501 with the reason (their descriptions in
 * td_api.tl say the same, so the docs page does too).
 */
export const SERVER_ONLY: Readonly<Record<string, string>> = {
  processDcUpdate: "it applies a data-centre change pushed by Telegram's servers; the embedded network has no data centres",
  registerDevice: "push notifications come from Telegram's servers; the embedded network delivers updates through its feed",
  setProxy: "the embedded network makes no network connections, so there is nothing to proxy",
  getProxy: "the embedded network makes no network connections, so there is no proxy",
};

/** The 501 answered for a method of the schema the embedded engine does not implement. */
export function notImplemented(method: string, reason?: string): TdError {
  const why = reason ? ` (${reason})` : Object.hasOwn(SERVER_ONLY, method) ? ` (${SERVER_ONLY[method]})` : '';
  return tdError(NOT_IMPLEMENTED_CODE, `Method not implemented by the embedded backend: ${method}${why}`);
}

/** The 400 answered for a name that is not a function of the schema. */
export function unknownMethod(method: string, suggestion?: string): TdError {
  return tdError(400, unknownMessage('method', method, { why: 'not a function of the TD API schema', suggestion }));
}
