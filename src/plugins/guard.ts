/**
 * The Client a Lua plugin's VM talks to: enforces the manifest below the Lua layer too, so that
 * `td.name`, `invoke{_ = "..."}` and namespace tables cannot bypass the permission check done on
 * the globals, and passes on only the updates the plugin asked for (its manifest's `updates`).
 * Chat commands come through `onCommand`: only the messages that start with one of the plugin's
 * commands. A refused call throws LuatdError(PLUGIN), which the Lua host raises at the caller's
 * line: the same Lua error as calling the global (a programming mistake, not an API outcome).
 */
import type { Client, TdObject, UpdateListener } from '../core/client.js';
import { LuatdError } from '../errors.js';
import { allows, wantsUpdate, type PluginManifest } from './manifest.js';

/** A permission- and update-filtering view of a shared client. Closing it does not close the shared client. */
export class GuardClient implements Client {
  readonly backend: string;
  /** The manifest in force; until it is known (init.lua still running) nothing is allowed. */
  manifest: PluginManifest | undefined;
  private readonly unsubs = new Set<() => void>();

  constructor(
    private readonly inner: Client,
    /** The plugin's name, for messages. */
    readonly plugin: string,
  ) {
    this.backend = inner.backend;
  }

  private refuse(req: TdObject): void {
    if (this.manifest && allows(this.manifest, req._)) return;
    throw new LuatdError('PLUGIN', `plugin '${this.plugin}': ${req._} is not in its permissions`, { plugin: this.plugin, method: req._ });
  }

  invoke(request: TdObject): Promise<TdObject> {
    try {
      this.refuse(request);
    } catch (e) {
      return Promise.reject(e);
    }
    return this.inner.invoke(request);
  }

  invokeSync(request: TdObject): TdObject | undefined {
    this.refuse(request);
    return this.inner.invokeSync?.(request);
  }

  onUpdate(listener: UpdateListener): () => void {
    const un = this.inner.onUpdate((u) => {
      if (this.manifest && wantsUpdate(this.manifest, u._)) listener(u);
    });
    const off = (): void => {
      un();
      this.unsubs.delete(off);
    };
    this.unsubs.add(off);
    return off;
  }

  /**
   * Deliver the updateNewMessage updates whose text is `/name` (or `/name@bot`, `/name args`)
   * for a name in `commands`, whatever the manifest's `updates` say: the messages addressed to
   * the plugin, and no others.
   */
  onCommand(commands: ReadonlySet<string>, listener: UpdateListener): () => void {
    const un = this.inner.onUpdate((u) => {
      if (u._ !== 'updateNewMessage') return;
      const cmd = commandOf(u);
      if (cmd !== undefined && commands.has(cmd)) listener(u);
    });
    const off = (): void => {
      un();
      this.unsubs.delete(off);
    };
    this.unsubs.add(off);
    return off;
  }

  /** Drop this view's subscriptions; the shared client stays open. */
  async close(): Promise<void> {
    for (const off of [...this.unsubs]) off();
  }
}

/**
 * The command a message starts with (`/ping@bot args` → `ping`), as the plugin runtime's
 * `D.chat` reads it (Lua's `^/([%w_]+)`), or undefined.
 */
export function commandOf(update: TdObject): string | undefined {
  const m = update.message as { content?: { text?: unknown } } | undefined;
  let text = m?.content?.text;
  if (text && typeof text === 'object') text = (text as { text?: unknown }).text;
  if (typeof text !== 'string') return undefined;
  return /^\/([A-Za-z0-9_]+)/.exec(text)?.[1];
}
