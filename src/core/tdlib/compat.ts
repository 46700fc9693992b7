/**
 * `--compat legacy` on the TDLib backend: the 2017 TD API's login calls, translated to TDLib
 * 1.8's, so that scripts written for the legacy API (and the embedded engine) log in the same
 * way on a real TDLib. docs/tdlib.md has the table; in short:
 *
 * | legacy call                      | TDLib 1.8                                                       |
 * |----------------------------------|-----------------------------------------------------------------|
 * | getAuthState                     | getAuthorizationState                                           |
 * | setAuthPhoneNumber               | setAuthenticationPhoneNumber (+ phoneNumberAuthenticationSettings) |
 * | checkAuthCode                    | checkAuthenticationCode, then registerUser for a new account     |
 * | checkAuthPassword                | checkAuthenticationPassword                                     |
 * | checkAuthBotToken                | checkAuthenticationBotToken                                     |
 * | resetAuth force=false            | logOut (answer: authStateLoggingOut)                             |
 * | resetAuth force=true             | destroy (answer: error 401 Unauthorized, as the legacy API gave) |
 *
 * Each legacy call answers the legacy state it leads to (`authorizationState*` → `authState*`),
 * and every `updateAuthorizationState` is followed by an `updateAuthState` with the same state
 * in legacy form. TDLib states without a legacy form pass through unchanged.
 * The TDLib functions themselves stay available next to these.
 */
import { parseTl } from '../../schema/parser.js';
import type { SchemaIR } from '../../schema/ir.js';
import { isTdError, tdError, type Client, type TdObject, type UpdateListener } from '../client.js';

/** The legacy declarations added to TDLib's schema (descriptions are luatd's). */
const LEGACY_TL = `
//@class AuthCodeType @description How the login code was delivered (legacy names of TDLib's authenticationCodeType*)

//@description The code arrives as a message in another session of the account (authenticationCodeTypeTelegramMessage) @length Number of digits in the code
authCodeTypeMessage length:int32 = AuthCodeType;

//@description The code arrives as an SMS (authenticationCodeTypeSms) @length Number of digits in the code
authCodeTypeSms length:int32 = AuthCodeType;

//@description The code is read out by a phone call (authenticationCodeTypeCall) @length Number of digits in the code
authCodeTypeCall length:int32 = AuthCodeType;

//@description The code is the calling number of a call that hangs up at once (authenticationCodeTypeFlashCall) @pattern Shape of the calling number
authCodeTypeFlashCall pattern:string = AuthCodeType;

//@class AuthState @description Where the client stands in the login process (legacy names of TDLib's authorizationState*; states without a legacy name come as TDLib's own objects)

//@description Waits for a phone number or a bot token (authorizationStateWaitPhoneNumber)
authStateWaitPhoneNumber = AuthState;

//@description Waits for the login code (authorizationStateWaitCode, or authorizationStateWaitRegistration with is_registered false) @is_registered False when the number has no account yet: checkAuthCode then needs first_name
//@code_type How the code was sent; may be null @next_code_type How a resent code would come; may be null @timeout Seconds before the code can be resent
authStateWaitCode is_registered:Bool code_type:AuthCodeType next_code_type:AuthCodeType timeout:int32 = AuthState;

//@description Waits for the two-step verification password (authorizationStateWaitPassword) @password_hint The password's hint @has_recovery_email True when a recovery address is set @recovery_email_pattern Masked recovery address
authStateWaitPassword password_hint:string has_recovery_email:Bool recovery_email_pattern:string = AuthState;

//@description Logged in (authorizationStateReady)
authStateOk = AuthState;

//@description Logging out (authorizationStateLoggingOut)
authStateLoggingOut = AuthState;

//@description The login state changed (sent after each updateAuthorizationState) @auth_state The new state, in legacy form
updateAuthState auth_state:AuthState = Update;

---functions---

//@description Tells where the client stands in the login process (getAuthorizationState). Can be called before authorization
getAuthState = AuthState;

//@description Sends a login code to a phone number (setAuthenticationPhoneNumber); answers the next state. Can be called before authorization
//@phone_number Phone number in international form @allow_flash_call True when the code may come as a flash call @is_current_phone_number True when the number is this device's
setAuthPhoneNumber phone_number:string allow_flash_call:Bool is_current_phone_number:Bool = AuthState;

//@description Checks the login code (checkAuthenticationCode), and registers a new account with the names given (registerUser); answers the next state. Can be called before authorization
//@code The code received @first_name First name of a new account @last_name Last name of a new account; may be empty
checkAuthCode code:string first_name:string last_name:string = AuthState;

//@description Checks the two-step verification password (checkAuthenticationPassword); answers the next state. Can be called before authorization @password The password
checkAuthPassword password:string = AuthState;

//@description Logs in as a bot (checkAuthenticationBotToken); answers the next state. Can be called before authorization @token The bot token
checkAuthBotToken token:string = AuthState;

//@description Logs out. force = false: logOut, answers authStateLoggingOut. force = true: destroy (local data dropped at once, the session not ended on the network side), answers the error 401 Unauthorized as the legacy API did. Can be called before authorization
//@force True to drop local data without logging out
resetAuth force:Bool = AuthState;
`;

/** Names of the legacy functions this translation serves. */
export const LEGACY_FUNCTIONS: ReadonlySet<string> = new Set(['getAuthState', 'setAuthPhoneNumber', 'checkAuthCode', 'checkAuthPassword', 'checkAuthBotToken', 'resetAuth']);

let legacyIr: SchemaIR | undefined;

/**
 * TDLib's schema plus the legacy declarations. Names TDLib already has are left to TDLib.
 * Returns a new IR (the input is shared and stays untouched).
 */
export function withLegacySchema(ir: SchemaIR): SchemaIR {
  legacyIr ??= parseTl(LEGACY_TL, 'luatd legacy compat');
  const fnNames = new Set(ir.functions.map((f) => f.name));
  const ctorNames = new Set(ir.constructors.map((c) => c.name));
  const types = ir.types.map((t) => ({ ...t, constructors: [...t.constructors] }));
  const typeByName = new Map(types.map((t) => [t.name, t]));
  const constructors = [...ir.constructors];
  for (const c of legacyIr.constructors) {
    if (ctorNames.has(c.name)) continue;
    constructors.push(c);
    let t = typeByName.get(c.result);
    if (!t) {
      const lt = legacyIr.types.find((x) => x.name === c.result)!;
      t = { ...lt, constructors: [] };
      types.push(t);
      typeByName.set(t.name, t);
    }
    t.constructors.push(c.name);
  }
  const functions = [...ir.functions, ...legacyIr.functions.filter((f) => !fnNames.has(f.name))];
  return { ...ir, types, constructors, functions, source: `${ir.source} + legacy compat` };
}

type Obj = Record<string, unknown> & { _: string };

/** A TDLib authenticationCodeType* in legacy form (null when it has none). */
function legacyCodeType(t: unknown): TdObject | null {
  const o = t as Obj | null | undefined;
  if (!o || typeof o !== 'object') return null;
  switch (o._) {
    case 'authenticationCodeTypeTelegramMessage':
      return { _: 'authCodeTypeMessage', length: o.length };
    case 'authenticationCodeTypeSms':
      return { _: 'authCodeTypeSms', length: o.length };
    case 'authenticationCodeTypeCall':
      return { _: 'authCodeTypeCall', length: o.length };
    case 'authenticationCodeTypeFlashCall':
      return { _: 'authCodeTypeFlashCall', pattern: o.pattern };
    default:
      return o as TdObject;
  }
}

/** A TDLib authorizationState* in legacy form; states without one are returned as they are. */
export function legacyState(s: TdObject): TdObject {
  switch (s._) {
    case 'authorizationStateWaitPhoneNumber':
      return { _: 'authStateWaitPhoneNumber' };
    case 'authorizationStateWaitCode': {
      const info = (s.code_info ?? {}) as Obj;
      return { _: 'authStateWaitCode', is_registered: true, code_type: legacyCodeType(info.type), next_code_type: legacyCodeType(info.next_type), timeout: info.timeout ?? 0 };
    }
    case 'authorizationStateWaitRegistration':
      // the code was right, the number has no account: the legacy API still waited for checkAuthCode with names
      return { _: 'authStateWaitCode', is_registered: false, code_type: null, next_code_type: null, timeout: 0 };
    case 'authorizationStateWaitPassword':
      return { _: 'authStateWaitPassword', password_hint: s.password_hint ?? '', has_recovery_email: s.has_recovery_email_address ?? false, recovery_email_pattern: s.recovery_email_address_pattern ?? '' };
    case 'authorizationStateReady':
      return { _: 'authStateOk' };
    case 'authorizationStateLoggingOut':
      return { _: 'authStateLoggingOut' };
    default:
      return s;
  }
}

/** The Client with the legacy calls translated; everything else goes to `inner` unchanged. */
export class LegacyCompatClient implements Client {
  readonly backend: string;

  constructor(private readonly inner: Client) {
    this.backend = inner.backend;
  }

  private async state(): Promise<TdObject> {
    const s = await this.inner.invoke({ _: 'getAuthorizationState' });
    return isTdError(s) ? s : legacyState(s);
  }

  /** Run a TDLib call; on success answer the legacy state reached. */
  private async andState(request: TdObject): Promise<TdObject> {
    const r = await this.inner.invoke(request);
    return isTdError(r) ? r : this.state();
  }

  async invoke(request: TdObject): Promise<TdObject> {
    const q = request as Obj;
    switch (q._) {
      case 'getAuthState':
        return this.state();
      case 'setAuthPhoneNumber':
        return this.andState({
          _: 'setAuthenticationPhoneNumber',
          phone_number: q.phone_number,
          settings: {
            _: 'phoneNumberAuthenticationSettings',
            allow_flash_call: q.allow_flash_call ?? false,
            allow_missed_call: false,
            is_current_phone_number: q.is_current_phone_number ?? false,
            has_unknown_phone_number: false,
            allow_sms_retriever_api: false,
            firebase_authentication_settings: null,
            authentication_tokens: [],
          },
        });
      case 'checkAuthCode': {
        const now = await this.inner.invoke({ _: 'getAuthorizationState' });
        if (!isTdError(now) && now._ !== 'authorizationStateWaitRegistration') {
          const r = await this.inner.invoke({ _: 'checkAuthenticationCode', code: q.code });
          if (isTdError(r)) return r;
        }
        const s = await this.inner.invoke({ _: 'getAuthorizationState' });
        if (isTdError(s) || s._ !== 'authorizationStateWaitRegistration') return isTdError(s) ? s : legacyState(s);
        // a new account: the legacy call carried the names
        if (typeof q.first_name !== 'string' || q.first_name.trim() === '') return tdError(400, 'This phone number has no account yet: pass first_name to create one');
        return this.andState({ _: 'registerUser', first_name: q.first_name, last_name: q.last_name ?? '', disable_notification: false });
      }
      case 'checkAuthPassword':
        return this.andState({ _: 'checkAuthenticationPassword', password: q.password });
      case 'checkAuthBotToken':
        return this.andState({ _: 'checkAuthenticationBotToken', token: q.token });
      case 'resetAuth': {
        if (q.force === true) {
          const r = await this.inner.invoke({ _: 'destroy' });
          return isTdError(r) ? r : tdError(401, 'Unauthorized');
        }
        const r = await this.inner.invoke({ _: 'logOut' });
        return isTdError(r) ? r : { _: 'authStateLoggingOut' };
      }
      default:
        return this.inner.invoke(request);
    }
  }

  invokeSync(request: TdObject): TdObject | undefined {
    if (LEGACY_FUNCTIONS.has(request._)) return undefined;
    return this.inner.invokeSync?.(request);
  }

  onUpdate(listener: UpdateListener): () => void {
    return this.inner.onUpdate((u) => {
      listener(u);
      if (u._ === 'updateAuthorizationState') listener({ _: 'updateAuthState', auth_state: legacyState(u.authorization_state as TdObject) });
    });
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
