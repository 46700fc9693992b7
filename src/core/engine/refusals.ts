/**
 * What another account's privacy rules and state refuse, for the handlers of the actions they
 * govern: adding someone to a group (privacyKeyChatInvite), calling someone (privacyKeyCall), writing to a
 * deleted account.
 */
import type { TdError } from '../client.js';
import { badRequest, err } from '../errors.js';
import { getAccount } from '../network/model.js';
import { privacyAllows } from '../network/privacy.js';
import type { Ctx } from './context.js';

/** Telegram's answer for an action on a deleted account. */
export const USER_DEACTIVATED = (): TdError => badRequest('INPUT_USER_DEACTIVATED');
/** Telegram's answer when the other account's privacy rules refuse the action. */
export const PRIVACY_RESTRICTED = (): TdError => badRequest('USER_PRIVACY_RESTRICTED');

/** The error when the caller may not add `user` to a group, else undefined. */
export function refuseGroupInvite(c: Ctx, user: number): TdError | undefined {
  const a = getAccount(c.db, user);
  if (!a) return err('USER_NOT_FOUND');
  if (a.deleted) return USER_DEACTIVATED();
  if (!privacyAllows(c.db, user, c.me, 'privacyKeyChatInvite')) return PRIVACY_RESTRICTED();
  return undefined;
}

/** The error when `user` is a deleted account (nothing reaches it), else undefined. */
export function refuseDeleted(c: Ctx, user: number): TdError | undefined {
  return getAccount(c.db, user)?.deleted ? USER_DEACTIVATED() : undefined;
}

/** The error when the caller may not call `user` (privacyKeyCall, for createCall), else undefined. */
export function refuseCall(c: Ctx, user: number): TdError | undefined {
  const a = getAccount(c.db, user);
  if (!a) return err('USER_NOT_FOUND');
  if (a.deleted) return USER_DEACTIVATED();
  if (!privacyAllows(c.db, user, c.me, 'privacyKeyCall')) return PRIVACY_RESTRICTED();
  return undefined;
}
