-- How a journey script waits for what its update handlers saw: waitFor(cond, what) looks at cond()
-- between short sleeps (the handlers run meanwhile) and returns its first true value. After 1,200
-- looks it fails naming `what`: a guard against a hang, counted in looks rather than read off a clock.
return function(cond, what)
  for _ = 1, 1200 do
    local v = cond()
    if v then return v end
    sleep(0.025)
  end
  error("gave up waiting for " .. what, 2)
end
