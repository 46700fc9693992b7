/**
 * Transfers that outlive a call: uploads (uploadFile, finishFileGeneration) and downloads
 * (downloadFile). The handler records the transfer and answers at once; the transfer then runs
 * in this process, streaming through the file store (store/blobs.ts), and reports its progress
 * as updateFile through the feed, one short transaction per step, so sessions in other processes
 * see it too. A cancel (this process or another) is seen at the next step.
 */
import type Database from 'better-sqlite3';
import type { TdObject } from '../client.js';
import { feedAccount } from '../network/feed.js';
import { type FileRow, fileObject, fileRow, localRow } from '../network/files.js';
import { sql } from '../network/model.js';
import { type BlobStore, blobStoreOf, extract, ingest, removeStored } from '../store/blobs.js';
import { type Store, notifyStore } from '../store/store.js';

/** Bytes between two progress updates: 1 MiB, or a 64th of the file when that is more. */
export function progressStep(size: number): number {
  return Math.max(1 << 20, Math.ceil(size / 64));
}

/** The running transfers of one client. */
export class FileJobs {
  private readonly running = new Map<string, AbortController>();
  private closed = false;

  private store_: BlobStore | undefined;

  constructor(
    private readonly store: Store,
    private readonly clock: () => number,
    private readonly quota?: number,
  ) {}

  /** The data dir's file store (its folder is created on first use). */
  get blobs(): BlobStore {
    this.store_ ??= blobStoreOf(this.store, this.quota);
    return this.store_;
  }

  private get db(): Database.Database {
    return this.store.db;
  }

  /** Runs `fn` in one write transaction and wakes the readers (this process and others). */
  private tx<R>(fn: () => R): R {
    const r = this.db.transaction(fn).immediate();
    notifyStore(this.store);
    return r;
  }

  private feedFile(account: number, f: FileRow): void {
    feedAccount(this.db, account, { _: 'updateFile', file: fileObject(this.db, account, f) } as TdObject);
  }

  /** Stops a running transfer of this process at once (others stop at their next step, from the table). */
  abort(key: string): void {
    this.running.get(key)?.abort();
  }

  /** Starts uploading `source` as file `fileId` (state 'uploading'), after the current transaction commits. */
  startUpload(fileId: number, source: string, account: number): void {
    const key = `up:${fileId}`;
    const ctl = new AbortController();
    this.running.set(key, ctl);
    setImmediate(() => {
      void this.upload(fileId, source, account, ctl.signal).finally(() => this.running.delete(key));
    });
  }

  private async upload(fileId: number, source: string, account: number, signal: AbortSignal): Promise<void> {
    const alive = (): FileRow | undefined => {
      if (signal.aborted || this.closed || !this.db.open) return undefined;
      const f = fileRow(this.db, fileId);
      return f?.state === 'uploading' ? f : undefined;
    };
    if (!alive()) return;
    const f0 = fileRow(this.db, fileId)!;
    try {
      const r = await ingest(this.blobs, source, progressStep(f0.size), (done) => {
        return (
          this.tx(() => {
            const f = alive();
            if (!f) return false;
            sql(this.db, 'UPDATE files SET remote_size = ? WHERE id = ?').run(Math.min(done, f.size), fileId);
            this.feedFile(account, { ...f, remote_size: Math.min(done, f.size) });
            return true;
          }) ?? false
        );
      });
      if (!r) return;
      this.tx(() => {
        const f = alive();
        if (!f) return;
        sql(this.db, "UPDATE files SET state = 'remote', blob = ?, size = ?, remote_size = ? WHERE id = ?").run(r.sha, r.size, r.size, fileId);
        const l = localRow(this.db, account, fileId);
        if (l) sql(this.db, 'UPDATE file_locals SET local_size = ? WHERE account = ? AND file = ?').run(r.size, account, fileId);
        this.feedFile(account, fileRow(this.db, fileId)!);
      });
    } catch {
      if (!this.db.open) return;
      // the source vanished or the disk is full: the upload fails as TD reports it (not uploading, nothing remote)
      this.tx(() => {
        const f = alive();
        if (!f) return;
        sql(this.db, "UPDATE files SET state = 'failed', remote_size = 0 WHERE id = ?").run(fileId);
        this.feedFile(account, fileRow(this.db, fileId)!);
      });
    }
  }

  /** Starts copying file `fileId` into `account`'s local copy at `dest` (row marked downloading). */
  startDownload(fileId: number, account: number, dest: string): void {
    const key = `down:${account}:${fileId}`;
    if (this.running.has(key)) return;
    const ctl = new AbortController();
    this.running.set(key, ctl);
    setImmediate(() => {
      void this.download(fileId, account, dest, ctl.signal).finally(() => this.running.delete(key));
    });
  }

  private async download(fileId: number, account: number, dest: string, signal: AbortSignal): Promise<void> {
    const alive = (): FileRow | undefined => {
      if (signal.aborted || this.closed || !this.db.open) return undefined;
      const l = localRow(this.db, account, fileId);
      return l?.downloading === 1 && l.path === dest ? fileRow(this.db, fileId) : undefined;
    };
    const f0 = alive();
    if (!f0 || f0.blob === null) return;
    try {
      const done = await extract(this.blobs, f0.blob, dest, progressStep(f0.size), (n) =>
        this.tx(() => {
          const f = alive();
          if (!f) return false;
          sql(this.db, 'UPDATE file_locals SET local_size = ? WHERE account = ? AND file = ?').run(Math.min(n, f.size), account, fileId);
          this.feedFile(account, f);
          return true;
        }),
      );
      if (!done) return;
      this.tx(() => {
        const f = alive();
        if (!f) {
          removeStored(dest);
          return;
        }
        const now = Math.floor(this.clock() / 1000);
        sql(this.db, 'UPDATE file_locals SET local_size = ?, downloading = 0, accessed = ? WHERE account = ? AND file = ?').run(f.size, now, account, fileId);
        this.feedFile(account, f);
      });
    } catch {
      if (!this.db.open) return;
      this.tx(() => {
        const f = alive();
        if (!f) return;
        sql(this.db, 'DELETE FROM file_locals WHERE account = ? AND file = ?').run(account, fileId);
        this.feedFile(account, f);
      });
    }
  }

  /**
   * Stops this client's transfers: an unfinished upload fails and an unfinished download is
   * forgotten (its partial copy removed), as when TD exits mid-transfer; a later call restarts them.
   */
  close(): void {
    this.closed = true;
    const keys = [...this.running.keys()];
    for (const c of this.running.values()) c.abort();
    this.running.clear();
    if (keys.length === 0 || !this.db.open) return;
    try {
      this.tx(() => {
        for (const k of keys) {
          const [kind, a, b] = k.split(':');
          if (kind === 'up') sql(this.db, "UPDATE files SET state = 'failed', remote_size = 0 WHERE id = ? AND state = 'uploading'").run(Number(a));
          else {
            const l = localRow(this.db, Number(a), Number(b));
            if (l?.downloading !== 1) continue;
            removeStored(l.path);
            sql(this.db, 'DELETE FROM file_locals WHERE account = ? AND file = ?').run(l.account, l.file);
          }
        }
      });
    } catch {
      // the file is locked by another process: the rows stay, a later call repairs them
    }
  }
}
