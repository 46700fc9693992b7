/**
 * Privacy rules of accounts (table `privacy`, migration 7), as the network applies them: who
 * sees an account's last-seen status, who may add it to groups, who may call it, and who finds
 * it by its phone number. Lives in the network layer because rendering a user needs it.
 */
import type Database from 'better-sqlite3';
import type * as T from '../api-types.generated.js';
import { getAccount, sql } from './model.js';

/** The keys of the privacy settings. */
export type PrivacyKeyName = T.PrivacyKey['_'];

/** What a setting is when its owner never changed it: everybody is allowed, as on Telegram. */
export const DEFAULT_RULES: readonly T.PrivacyRule[] = [{ _: 'privacyRuleAllowAll' }];

/** The rules `owner` set for `key` (the default when never set). */
export function privacyRules(db: Database.Database, owner: number, key: PrivacyKeyName): T.PrivacyRule[] {
  const json = sql(db, 'SELECT rules FROM privacy WHERE owner = ? AND key = ?').pluck().get(owner, key) as string | undefined;
  return json === undefined ? [...DEFAULT_RULES] : (JSON.parse(json) as T.PrivacyRule[]);
}

/** True when `owner` has `viewer`'s phone number in their contacts. */
function isContactOf(db: Database.Database, owner: number, viewer: number): boolean {
  const phone = getAccount(db, viewer)?.phone ?? null;
  if (phone === null) return false;
  return sql(db, 'SELECT 1 FROM contacts WHERE owner = ? AND phone = ?').pluck().get(owner, phone) !== undefined;
}

/**
 * True when `owner`'s rules for `key` let `viewer` through. The rules are read in the order they
 * were given and the first one that matches the viewer decides; when none does, the viewer is
 * refused (an empty list refuses everybody). An account always passes its own rules.
 */
export function privacyAllows(db: Database.Database, owner: number, viewer: number, key: PrivacyKeyName): boolean {
  if (owner === viewer) return true;
  const rules = privacyRules(db, owner, key);
  let contact: boolean | undefined;
  const isContact = (): boolean => (contact ??= isContactOf(db, owner, viewer));
  for (const r of rules) {
    switch (r._) {
      case 'privacyRuleAllowAll':
        return true;
      case 'privacyRuleDisallowAll':
        return false;
      case 'privacyRuleAllowContacts':
        if (isContact()) return true;
        break;
      case 'privacyRuleDisallowContacts':
        if (isContact()) return false;
        break;
      case 'privacyRuleAllowUsers':
        if (r.user_ids.includes(viewer)) return true;
        break;
      case 'privacyRuleDisallowUsers':
        if (r.user_ids.includes(viewer)) return false;
        break;
    }
  }
  return false;
}

const DAY = 24 * 60 * 60;

/**
 * The status `viewer` is shown of an account last active at `lastActive` whose owner hides it
 * from them: Telegram's approximations (recently: within 3 days, within a week, within a month).
 */
export function approximateStatus(lastActive: number | null, nowSec: number): T.UserStatus {
  if (lastActive === null) return { _: 'userStatusEmpty' };
  const ago = nowSec - lastActive;
  if (ago <= 3 * DAY) return { _: 'userStatusRecently' };
  if (ago <= 7 * DAY) return { _: 'userStatusLastWeek' };
  if (ago <= 30 * DAY) return { _: 'userStatusLastMonth' };
  return { _: 'userStatusEmpty' };
}
