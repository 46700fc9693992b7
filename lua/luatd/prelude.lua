-- luatd prelude: runs once in every sandboxed VM, before any script, with the host's private
-- functions as arguments (scripts never see them). It makes the standard library safe and lets
-- host calls wait inside coroutines that scripts create themselves.
--
-- Why the coroutine wrappers: an API call whose answer is not ready yields (HOST, id) from the
-- coroutine that made it. When that coroutine is one the script created, the yield lands in the
-- script's own coroutine.resume; the wrapper passes it up to the host, waits for the answer, and
-- resumes the inner coroutine with it, so `coroutine.wrap(function() getMe() end)()` just works.
local HOST, raw, host = ...
if type(raw) ~= "table" then
  error("luatd.prelude is run by the host when a VM starts; it cannot be required", 2)
end

local select, error, type, find, ipairs = select, error, type, string.find, ipairs
local package, concat = package, table.concat
local raw_create, raw_resume, raw_yield, raw_status = raw.create, raw.resume, raw.yield, raw.status
local raw_isyieldable, raw_running = raw.isyieldable, raw.running
local raw_pcall, raw_xpcall, raw_load = raw.pcall, raw.xpcall, raw.load
local after_catch, is_host_thread, is_task, is_killed = host.after_catch, host.is_host_thread, host.is_task, host.is_killed
local binary_ok = host.binary == true

local pass
-- after raw_resume(co, ...): forward host yields up, hand the answer back down
pass = function(co, ok, ...)
  if ok then
    if (...) == HOST and raw_status(co) == "suspended" then
      return pass(co, raw_resume(co, raw_yield(...)))
    end
    return true, ...
  end
  after_catch() -- a killed script cannot be kept alive by catching the kill
  return false, ...
end

local function resume(co, ...)
  if type(co) ~= "thread" then
    error("bad argument #1 to 'resume' (coroutine expected, got " .. type(co) .. ")", 2)
  end
  -- a host task (the main chunk, a handler) waiting for an answer must only be resumed by the host
  if is_task(co) then
    return false, "cannot resume a luatd task (the main chunk or a handler) from Lua"
  end
  return pass(co, raw_resume(co, ...))
end

local function unwrap(ok, ...)
  if ok then return ... end
  error((...), 0)
end

coroutine.resume = resume
coroutine.wrap = function(f)
  if type(f) ~= "function" then
    error("bad argument #1 to 'wrap' (function expected, got " .. type(f) .. ")", 2)
  end
  local co = raw_create(f)
  return function(...)
    return unwrap(resume(co, ...))
  end
end
-- yield is the host's (a JS function): a Lua wrapper would be one more frame in every suspended
-- coroutine, seen by debug.traceback(co) and debug.getinfo(co, level) as the manual does not say
coroutine.yield = host.yield
coroutine.isyieldable = function()
  return raw_isyieldable() and not is_host_thread()
end
coroutine.running = function()
  local co = raw_running()
  return co, is_host_thread()
end

-- pcall/xpcall: same guard as resume, so `while true do pcall(...) end` cannot outlive a kill
pcall = function(...)
  if select("#", ...) == 0 then error("bad argument #1 to 'pcall' (value expected)", 2) end
  return after_catch(raw_pcall(...))
end
xpcall = function(f, handler, ...)
  if type(handler) ~= "function" then
    error("bad argument #2 to 'xpcall' (function expected, got " .. type(handler) .. ")", 2)
  end
  -- a kill is raised from inside the count hook, where hooks are off: the message handler would
  -- run unwatched, so once the script is killed the handler is skipped
  return after_catch(raw_xpcall(f, function(e)
    if is_killed() then return e end
    return handler(e)
  end, ...))
end

-- load: text chunks only (binary chunks can crash the VM), unless the script has the debug
-- grant (then it is Lua's load, string.dump's chunks included); an explicit env is honoured
load = function(chunk, name, mode, ...)
  if binary_ok then
    if select("#", ...) > 0 then
      return raw_load(chunk, name, mode or "bt", (...))
    end
    return raw_load(chunk, name, mode)
  end
  if type(mode) == "string" and not find(mode, "t", 1, true) then
    return nil, "luatd: binary chunks are not allowed (mode must include 't')"
  end
  if select("#", ...) > 0 then
    return raw_load(chunk, name, "t", (...))
  end
  return raw_load(chunk, name, "t")
end

-- require, in Lua so that a module may call API functions that wait while it loads (fengari's
-- require calls the loader through a non-yieldable JS call). Same rules as Lua 5.3's, plus a clear
-- error for modules that require each other in a loop (Lua would overflow its stack).
local loading, loading_order = {}, {}
require = function(name)
  if type(name) ~= "string" then
    error("bad argument #1 to 'require' (string expected, got " .. type(name) .. ")", 2)
  end
  local loaded = package.loaded
  local value = loaded[name]
  if value ~= nil then return value end
  local tried = ""
  for _, searcher in ipairs(package.searchers) do
    local loader, extra = searcher(name)
    if type(loader) == "function" then
      if loading[name] then
        local chain = {}
        for i = loading[name], #loading_order do chain[#chain + 1] = loading_order[i] end
        chain[#chain + 1] = name
        error("module '" .. name .. "' requires itself through a loop: " .. concat(chain, " -> "), 2)
      end
      loading_order[#loading_order + 1] = name
      loading[name] = #loading_order
      local ok, result = raw_pcall(loader, name, extra)
      loading[name] = nil
      loading_order[#loading_order] = nil
      if not ok then
        after_catch() -- a kill stays a kill
        error(result, 0)
      end
      if result ~= nil then
        loaded[name] = result
      elseif loaded[name] == nil then
        loaded[name] = true
      end
      return loaded[name]
    elseif type(loader) == "string" then
      tried = tried .. loader
    end
  end
  error("module '" .. name .. "' not found:" .. tried, 2)
end
