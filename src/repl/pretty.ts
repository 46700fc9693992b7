/**
 * The REPL's pretty printer. It is written in Lua and runs inside the VM that produced the
 * values, because only there can it see them faithfully: integer vs float subtype, table
 * identity (for cycles), raw keys without triggering metamethods. TypeScript only ships the
 * source and the options.
 *
 * Output rules (documented in docs/repl.md):
 * - key order: `_` first, then the sequence part 1..n (printed without keys), then the other
 *   string keys sorted, then the remaining numeric keys in numeric order, then anything else;
 * - a table fits on one line when its one-line form is at most `width` columns, else one
 *   entry per line, indented by two spaces;
 * - a table already open on the current path prints `<cycle>`; deeper than `depth` prints
 *   `{...}`; more than `items` entries prints `... (N more)`;
 * - `{_ = "error", code = C, message = M}` prints `error C: M`;
 * - fengari integers are 32-bit, so int53 ids arrive as floats: an integral float whose
 *   magnitude is at least 2^31 and below 2^53 prints as an integer (`1234567890123`), small
 *   integral floats keep Lua's `1.0` so that `1.0` and `1` stay distinguishable;
 * - a string longer than `strlen` bytes is cut: `"abc..." ... (N more bytes)`.
 */

/** Options of the printer. */
export interface PrettyOptions {
  /** ANSI colours (only on a terminal, never when NO_COLOR is set: the caller decides). */
  color: boolean;
  /** Nesting depth shown before `{...}`. */
  depth: number;
  /** Entries shown per table before `... (N more)`. */
  items: number;
  /** Longest one-line form of a table before it breaks into lines. */
  width: number;
  /** Bytes of a string shown before `... (N more bytes)`. */
  strlen: number;
}

/** Defaults used by the REPL. */
export const DEFAULT_PRETTY: PrettyOptions = { color: false, depth: 6, items: 100, width: 72, strlen: 2000 };

/**
 * Lua source of a chunk that returns `pretty(opts, ...) -> string`: the values joined by tabs
 * (like the standalone `lua` REPL prints multiple results). Sandbox-safe: it only uses
 * next, type, tostring, rawget, rawlen, math.type, string.* and table.*.
 */
export const PRETTY_LUA = String.raw`
local next, type, tostring, rawget, rawlen, select, ipairs, pcall = next, type, tostring, rawget, rawlen, select, ipairs, pcall
local mtype, floor, huge = math.type, math.floor, math.huge
local fmt, rep, byte, find, gsub = string.format, string.rep, string.byte, string.find, string.gsub
local concat, insert = table.concat, table.insert

local C = { str = "\27[32m", num = "\27[33m", kw = "\27[35m", ty = "\27[36m", err = "\27[31m", dim = "\27[90m", off = "\27[0m" }

local function paint(o, c, s) if o.color then return C[c] .. s .. C.off end return s end

local keywords = {}
for w in ("and break do else elseif end false for function goto if in local nil not or repeat return then true until while"):gmatch("%a+") do keywords[w] = true end

local function quote(s)
  s = gsub(s, '[%c"\\]', function(c)
    if c == "\n" then return "\\n" elseif c == "\t" then return "\\t" elseif c == "\r" then return "\\r"
    elseif c == '"' then return '\\"' elseif c == "\\" then return "\\\\" end
    return fmt("\\%03d", byte(c))
  end)
  return '"' .. s .. '"'
end

local function number(v)
  if mtype(v) == "float" and v == floor(v) and v ~= huge and v ~= -huge then
    local a = v < 0 and -v or v
    -- int53 ids travel as floats in fengari (32-bit integers): show them as integers
    if a >= 2147483648 and a < 9007199254740992 then return fmt("%.0f", v) end
  end
  return tostring(v)
end

local function keyrank(k)
  local t = type(k)
  if t == "string" then return 1 elseif t == "number" then return 2 elseif t == "boolean" then return 3 end
  return 4
end

local function keyless(a, b)
  local ra, rb = keyrank(a), keyrank(b)
  if ra ~= rb then return ra < rb end
  if ra <= 2 then return a < b end
  return tostring(a) < tostring(b)
end

local render

local function renderkey(o, k)
  if type(k) == "string" then
    if find(k, "^[%a_][%w_]*$") and not keywords[k] then return k end
    return "[" .. paint(o, "str", quote(k)) .. "]"
  end
  return "[" .. render(o, k, 0, {}) .. "]"
end

render = function(o, v, level, open)
  local t = type(v)
  if t == "string" then
    local cap = o.strlen or 2000
    if #v > cap then return paint(o, "str", quote(v:sub(1, cap))) .. paint(o, "dim", " ... (" .. (#v - cap) .. " more bytes)") end
    return paint(o, "str", quote(v))
  elseif t == "number" then return paint(o, "num", number(v))
  elseif t == "boolean" or t == "nil" then return paint(o, "kw", tostring(v))
  elseif t ~= "table" then
    local ok, s = pcall(tostring, v)
    return paint(o, "dim", ok and s or t)
  end
  if open[v] then return paint(o, "dim", "<cycle>") end
  local tag = rawget(v, "_")
  if tag == "error" and rawget(v, "message") ~= nil then
    local code = rawget(v, "code")
    return paint(o, "err", "error " .. (code ~= nil and number(code) or "?") .. ": " .. tostring(rawget(v, "message")))
  end
  if level >= o.depth then return "{...}" end
  open[v] = true
  local parts, n = {}, rawlen(v)
  local seqn = 0
  while seqn < n and rawget(v, seqn + 1) ~= nil do seqn = seqn + 1 end
  -- Only the first o.items keys in order can be shown, so keep just those (a bounded sorted
  -- buffer, binary insertion) instead of sorting every key: a 100,000-key table would otherwise
  -- cost ~1.7M Lua comparator calls, seconds in fengari, and trip the REPL's time slice.
  local keys, nkeys = {}, 0
  for k in next, v do
    if k ~= "_" and not (mtype(k) == "integer" and k >= 1 and k <= seqn) then
      nkeys = nkeys + 1
      local nb = #keys
      if nb < o.items or keyless(k, keys[nb]) then
        local lo, hi = 1, nb + 1
        while lo < hi do
          local mid = (lo + hi) // 2
          if keyless(k, keys[mid]) then hi = mid else lo = mid + 1 end
        end
        insert(keys, lo, k)
        if nb + 1 > o.items then keys[nb + 1] = nil end
      end
    end
  end
  local total, shown = (tag ~= nil and 1 or 0) + seqn + nkeys, 0
  local function add(s)
    if shown < o.items then parts[#parts + 1] = s end
    shown = shown + 1
  end
  if tag ~= nil then add("_ = " .. (type(tag) == "string" and paint(o, "ty", quote(tag)) or render(o, tag, level + 1, open))) end
  for i = 1, seqn do if shown >= o.items then break end add(render(o, rawget(v, i), level + 1, open)) end
  for _, k in ipairs(keys) do
    if shown >= o.items then break end
    add(renderkey(o, k) .. " = " .. render(o, rawget(v, k), level + 1, open))
  end
  open[v] = nil
  if total > o.items then parts[#parts + 1] = paint(o, "dim", "... (" .. (total - o.items) .. " more)") end
  if #parts == 0 then return "{}" end
  local one = "{" .. concat(parts, ", ") .. "}"
  local plain = o.color and gsub(one, "\27%[%d+m", "") or one
  if #plain + level * 2 <= o.width and not find(one, "\n", 1, true) then return one end
  local pad = rep("  ", level + 1)
  if tag == nil and nkeys == 0 and not find(one, "\n", 1, true) then
    -- a plain list of short values: pack them on lines up to the width instead of one per line
    local lines, cur, curlen = {}, {}, 0
    for _, part in ipairs(parts) do
      local len = #(o.color and gsub(part, "\27%[%d+m", "") or part) + 2
      if curlen > 0 and curlen + len + #pad > o.width then lines[#lines + 1] = concat(cur, ", "); cur, curlen = {}, 0 end
      cur[#cur + 1] = part
      curlen = curlen + len
    end
    lines[#lines + 1] = concat(cur, ", ")
    return "{\n" .. pad .. concat(lines, ",\n" .. pad) .. "\n" .. rep("  ", level) .. "}"
  end
  return "{\n" .. pad .. concat(parts, ",\n" .. pad) .. "\n" .. rep("  ", level) .. "}"
end

return function(o, ...)
  local out = {}
  for i = 1, select("#", ...) do out[i] = render(o, (select(i, ...)), 0, {}) end
  return concat(out, "\t")
end
`;
