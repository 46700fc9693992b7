/**
 * Tab completion for the REPL, driven by the schema IR (API names, parameter and field
 * names, constructor names) and by the live global table of the VM (globals and table fields).
 *
 * The line is scanned with a small Lua tokenizer (strings, comments, brackets) so that the
 * context is known: `resetAuth({f` completes parameters of resetAuth, `_ = "auth` completes
 * constructor names, `td.res` completes fields of the global table `td`, anything else
 * completes globals and keywords.
 */
import type { SchemaIR, TypeRef } from '../schema/ir.js';

/** Reads the live VM: the keys of the table at `path` (`[]` = the global table). */
export type FieldLister = (path: string[]) => Promise<string[]>;

const LUA_KEYWORDS = [
  'and', 'break', 'do', 'else', 'elseif', 'end', 'false', 'for', 'function', 'goto', 'if', 'in',
  'local', 'nil', 'not', 'or', 'repeat', 'return', 'then', 'true', 'until', 'while',
];

/** Name lookups over one or more schema IRs (ours plus plugins' additions). */
export class CompletionSchema {
  /** Function names, sorted. */
  readonly methods: string[];
  /** Constructor names, sorted. */
  readonly constructors: string[];
  private readonly params = new Map<string, { name: string; type: TypeRef }[]>();
  private readonly typeCtors = new Map<string, string[]>();

  constructor(irs: SchemaIR[]) {
    const methods = new Set<string>();
    const ctors = new Set<string>();
    for (const ir of irs) {
      for (const t of ir.types) this.typeCtors.set(t.name, t.constructors);
      for (const c of ir.constructors) {
        ctors.add(c.name);
        this.params.set(c.name, c.params);
      }
      // functions second: a name used for both keeps the function's parameters
      for (const f of ir.functions) {
        methods.add(f.name);
        this.params.set(f.name, f.params);
      }
    }
    this.methods = [...methods].sort();
    this.constructors = [...ctors].sort();
  }

  /** Parameter names of a function or field names of a constructor. */
  fields(owner: string): string[] | undefined {
    return this.params.get(owner)?.map((p) => p.name);
  }

  /** The constructor a nested table for `owner.key` must be, when the schema pins it to one. */
  nested(owner: string, key: string): string | undefined {
    const p = this.params.get(owner)?.find((x) => x.name === key);
    if (!p) return undefined;
    let t = p.type;
    while (t.kind === 'vector') t = t.of;
    if (t.kind === 'constructor') return t.name;
    if (t.kind === 'type') {
      const cs = this.typeCtors.get(t.name);
      if (cs && cs.length === 1) return cs[0];
    }
    return undefined;
  }

  /** True when `name` is a function of the schema. */
  isMethod(name: string): boolean {
    return this.methods.includes(name);
  }
}

type Tok = { t: 'name' | 'string' | 'number' | 'op'; v: string };
type Frame = { open: string; owner?: string };

/** What the text before the cursor asks to complete. Exported for tests. */
export type CompletionContext =
  | { kind: 'tag'; prefix: string }
  | { kind: 'key'; prefix: string; owner: string | undefined }
  | { kind: 'field'; prefix: string; path: string[] }
  | { kind: 'global'; prefix: string }
  | { kind: 'none' };

/** Work out the completion context of `text` (the chunk typed so far, cursor at its end). */
export function completionContext(text: string, schema: CompletionSchema): CompletionContext {
  const toks: Tok[] = [];
  const frames: Frame[] = [];
  let i = 0;
  const n = text.length;
  const longBracket = (at: number): number => {
    // returns the level of a long bracket `[==[` starting at `at`, or -1
    let j = at + 1;
    while (text[j] === '=') j++;
    return text[j] === '[' ? j - at - 1 : -1;
  };
  while (i < n) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '-' && text[i + 1] === '-') {
      if (text[i + 2] === '[' && longBracket(i + 2) >= 0) {
        const lvl = longBracket(i + 2);
        const close = text.indexOf(']' + '='.repeat(lvl) + ']', i);
        if (close < 0) return { kind: 'none' };
        i = close + lvl + 2;
      } else {
        const nl = text.indexOf('\n', i);
        if (nl < 0) return { kind: 'none' };
        i = nl + 1;
      }
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      let s = '';
      while (j < n && text[j] !== c && text[j] !== '\n') {
        if (text[j] === '\\') j++;
        s += text[j] ?? '';
        j++;
      }
      if (j >= n) {
        // the cursor is inside this string: `_ = "auth` completes a constructor name
        const k = toks.length;
        if (k >= 2 && toks[k - 1].v === '=' && toks[k - 2].t === 'name' && toks[k - 2].v === '_') {
          if (/^[A-Za-z_]\w*$|^$/.test(s)) return { kind: 'tag', prefix: s };
        }
        return { kind: 'none' };
      }
      toks.push({ t: 'string', v: s });
      const k = toks.length;
      const top = frames[frames.length - 1];
      if (top && top.open === '{' && k >= 3 && toks[k - 2].v === '=' && toks[k - 3].v === '_') top.owner = s;
      i = j + 1;
      continue;
    }
    if (c === '[' && longBracket(i) >= 0) {
      const lvl = longBracket(i);
      const close = text.indexOf(']' + '='.repeat(lvl) + ']', i);
      if (close < 0) return { kind: 'none' };
      toks.push({ t: 'string', v: text.slice(i + lvl + 2, close) });
      i = close + lvl + 2;
      continue;
    }
    const name = /^[A-Za-z_]\w*/.exec(text.slice(i, i + 200));
    if (name) {
      toks.push({ t: 'name', v: name[0] });
      i += name[0].length;
      continue;
    }
    const num = /^(0[xX][0-9a-fA-F.]+|\d[\d.]*([eE][+-]?\d+)?)/.exec(text.slice(i, i + 100));
    if (num) {
      toks.push({ t: 'number', v: num[0] });
      i += num[0].length;
      continue;
    }
    if (c === '{' || c === '(' || c === '[') {
      const frame: Frame = { open: c };
      if (c === '{') frame.owner = ownerOfTable(toks, frames, schema);
      frames.push(frame);
      toks.push({ t: 'op', v: c });
      i++;
      continue;
    }
    if (c === '}' || c === ')' || c === ']') {
      frames.pop();
      toks.push({ t: 'op', v: c });
      i++;
      continue;
    }
    const op = /^(\.\.\.|\.\.|==|~=|<=|>=|::|<<|>>|\/\/)/.exec(text.slice(i, i + 3));
    toks.push({ t: 'op', v: op ? op[0] : c });
    i += op ? op[0].length : 1;
  }
  // the word being typed (absent when the text ends with a space or an operator)
  const endsInWord = /[A-Za-z_0-9]$/.test(text);
  let prefix = '';
  let k = toks.length;
  if (endsInWord) {
    const last = toks[k - 1];
    if (!last || last.t !== 'name') return { kind: 'none' };
    prefix = last.v;
    k--;
  }
  // a dotted path before it: `a.b.` / `a.b:`
  const path: string[] = [];
  while (k >= 2 && (toks[k - 1].v === '.' || toks[k - 1].v === ':') && toks[k - 2].t === 'name') {
    path.unshift(toks[k - 2].v);
    k -= 2;
  }
  if (path.length > 0) {
    if (k >= 1 && (toks[k - 1].v === '.' || toks[k - 1].v === ':')) return { kind: 'none' };
    return { kind: 'field', prefix, path };
  }
  if (k >= 1 && (toks[k - 1].v === '.' || toks[k - 1].v === ':')) return { kind: 'none' };
  const top = frames[frames.length - 1];
  const prev = toks[k - 1];
  if (top && top.open === '{' && prev && (prev.v === '{' || prev.v === ',' || prev.v === ';')) {
    return { kind: 'key', prefix, owner: top.owner };
  }
  return { kind: 'global', prefix };
}

/** The schema owner (function or constructor) of a table that is being opened after `toks`. */
function ownerOfTable(toks: Tok[], frames: Frame[], schema: CompletionSchema): string | undefined {
  const k = toks.length;
  // f{ ... }  /  f({ ... })
  if (k >= 1 && toks[k - 1].t === 'name' && schema.isMethod(toks[k - 1].v)) return toks[k - 1].v;
  if (k >= 2 && toks[k - 1].v === '(' && toks[k - 2].t === 'name' && schema.isMethod(toks[k - 2].v)) return toks[k - 2].v;
  // key = { ... } inside a table whose owner is known
  const parent = frames[frames.length - 1];
  if (parent && parent.open === '{' && parent.owner && k >= 2 && toks[k - 1].v === '=' && toks[k - 2].t === 'name') {
    return schema.nested(parent.owner, toks[k - 2].v);
  }
  return undefined;
}

/**
 * Complete `text` (cursor at its end). Returns readline's pair: the candidates and the part of
 * the line they replace.
 */
export async function complete(text: string, schema: CompletionSchema, list: FieldLister): Promise<[string[], string]> {
  const ctx = completionContext(text, schema);
  const starts = (names: Iterable<string>, prefix: string): string[] =>
    [...new Set([...names].filter((x) => x.startsWith(prefix)))].sort();
  switch (ctx.kind) {
    case 'tag': {
      const hits = starts([...schema.constructors, ...schema.methods], ctx.prefix);
      return [hits, ctx.prefix];
    }
    case 'key': {
      const fields = ctx.owner ? schema.fields(ctx.owner) : undefined;
      const hits = fields ? starts(fields.includes('_') ? fields : ['_', ...fields], ctx.prefix) : [];
      if (hits.length > 0) return [hits, ctx.prefix];
      return [starts([...(await safeList(list, [])), ...LUA_KEYWORDS], ctx.prefix), ctx.prefix];
    }
    case 'field': {
      const names = (await safeList(list, ctx.path)).filter((x) => /^[A-Za-z_]\w*$/.test(x));
      return [starts(names, ctx.prefix), ctx.prefix];
    }
    case 'global': {
      const globals = await safeList(list, []);
      return [starts([...globals, ...LUA_KEYWORDS], ctx.prefix), ctx.prefix];
    }
    default:
      return [[], ''];
  }
}

async function safeList(list: FieldLister, path: string[]): Promise<string[]> {
  try {
    return await list(path);
  } catch {
    // completion must never break the prompt: a failing lookup just offers nothing
    return [];
  }
}

/**
 * Lua source of a chunk returning `keys(path...) -> string` (newline-separated): the string
 * keys of the table found by walking `path` from the global table, plus those of its
 * metatable's `__index` table (one level, raw accesses only).
 */
export const LIST_KEYS_LUA = String.raw`
local next, type, rawget, getmetatable, concat, select = next, type, rawget, getmetatable, table.concat, select
return function(...)
  local t = _ENV
  for i = 1, select("#", ...) do
    if type(t) ~= "table" then return "" end
    t = rawget(t, (select(i, ...)))
  end
  local out, seen = {}, {}
  local function add(tbl)
    if type(tbl) ~= "table" then return end
    for k in next, tbl do
      if type(k) == "string" and not seen[k] then seen[k] = true; out[#out + 1] = k end
    end
  end
  add(t)
  if type(t) == "table" and getmetatable then
    local ok, mt = pcall(getmetatable, t)
    if ok and type(mt) == "table" then add(rawget(mt, "__index")) end
  end
  return concat(out, "\n")
end
`;
