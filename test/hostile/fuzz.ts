/**
 * Schema-driven abuse: every method of our schema called from Lua with wrong, extreme and empty
 * values for each kind of parameter, in a fresh logged-in in-memory core. Every call must end in
 * a result object, an API error object, or a Lua error at the caller's line naming the method:
 * never a crash, a hang, or a leaked JS error ("TypeError", "(error object is ...)").
 */
import { createHost } from '../../src/index.js';
import { ourSchema } from '../../src/schema/parser.js';
import type { Method, SchemaIR, TypeRef } from '../../src/schema/ir.js';
import { HOSTILE_LIMITS, type Verdict } from './driver.js';

/** The kinds of bad value tried for every parameter. */
type Variant = 'wrong' | 'extreme' | 'empty';
const VARIANTS: Variant[] = ['wrong', 'extreme', 'empty'];

/** Lua source of a value of kind `variant` for a parameter of type `t`. */
function luaValue(t: TypeRef, variant: Variant): string {
  switch (t.kind) {
    case 'builtin':
      switch (t.builtin) {
        case 'Bool':
          return variant === 'wrong' ? '1' : variant === 'extreme' ? '"true"' : 'false';
        case 'int32':
        case 'int53':
        case 'flags':
          return variant === 'wrong' ? '"12"' : variant === 'extreme' ? (t.builtin === 'int32' ? '2^31' : '2^53 + 2') : '0';
        case 'int64':
          return variant === 'wrong' ? '{}' : variant === 'extreme' ? '"-9223372036854775809"' : '"0"';
        case 'double':
          return variant === 'wrong' ? '"1.5"' : variant === 'extreme' ? '0/0' : '0';
        case 'string':
          return variant === 'wrong' ? '{1}' : variant === 'extreme' ? '"\\255\\0\\254"' : '""';
        case 'bytes':
          return variant === 'wrong' ? '12' : variant === 'extreme' ? 'string.rep("\\0", 70000)' : '""';
        default:
          return variant === 'wrong' ? 'print' : 'nil';
      }
    case 'vector':
      return variant === 'wrong' ? '{x = 1}' : variant === 'extreme' ? `{${luaValue(t.of, 'wrong')}, nil, 3}` : '{}';
    case 'type':
    case 'constructor':
      return variant === 'wrong' ? '"object?"' : variant === 'extreme' ? '{_ = "noSuchConstructor", x = {}}' : '{}';
    default:
      return 'nil';
  }
}

/** One call per variant, each under pcall, reporting anything unclear. */
function callsFor(m: Method): string {
  return VARIANTS.map((v) => {
    const params = m.params.map((p) => `${p.name} = ${luaValue(p.type, v)}`).join(', ');
    return `probe(${JSON.stringify(m.name)}, ${JSON.stringify(v)}, function() return ${m.name}{${params}} end)`;
  }).join('\n');
}

// Methods that would log the fuzzing account out or lock it; their misuse is covered in cases.ts.
const SKIP = new Set(['resetAuth', 'setAuthPhoneNumber', 'checkAuthCode', 'checkAuthPassword', 'checkAuthBotToken', 'recoverAuthPassword', 'terminateAllOtherSessions']);

/** The methods of `ir` the fuzz calls. */
function fuzzedMethods(ir: SchemaIR): Method[] {
  return ir.functions.filter((m) => !SKIP.has(m.name));
}

/** The fuzz script for `ir`: helpers, a login when `login` (our schema's auth methods), then the calls. */
export function fuzzScript(ir: SchemaIR, login: boolean): string {
  const methods = fuzzedMethods(ir);
  return `local bad = {}
local calls = 0
local function probe(name, variant, f)
  calls = calls + 1
  local ok, r = pcall(f)
  if ok then
    if type(r) ~= "table" or type(r._) ~= "string" then bad[#bad + 1] = name .. "/" .. variant .. ": answered " .. tostring(r) end
  else
    local msg = tostring(r)
    local clear = msg:find("^fuzz%.lua:%d+: " .. name .. ": ") ~= nil or msg:find("^fuzz%.lua:%d+: string too large") ~= nil
    local leaked = msg:find("TypeError") or msg:find("RangeError") or msg:find("error object is") or msg:find("undefined") or msg:find("object Object")
    if not clear or leaked then bad[#bad + 1] = name .. "/" .. variant .. ": " .. msg:sub(1, 200) end
  end
end
${login ? 'setAuthPhoneNumber{phone_number = "9996655555"}\nassert(checkAuthCode{code = "55555", first_name = "Fuzz", last_name = ""}._ == "authStateOk", "login failed")' : ''}
${methods.map(callsFor).join('\n')}
assert(#bad == 0, calls .. " calls, unclear outcomes:\\n" .. table.concat(bad, "\\n"))
print(calls .. " calls")`;
}

/**
 * Run the fuzz script on a fresh in-memory core, with our schema (logged in) or another one
 * (e.g. TDLib 1.8.66: the host validates against it, the core answers what it does not know with errors).
 */
export async function runFuzz(ir: SchemaIR = ourSchema()): Promise<Verdict> {
  const ours = ir === ourSchema();
  const host = await createHost({ memory: true, schema: ir, limits: { ...HOSTILE_LIMITS, sliceSteps: 0, sliceMs: 600_000 } });
  try {
    let calls = '';
    host.onOutput((line) => (calls = line));
    const o = await host.run(fuzzScript(ir, ours), { chunkName: 'fuzz.lua' });
    if (o.status !== 'ok') return { problems: [`${o.error?.code}: ${o.error?.message}`], got: o.status };
    const expected = VARIANTS.length * fuzzedMethods(ir).length;
    if (calls !== `${expected} calls`) return { problems: [`expected ${expected} calls to be probed, the script says ${JSON.stringify(calls)}`], got: calls };
    return { problems: [], got: calls };
  } finally {
    await host.close();
  }
}
