/**
 * Lua 5.3 integers in the embedded engine: 64-bit two's complement (the fengari patch's lint.js).
 * Each case is something a user would notice, and the expected text is what `lua5.3` prints.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { okLua, errLua } from './helpers.js';

async function printed(src: string): Promise<string[]> {
  return (await okLua(src)).out;
}

test('the examples of issue 9 print what Lua 5.3 prints', async () => {
  assert.deepEqual(await printed(`
    print(9007199254740991)
    print(-0x80000000)
    print((1 << 31) - 1)
    print(123456789012345)
    print(("%x"):format(2^33))
    print(("%x"):format(2^32 + 255))
  `), ['9007199254740991', '-2147483648', '2147483647', '123456789012345', '200000000', '1000000ff']);
});

test('a djb2 string hash and a 64-bit LCG run as in Lua 5.3', async () => {
  assert.deepEqual(await printed(`
    local function djb2(s)
      local h = 5381
      for i = 1, #s do h = (h * 33 + s:byte(i)) & 0xffffffff end
      return h
    end
    print(djb2("hello world"), djb2(string.rep("luatd", 100)))
    local x = 1
    for _ = 1, 100 do x = x * 6364136223846793005 + 1442695040888963407 end
    print(x)
  `), ['894552257\t2609636269', '8413008054331981093']);
});

test('arithmetic wraps around modulo 2^64; // and % follow the manual', async () => {
  assert.deepEqual(await printed(`
    print(math.maxinteger, math.mininteger, math.maxinteger + 1 == math.mininteger)
    print(math.mininteger - 1, -math.mininteger, math.maxinteger * 2)
    print(7 // 2, -7 // 2, 7 // -2, -7 % 3, 7 % -3, math.mininteger // -1, math.mininteger % -1)
    print(7 // 2.0, -7 % 3.0, 1 // 0.0, pcall(function() return 1 // 0 end))
    print(1 << 63, 1 << 64, -1 >> 1, -1 >> 63, 3 & 5, 3 | 5, 3 ~ 5, ~0)
  `), [
    '9223372036854775807\t-9223372036854775808\ttrue',
    '9223372036854775807\t-9223372036854775808\t-2',
    '3\t-4\t-4\t2\t-2\t-9223372036854775808\t0',
    '3.0\t2.0\tinf\tfalse\ttest.lua:5: attempt to divide by zero',
    '-9223372036854775808\t0\t9223372036854775807\t1\t1\t7\t6\t-1',
  ]);
});

test('floats print as Lua prints them (%.14g), integers exactly', async () => {
  assert.deepEqual(await printed(`
    print(2.0, 1e15, 2^53, 0.1, -0.0, 1/0, 1e100, 123456789012345.0, 3 / 2)
    print(9007199254740993, 2^63, math.tointeger(2^53), math.tointeger(2^63), math.tointeger(3.5))
  `), [
    '2.0\t1e+15\t9.007199254741e+15\t0.1\t-0.0\tinf\t1e+100\t1.2345678901234e+14\t1.5',
    '9007199254740993\t9.2233720368548e+18\t9007199254740992\tnil\tnil',
  ]);
});

test('integer and float comparisons are exact; integer keys are one key however written', async () => {
  assert.deepEqual(await printed(`
    print(2^53 == 2^53 + 1, 9007199254740992 == 9007199254740993, 2^53 < 9007199254740993)
    print(math.maxinteger + 0.0 == math.maxinteger, math.maxinteger < 2^63, math.mininteger == -2^63)
    local t = {}
    t[2^60] = "float key"; t[1 << 60] = "int key"; t[3.0] = "three"
    print(t[1152921504606846976], t[3], next({[2^60] = 1}))
  `), [
    'true\tfalse\ttrue',
    'false\ttrue\ttrue',
    'int key\tthree\t1152921504606846976\t1',
  ]);
});

test('the lexer, tostring and tonumber read the full range; hex wraps, decimal overflow is a float', async () => {
  assert.deepEqual(await printed(`
    print(0xffffffffffffffff == -1, 0x7fffffffffffffff, 0x10000000000000000)
    print(9223372036854775807, 9223372036854775808, -9223372036854775808)
    print(tonumber("9223372036854775807"), tonumber("0x8000000000000000"), tonumber("  -10  ", 36))
    print(tonumber("7fffffffffffffff", 16), tonumber("ffffffffffffffff", 16), math.type(tonumber("1e2")))
    print(tostring(-9007199254740993), "id " .. -1001234567890)
  `), [
    'true\t9223372036854775807\t0',
    '9223372036854775807\t9.2233720368548e+18\t-9.2233720368548e+18',
    '9223372036854775807\t-9223372036854775808\t-36',
    '9223372036854775807\t-1\tfloat',
    '-9007199254740993\tid -1001234567890',
  ]);
});

test('string.format %d %i %u %o %x %X %c on the full range, and floats without an integer representation raise', async () => {
  assert.deepEqual(await printed(`
    print(("%d|%i|%5d|%-5d|%05d|%+d"):format(math.mininteger, 2^53, 42, 42, -42, 7))
    print(("%u|%o|%x|%X|%#x|%c%c"):format(-1, 8, -1, 255, 255, 76, 0x61))
    print(pcall(string.format, "%x", 2^64))
    print(pcall(string.format, "%d", 1.5))
    print(string.format("%q", math.mininteger), string.format("%.3f|%g|%e", 2.5, 1e20, 12345.678))
  `), [
    '-9223372036854775808|9007199254740992|   42|42   |-0042|+7',
    '18446744073709551615|10|ffffffffffffffff|FF|0xff|La',
    "false\tbad argument #2 to 'string.format' (number has no integer representation)",
    "false\tbad argument #2 to 'string.format' (number has no integer representation)",
    '0x8000000000000000\t2.500|1e+20|1.234568e+04',
  ]);
});

test('string.pack/unpack j J l L i8 I8 T keep 64-bit values', async () => {
  assert.deepEqual(await printed(`
    print(string.packsize("j"), string.packsize("J"), string.packsize("l"), string.packsize("L"), string.packsize("T"))
    print(string.unpack("j", string.pack("j", math.mininteger)))
    print(string.unpack("<J", string.pack("<J", -1)))
    print(string.pack(">i8", 0x0102030405060708):byte(1, -1))
    print(string.unpack("<I8", "\\255\\255\\255\\255\\255\\255\\255\\127"))
    print(pcall(string.pack, "i4", 2^31))
  `), [
    '8\t8\t8\t8\t8',
    '-9223372036854775808\t9',
    '-1\t9',
    '1\t2\t3\t4\t5\t6\t7\t8',
    '9223372036854775807\t9',
    "false\tbad argument #2 to 'string.pack' (integer overflow)",
  ]);
});

test('math: tointeger, type, ult, abs(mininteger), fmod, floor/ceil of large floats', async () => {
  assert.deepEqual(await printed(`
    print(math.type(1), math.type(1.0), math.type(2^63), math.ult(1, -1), math.ult(-1, 1))
    print(math.abs(math.mininteger), math.abs(-5), math.fmod(-7, 3), math.fmod(math.mininteger, -1))
    print(math.floor(2^62), math.ceil(-2^62), math.floor(2^70), math.modf(3.5))
  `), [
    'integer\tfloat\tfloat\ttrue\tfalse',
    '-9223372036854775808\t5\t-1\t0',
    '4611686018427387904\t-4611686018427387904\t1.1805916207174e+21\t3\t0.5',
  ]);
});

test('for loops, utf8 and table functions take the full integer range', async () => {
  assert.deepEqual(await printed(`
    local n = 0
    for i = math.maxinteger - 2, math.maxinteger - 1 do n = n + 1 end
    for i = math.mininteger, math.mininteger + 2 do n = n + 1 end
    for i = 1, 3, math.maxinteger do n = n + 1 end  -- 1, then wraps to mininteger and -1 (Lua 5.3)
    print(n)
    local t = table.move({1, 2, 3}, 1, 3, math.maxinteger - 2)
    print(t[math.maxinteger], select("#", table.unpack({}, math.maxinteger - 1, math.maxinteger)))
    print(pcall(table.unpack, {}, 0, math.maxinteger))
    print(pcall(table.insert, {}, math.mininteger, 1))
    print(utf8.char(0x10ffff):byte(1, -1))
    print(pcall(utf8.char, math.maxinteger))
  `), [
    '8',
    '3\t2',
    "false\ttoo many results to unpack",
    "false\tbad argument #2 to 'table.insert' (position out of bounds)",
    '244\t143\t191\t191',
    "false\tbad argument #1 to 'utf8.char' (value out of range)",
  ]);
});

test('integer division by zero is an error, as in Lua 5.3', async () => {
  const r = await errLua('local z = 0 return 1 % z');
  assert.match(r.message, /attempt to perform 'n%0'/);
});

test('// and % agree with each other across the fast paths (int32, up to 2^52, beyond) and the exact path', async () => {
  await okLua(`
    local vals = {0, 1, -1, 2, -2, 3, 5, -5, 7, 2^31|0, -(2^31|0), 2^52|0, -(2^52|0), (2^52|0) + 1, 2^53|0,
      (2^53|0) - 1, 9007199254740993, math.maxinteger, math.mininteger, 4503599627370495, 4503599627370497, -987654321}
    for _, a in ipairs(vals) do
      for _, b in ipairs(vals) do
        if b ~= 0 then
          local q, m = a // b, a % b
          assert(q * b + m == a, a .. " // " .. b)
          assert(b > 0 and m >= 0 and m < b or b < 0 and m <= 0 and m > b, a .. " % " .. b)
          assert(math.type(q) == "integer" and math.type(m) == "integer")
        end
      end
    end
    assert(4503599627370495 // 4503599627370496 == 0 and -1 // 4503599627370496 == -1)
    assert(0 * -1 == 0 and 1 / (0 * -1) == math.huge and -7 % 7 == 0 and 1 / (-7 % 7) == math.huge)
  `);
});
