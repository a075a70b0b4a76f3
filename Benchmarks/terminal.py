"""A program on a real pseudo-terminal, and a small screen model that reads
its output back, so a benchmark can tell when a frame is on screen.

PtySession spawns the program on a fresh 80x24 pty (the size set before
exec, the pty its controlling terminal), timestamps every read of its output
and feeds the bytes to a Screen. Reads always come before parsing: while
bytes are waiting they are read and stamped first, and only then parsed, so
the time of a frame is the time its bytes arrived, not the time Python got
round to them.

Screen understands what ncurses sends to an xterm-256color terminal: text
(UTF-8, wide characters, the DEC line-drawing set), cursor moves, erases,
insert/delete line and character, scrolling regions, `rep`, the alternate
screen. Colours and attributes are ignored: a frame is judged by its text.
Python standard library only.
"""
import codecs
import fcntl
import glob
import os
import re
import select
import signal
import struct
import termios
import time
import unicodedata
from collections import deque

now = time.perf_counter


# ---------------------------------------------------------------------------
# The screen model

DEC_GRAPHICS = dict(zip("`afgjklmnopqrstuvwxyz{|}~",
                        "◆▒°±┘┐┌└┼⎺⎻─⎼⎽├┤┴┬│≤≥π≠£·"))

TOKEN = re.compile(r"""
    (?P<text>[^\x00-\x1f\x7f\x1b]+)
  | \x1b\[(?P<private>[<=>?]?)(?P<params>[0-9;:]*)[ -/]*(?P<final>[@-~])
  | \x1b\](?:[^\x07\x1b]*)(?:\x07|\x1b\\)
  | \x1b(?P<charset>[()*+])(?P<set>[0-~])
  | \x1bP.*?\x1b\\
  | \x1b(?P<esc>[ -/]*[0-OQ-Z\\^-~])
  | (?P<control>[\x00-\x1a\x1c-\x1f\x7f])
""", re.VERBOSE | re.DOTALL)


def char_width(ch):
    """Columns a character takes, as glibc's wcwidth would say for these."""
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


class Screen:
    """The text of a terminal screen, kept up to date from the bytes sent to it."""

    def __init__(self, cols=80, rows=24):
        self.cols, self.rows = cols, rows
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._pending = ""
        self._reset()

    def _reset(self):
        self.cells = [[" "] * self.cols for _ in range(self.rows)]
        self.x = self.y = 0
        self.top, self.bottom = 0, self.rows - 1
        self.wrap_pending = False
        self.last = " "
        self.charsets = ["B", "B"]
        self.shifted = False
        self.saved = (0, 0)

    # What tests look at

    def line(self, y):
        return "".join(self.cells[y])

    def lines(self):
        return tuple("".join(row) for row in self.cells)

    def text(self):
        return "\n".join(line.rstrip() for line in self.lines())

    # Feeding

    def feed(self, data):
        text = self._pending + self._decoder.decode(data)
        pos, end = 0, len(text)
        while pos < end:
            m = TOKEN.match(text, pos)
            if m is None:  # an escape sequence not finished yet (cut in two by the read)
                if end - pos < 256:
                    break
                pos += 1  # or not a sequence at all: skip its ESC
                continue
            pos = m.end()
            if m.group("text") is not None:
                self._print(m.group("text"))
            elif m.group("final") is not None:
                self._csi(m.group("private"), m.group("params"), m.group("final"))
            elif m.group("charset") is not None:
                self.charsets["()*+".index(m.group("charset")) % 2] = m.group("set")
            elif m.group("esc") is not None:
                self._esc(m.group("esc"))
            elif m.group("control") is not None:
                self._control(m.group("control"))
        self._pending = text[pos:]

    def _print(self, text):
        graphics = self.charsets[1 if self.shifted else 0] == "0"
        for ch in text:
            if graphics:
                ch = DEC_GRAPHICS.get(ch, ch)
            width = char_width(ch)
            if width == 0:  # a combining mark joins the cell before
                x = self.x - (0 if self.wrap_pending else 1)
                if x >= 0:
                    if self.cells[self.y][x] == "" and x > 0:
                        x -= 1
                    self.cells[self.y][x] += ch
                continue
            if self.wrap_pending or self.x + width > self.cols:
                self.x = 0
                self._linefeed()
                self.wrap_pending = False
            self._put(ch, width)
            self.last = ch

    def _put(self, ch, width):
        row, x = self.cells[self.y], self.x
        if row[x] == "" and x > 0:
            row[x - 1] = " "  # overwriting the right half of a wide character
        for i in range(width):
            if x + i + 1 < self.cols and row[x + i + 1] == "":
                row[x + i + 1] = " "  # overwriting the left half of one
        row[x] = ch
        if width == 2:
            row[x + 1] = ""
        if x + width >= self.cols:
            self.x = self.cols - 1
            self.wrap_pending = True
        else:
            self.x = x + width

    def _control(self, c):
        if c == "\r":
            self.x = 0
        elif c in "\n\x0b\x0c":
            self._linefeed()
        elif c == "\b":
            self.x = max(0, self.x - 1)
        elif c == "\t":
            self.x = min(self.cols - 1, (self.x // 8 + 1) * 8)
        elif c == "\x0e":
            self.shifted = True
        elif c == "\x0f":
            self.shifted = False
        else:
            return  # bell and the rest: nothing on screen
        self.wrap_pending = False

    def _linefeed(self):
        if self.y == self.bottom:
            self._scroll(1)
        elif self.y < self.rows - 1:
            self.y += 1

    def _scroll(self, n, top=None):
        """Scrolls the region up by n lines (down for n < 0)."""
        top = self.top if top is None else top
        bottom = self.bottom
        for _ in range(min(abs(n), bottom - top + 1)):
            blank = [" "] * self.cols
            if n > 0:
                del self.cells[top]
                self.cells.insert(bottom, blank)
            else:
                del self.cells[bottom]
                self.cells.insert(top, blank)

    def _esc(self, code):
        if code == "7":
            self.saved = (self.x, self.y)
        elif code == "8":
            self.x, self.y = self.saved
        elif code == "D":
            self._linefeed()
        elif code == "E":
            self.x = 0
            self._linefeed()
        elif code == "M":
            if self.y == self.top:
                self._scroll(-1)
            elif self.y > 0:
                self.y -= 1
        elif code == "c":
            self._reset()
        self.wrap_pending = False

    def _csi(self, private, params, final):
        args = [int(p) if p.isdigit() else 0 for p in params.replace(":", ";").split(";")] if params else []

        def arg(i, default=1):
            return args[i] if len(args) > i and args[i] else default

        if private == "?":
            if final in "hl" and any(a in (47, 1047, 1049) for a in args):
                if final == "h":
                    self.saved = (self.x, self.y)
                    self.cells = [[" "] * self.cols for _ in range(self.rows)]
                else:
                    self.cells = [[" "] * self.cols for _ in range(self.rows)]
                    self.x, self.y = self.saved
            return
        if private:
            return
        row = self.cells[self.y]
        if final in "Hf":
            self.y = min(self.rows, arg(0)) - 1
            self.x = min(self.cols, arg(1)) - 1
        elif final == "A":
            self.y = max(self.top if self.y >= self.top else 0, self.y - arg(0))
        elif final == "B":
            self.y = min(self.bottom if self.y <= self.bottom else self.rows - 1, self.y + arg(0))
        elif final == "C":
            self.x = min(self.cols - 1, self.x + arg(0))
        elif final == "D":
            self.x = max(0, self.x - arg(0))
        elif final == "E":
            self.x, self.y = 0, min(self.rows - 1, self.y + arg(0))
        elif final == "F":
            self.x, self.y = 0, max(0, self.y - arg(0))
        elif final in "G`":
            self.x = min(self.cols, arg(0)) - 1
        elif final == "d":
            self.y = min(self.rows, arg(0)) - 1
        elif final == "J":
            mode = arg(0, 0)
            if mode == 0:
                row[self.x:] = [" "] * (self.cols - self.x)
                for y in range(self.y + 1, self.rows):
                    self.cells[y] = [" "] * self.cols
            elif mode == 1:
                row[:self.x + 1] = [" "] * (self.x + 1)
                for y in range(self.y):
                    self.cells[y] = [" "] * self.cols
            else:
                self.cells = [[" "] * self.cols for _ in range(self.rows)]
        elif final == "K":
            mode = arg(0, 0)
            if mode == 0:
                row[self.x:] = [" "] * (self.cols - self.x)
            elif mode == 1:
                row[:self.x + 1] = [" "] * (self.x + 1)
            else:
                row[:] = [" "] * self.cols
        elif final == "X":
            n = min(arg(0), self.cols - self.x)
            row[self.x:self.x + n] = [" "] * n
        elif final == "@":
            n = min(arg(0), self.cols - self.x)
            row[self.x:self.x] = [" "] * n
            del row[self.cols:]
        elif final == "P":
            n = min(arg(0), self.cols - self.x)
            del row[self.x:self.x + n]
            row.extend([" "] * n)
        elif final in "LM":
            if self.top <= self.y <= self.bottom:
                self._scroll(arg(0) if final == "M" else -arg(0), top=self.y)
            self.x = 0
        elif final == "S":
            self._scroll(arg(0))
        elif final == "T":
            self._scroll(-arg(0))
        elif final == "b":
            self._print(self.last * arg(0))
            return
        elif final == "r":
            top, bottom = arg(0), arg(1, self.rows)
            if top < bottom <= self.rows:
                self.top, self.bottom = top - 1, bottom - 1
                self.x = self.y = 0
        elif final == "s":
            self.saved = (self.x, self.y)
        elif final == "u":
            self.x, self.y = self.saved
        else:
            return  # colours (m), modes (h, l), reports (n, c, t): nothing on screen
        self.wrap_pending = False


# ---------------------------------------------------------------------------
# A program on a pty

class Timeout(Exception):
    pass


class PtySession:
    """One run of a program on its own pseudo-terminal."""

    def __init__(self, argv, env, cols=80, rows=24):
        master, slave = os.openpty()  # both close-on-exec
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        name = os.ttyname(slave)
        self.fd = master
        self.screen = Screen(cols, rows)
        self.chunks = []       # (time, size) of every read, for counting frames
        self._unparsed = deque()
        self.shown_at = None   # arrival time of the bytes parsed last
        self.eof = False
        self.rusage = None
        self.status = None
        # posix_spawn: setsid first, then opening the slave makes it the
        # controlling terminal, as a login shell would have it.
        actions = [(os.POSIX_SPAWN_OPEN, 0, name, os.O_RDWR, 0),
                   (os.POSIX_SPAWN_DUP2, 0, 1), (os.POSIX_SPAWN_DUP2, 0, 2)]
        self.start = now()
        self.pid = os.posix_spawn(argv[0], argv, env, file_actions=actions, setsid=True)
        os.close(slave)

    # Reading

    def _read_available(self, wait):
        """Reads what is there (waiting up to `wait` seconds for the first
        bytes); returns False when nothing came."""
        got = False
        while not self.eof:
            ready, _, _ = select.select([self.fd], [], [], wait if not got else 0)
            if not ready:
                break
            try:
                data = os.read(self.fd, 65536)
            except OSError:  # EIO: the program closed the terminal
                data = b""
            stamp = now()
            if not data:
                self.eof = True
                break
            self.chunks.append((stamp, len(data)))
            self._unparsed.append((stamp, data))
            got = True
        return got

    def wait_for(self, predicate, timeout):
        """Time at which the bytes that made `predicate(screen)` true arrived."""
        deadline = now() + timeout
        if self.shown_at is not None and predicate(self.screen):
            return self.shown_at
        while True:
            self._read_available(0)
            if self._unparsed:
                self._parse_one()
                if predicate(self.screen):
                    return self.shown_at
                continue
            if self.eof:
                raise Timeout("the program ended first")
            left = deadline - now()
            if left <= 0:
                raise Timeout(f"not on screen after {timeout} s")
            self._read_available(left)

    def wait_quiet(self, quiet, timeout):
        """Reads until nothing came for `quiet` seconds; returns the time of
        the last bytes (None if none came)."""
        deadline = now() + timeout
        last = None
        while now() < deadline and not self.eof:
            if self._read_available(quiet):
                last = self.chunks[-1][0]
            else:
                break
        while self._unparsed:
            self._parse_one()
        return last

    def drain(self, seconds):
        """Reads (and shows) output for `seconds`."""
        deadline = now() + seconds
        while not self.eof and now() < deadline:
            self._read_available(max(0.0, deadline - now()))
        while self._unparsed:
            self._parse_one()

    def _parse_one(self):
        self.shown_at, data = self._unparsed.popleft()
        self.screen.feed(data)

    def send(self, data):
        """Writes keys; returns the time just before the write."""
        stamp = now()
        os.write(self.fd, data)
        return stamp

    # The program

    def cpu_seconds(self):
        """CPU time the program has used so far (all its threads), in seconds,
        with nanosecond resolution (/proc/PID/task/*/schedstat)."""
        total = 0
        for path in glob.glob(f"/proc/{self.pid}/task/*/schedstat"):
            try:
                with open(path) as f:
                    total += int(f.read().split()[0])
            except (OSError, ValueError, IndexError):
                pass
        return total / 1e9

    def finish(self, keys=b"", timeout=10.0):
        """Sends `keys` (if any), reads until the program ends, reaps it and
        returns (status, rusage). Kills it if it does not end in time."""
        if keys and not self.eof:
            try:
                self.send(keys)
            except OSError:
                pass
        deadline = now() + timeout
        while not self.eof and now() < deadline:
            self._read_available(max(0.0, deadline - now()))
        if not self.eof:
            os.kill(self.pid, signal.SIGKILL)
        _, self.status, self.rusage = os.wait4(self.pid, 0)
        os.close(self.fd)
        return self.status, self.rusage


def run_reaped(argv, env):
    """Runs a command with no terminal (output to /dev/null) and returns its
    resource usage (ru_maxrss: peak resident memory in KB)."""
    actions = [(os.POSIX_SPAWN_OPEN, fd, os.devnull, os.O_RDWR, 0) for fd in (0, 1, 2)]
    pid = os.posix_spawn(argv[0], argv, env, file_actions=actions)
    _, status, usage = os.wait4(pid, 0)
    return usage


def bursts(chunks, gap=0.004):
    """Groups read times into frames: reads less than `gap` apart are one
    frame. Returns the start time of each."""
    starts, last = [], None
    for stamp, _ in chunks:
        if last is None or stamp - last > gap:
            starts.append(stamp)
        last = stamp
    return starts
