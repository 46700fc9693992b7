-- Run: luatd plugins test examples/plugins/ping-counter
assert(plugin.command("/ping") == "pong (1 messages seen)")
assert(plugin.command("hello") == nil, "plain messages get no reply")
assert(plugin.storage("seen") == 2)
assert(plugin.repl("pings") == "2 messages seen, last in chat 1")
print("ping-counter: all tests passed")
