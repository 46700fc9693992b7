#!/usr/bin/env python3
# Runs a command in a pseudo-terminal (100 columns x 30 rows) and relays: our stdin -> the
# terminal's keyboard, the terminal's screen output -> our stdout. Tests drive the REPL through
# it as a person would type. Exit status: the command's.
import fcntl, os, pty, select, struct, sys, termios

pid, fd = pty.fork()
if pid == 0:
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    os.execvp(sys.argv[1], sys.argv[1:])

inputs = [fd, 0]
while True:
    r, _, _ = select.select(inputs, [], [])
    if fd in r:
        try:
            data = os.read(fd, 65536)
        except OSError:
            break
        if not data:
            break
        os.write(1, data)
    if 0 in r:
        data = os.read(0, 65536)
        if data:
            os.write(fd, data)
        else:
            inputs = [fd]
_, status = os.waitpid(pid, 0)
sys.exit(os.waitstatus_to_exitcode(status))
