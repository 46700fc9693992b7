/**
 * Files as Lua's io library sees them, over node's synchronous fs calls: a read-ahead buffer (so
 * `read("n")` and `read("l")` can look one byte ahead, as C's ungetc does), explicit positions for
 * regular files (so `seek` is exact), and the standard streams handed to the host.
 */
import { closeSync, fstatSync, readSync, writeSync, constants as fsc } from 'node:fs';
import { constants as osc } from 'node:os';

const CHUNK = 64 * 1024;

/** Where the standard output and error of a script go (the CLI's stdout/stderr, the library's print). */
export type StdWriter = (fd: 1 | 2, bytes: Uint8Array) => void;

/** One open file of a script. */
export class LuaFile {
  private buf = Buffer.alloc(0);
  private start = 0;
  private end = 0;
  /** File offset of the next byte fs would read (regular files). */
  private filePos = 0;
  /** setvbuf's mode: writes wait in `pending` until a flush ('full': `vsize` bytes; 'line': a newline). */
  private vmode: 'no' | 'full' | 'line' = 'no';
  private vsize = 0;
  private pending: Uint8Array[] = [];
  private pendingLen = 0;
  closed = false;

  constructor(
    /** The descriptor, or -1 for an output handed to the host. */
    readonly fd: number,
    /** The name shown by tostring and in messages. */
    readonly name: string,
    readonly readable: boolean,
    readonly writable: boolean,
    private readonly append: boolean,
    /** Regular file: positioned reads and writes, seek works. */
    readonly seekable: boolean,
    /** Standard stream: io.close refuses it. */
    readonly std: boolean,
    private readonly out?: (bytes: Uint8Array) => void,
    /** Runs a read that may block (stdin, a pipe) with the script's time slice paused. */
    private readonly blocking?: <T>(fn: () => T) => T,
    /** Called once when the file is closed (io.tmpfile removes its file). */
    private readonly onClose?: () => void,
  ) {}

  /** Open a descriptor as a LuaFile. */
  static fromFd(fd: number, name: string, mode: string, onClose?: () => void): LuaFile {
    const plus = mode.includes('+');
    const seekable = fstatSync(fd).isFile();
    return new LuaFile(fd, name, mode[0] === 'r' || plus, mode[0] !== 'r' || plus, mode[0] === 'a', seekable, false, undefined, undefined, onClose);
  }

  /** A standard stream: stdin read from fd 0 (blocking reads paused out of the slice), stdout/stderr handed to `out`. */
  static std(name: string, fd: 0 | 1 | 2, out?: (bytes: Uint8Array) => void, blocking?: <T>(fn: () => T) => T): LuaFile {
    return new LuaFile(fd === 0 ? 0 : -1, name, fd === 0, fd !== 0, false, false, true, out, blocking);
  }

  /** Refill the read-ahead buffer; false at end of file. */
  private fill(): boolean {
    if (this.start < this.end) return true;
    this.flush();
    if (this.fd < 0) return false;
    if (this.buf.length < CHUNK) this.buf = Buffer.alloc(CHUNK);
    const read = () => readSync(this.fd, this.buf, 0, CHUNK, this.seekable ? this.filePos : null);
    let n: number;
    try {
      n = this.seekable || !this.blocking ? read() : this.blocking(read);
    } catch (e) {
      // a pipe with nothing yet (EAGAIN) is an end for this read; anything else is the caller's error
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') return false;
      throw e;
    }
    this.start = 0;
    this.end = n;
    this.filePos += n;
    // an end of file is one read: the next may get more (a terminal after Ctrl-D, a file another
    // handle appended to), as C's stdio reads on
    if (n === 0) return false;
    return true;
  }

  /** The next byte without consuming it, or -1 at end of file. */
  peek(): number {
    return this.fill() ? this.buf[this.start] : -1;
  }

  /** Consume and return the next byte, or -1 at end of file. */
  getc(): number {
    return this.fill() ? this.buf[this.start++] : -1;
  }

  /** A line without (chop) or with its newline; null at end of file with nothing read. */
  readLine(chop: boolean, max: number): Uint8Array | null {
    const parts: Buffer[] = [];
    let total = 0;
    for (;;) {
      if (!this.fill()) break;
      const nl = this.buf.indexOf(0x0a, this.start);
      const stop = nl >= 0 && nl < this.end ? nl + 1 : this.end;
      const piece = Buffer.from(this.buf.subarray(this.start, chop && stop === nl + 1 ? nl : stop));
      this.start = stop;
      total += piece.length;
      if (total > max) throw new RangeError('line longer than the string limit');
      parts.push(piece);
      if (stop === nl + 1) return Buffer.concat(parts);
    }
    return parts.length ? Buffer.concat(parts) : null;
  }

  /** Up to `n` bytes (fewer at end of file); null when nothing could be read. */
  readChars(n: number): Uint8Array | null {
    const parts: Buffer[] = [];
    let got = 0;
    while (got < n && this.fill()) {
      const take = Math.min(n - got, this.end - this.start);
      parts.push(Buffer.from(this.buf.subarray(this.start, this.start + take)));
      this.start += take;
      got += take;
    }
    return got > 0 ? Buffer.concat(parts) : null;
  }

  /** Everything up to the end of file ("" when already there). */
  readAll(max: number): Uint8Array {
    const parts: Buffer[] = [];
    let total = 0;
    while (this.fill()) {
      const piece = Buffer.from(this.buf.subarray(this.start, this.end));
      this.start = this.end;
      total += piece.length;
      if (total > max) throw new RangeError('file larger than the string limit');
      parts.push(piece);
    }
    return Buffer.concat(parts);
  }

  /**
   * file:setvbuf. Writes go straight to the descriptor until a script asks for buffering (never
   * wrong, and what a bot printing progress wants); with "full" or "line" they wait as C's would.
   */
  setvbuf(mode: 'no' | 'full' | 'line', size: number): void {
    this.flush();
    this.vmode = this.out ? 'no' : mode;
    this.vsize = size > 0 ? size : 8192;
  }

  /** Write out what setvbuf's buffering holds. */
  flush(): void {
    if (this.pendingLen === 0) return;
    const all = Buffer.concat(this.pending);
    this.pending = [];
    this.pendingLen = 0;
    this.writeNow(all);
  }

  /** Write bytes at the current position (or the end, in append mode). */
  write(bytes: Uint8Array): void {
    if (this.vmode === 'no') return this.writeNow(bytes);
    this.pending.push(Uint8Array.from(bytes));
    this.pendingLen += bytes.length;
    if (this.vmode === 'full' ? this.pendingLen >= this.vsize : bytes.includes(0x0a)) this.flush();
  }

  private writeNow(bytes: Uint8Array): void {
    if (this.out) return this.out(bytes);
    if (this.seekable) {
      // what the script sees as its position is behind the read-ahead
      const pos = this.position();
      this.dropBuffer(pos);
      let off = 0;
      while (off < bytes.length) off += writeSync(this.fd, bytes, off, bytes.length - off, this.append ? null : pos + off);
      this.filePos = this.append ? fstatSync(this.fd).size : pos + bytes.length;
      return;
    }
    let off = 0;
    while (off < bytes.length) off += writeSync(this.fd, bytes, off, bytes.length - off);
  }

  /** The position the script sees. */
  position(): number {
    this.flush();
    return this.filePos - (this.end - this.start);
  }

  private dropBuffer(pos: number): void {
    this.start = this.end = 0;
    this.filePos = pos;
  }

  /** file:seek: the new position. Throws an errno-style error for streams that cannot seek. */
  seek(whence: 'set' | 'cur' | 'end', offset: number): number {
    if (!this.seekable) throw Object.assign(new Error('Illegal seek'), { code: 'ESPIPE' });
    this.flush();
    const base = whence === 'set' ? 0 : whence === 'cur' ? this.position() : fstatSync(this.fd).size;
    const pos = base + offset;
    if (pos < 0 || !Number.isFinite(pos)) throw Object.assign(new Error('Invalid argument'), { code: 'EINVAL' });
    this.dropBuffer(pos);
    return pos;
  }

  /** Close the descriptor (standard streams are never closed). */
  close(): void {
    if (this.closed) return;
    try {
      this.flush();
    } finally {
      this.closed = true;
    }
    if (!this.std && this.fd >= 0) {
      try {
        closeSync(this.fd);
      } finally {
        this.onClose?.();
      }
    }
  }
}

/** Open flags of a Lua mode (`r`, `w+`, `ab`...), already checked against `[rwa]%+?b*`. */
export function openFlags(mode: string): number {
  const plus = mode.includes('+');
  switch (mode[0]) {
    case 'r':
      return plus ? fsc.O_RDWR : fsc.O_RDONLY;
    case 'w':
      return (plus ? fsc.O_RDWR : fsc.O_WRONLY) | fsc.O_CREAT | fsc.O_TRUNC;
    default:
      return (plus ? fsc.O_RDWR : fsc.O_WRONLY) | fsc.O_CREAT | fsc.O_APPEND;
  }
}

const STRERROR: Record<string, string> = {
  ENOENT: 'No such file or directory',
  EACCES: 'Permission denied',
  EPERM: 'Operation not permitted',
  EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory',
  EEXIST: 'File exists',
  ENOTEMPTY: 'Directory not empty',
  EBADF: 'Bad file descriptor',
  ESPIPE: 'Illegal seek',
  EINVAL: 'Invalid argument',
  EXDEV: 'Invalid cross-device link',
  EMFILE: 'Too many open files',
  ENOSPC: 'No space left on device',
  EROFS: 'Read-only file system',
  ELOOP: 'Too many levels of symbolic links',
  ENAMETOOLONG: 'File name too long',
  EBUSY: 'Device or resource busy',
  EPIPE: 'Broken pipe',
};

/** C's strerror text and errno number for a node fs error, as Lua's io functions report them. */
export function errnoOf(e: unknown): { message: string; errno: number } {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  const errno = (osc.errno as Record<string, number>)[code] ?? 0;
  return { message: STRERROR[code] ?? (e as Error).message ?? String(e), errno };
}

/**
 * True for an error thrown by node's fs (it has an errno code). Anything else, notably a Lua error
 * unwinding through our JS (fengari throws its own jump object), must be rethrown, not reported.
 */
export function isFsError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string';
}
