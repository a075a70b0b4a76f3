#!/usr/bin/env python3
"""Tend's benchmarks: `make bench` runs this. Python 3 standard library only.

    python3 Benchmarks/bench.py --tend .build-static/release/tend [--quick]

Prints a Markdown table and writes it to Benchmarks/RESULTS.md. What each
measure means is in Benchmarks/README.md. Targets are reported as pass or
miss; a miss never makes this fail.
"""
import argparse
import hashlib
import json
import math
import os
import platform
import shlex
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime

from terminal import PtySession, Timeout, bursts, now, run_reaped

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.path.join(HERE, "data")
SIZES = [100, 10_000, 100_000]
# A morning after the last generated record (the data runs to 31 Dec 2026):
# nothing dated in the future, no prompt due yet (the morning one is at 07:30),
# and the clock's minute does not change during a run.
TEND_NOW = "2027-01-01T07:10:00"
COLS, ROWS = 80, 24
SEARCH_WORD = "kitchen"
LOG_SEARCH = "jose"  # finds José: accents are ignored
THANKS_TEXT = "Merci pour la soupe 🍲, elle était parfaite"
# Keys sent to the browser (and to the C floor): the script ends where it
# began, so it can be repeated in one session.
KEY_SCRIPT = ["j"] * 8 + ["G", "g", "/"] + list(SEARCH_WORD) + ["\x1b"]


def log(message):
    print(message, file=sys.stderr, flush=True)


def label(n):
    return f"{n // 1000}k" if n >= 1000 else str(n)


def median(values):
    values = sorted(values)
    mid = len(values) // 2
    return values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2


def p90(values):
    values = sorted(values)
    return values[max(0, math.ceil(0.9 * len(values)) - 1)]


# ---------------------------------------------------------------------------
# Setup: environment, data sets, the C floor

class Bench:
    def __init__(self, tend, quick, version=""):
        self.tend = os.path.abspath(tend)
        self.version = version
        self.quick = quick
        self.runs = 5 if quick else 30           # TTFF rounds (one run of each program)
        self.ttff_budget = 10 if quick else 90   # ... or fewer, past this many seconds
        self.key_reps = 2 if quick else 4        # repeats of KEY_SCRIPT
        self.idle_seconds = 5 if quick else 30
        self.pause_runs = 1 if quick else 3
        self.rows = []        # the table
        self.rss = {}         # (command, size) -> peak RSS in KB
        self.references = {}  # (program, size) -> its settled screen

    def env(self, home):
        """A fresh environment: HOME holds the data set (no XDG_* variables)."""
        return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home, "TERM": "xterm-256color",
                "LANG": "C.UTF-8", "TZ": "UTC", "TEND_NOW": TEND_NOW}

    def prepare(self):
        os.makedirs(DATA, exist_ok=True)
        generator = os.path.join(HERE, "gen-data.py")
        with open(generator, "rb") as f:
            digest = hashlib.sha256(f.read()).hexdigest()[:10]
        self.homes, self.scratch = {}, {}
        for n in SIZES:
            records = os.path.join(DATA, f"records-{n}-{digest}.jsonl")
            if not os.path.exists(records):
                for old in os.listdir(DATA):
                    if old.startswith(f"records-{n}-"):
                        os.remove(os.path.join(DATA, old))
                log(f"generating {n:,} records")
                with open(records + ".tmp", "w") as out:
                    subprocess.run([sys.executable, generator, str(n)], stdout=out, check=True)
                os.replace(records + ".tmp", records)
            home = os.path.join(DATA, f"home-{label(n)}")
            # Imported again when the records or tend's version change.
            stamp = os.path.join(home, ".bench-source")
            source = f"{os.path.basename(records)} {self.version}"
            if not os.path.exists(stamp) or open(stamp).read() != source:
                shutil.rmtree(home, ignore_errors=True)
                os.makedirs(home)
                log(f"importing {n:,} records into {os.path.relpath(home, ROOT)}")
                subprocess.run([self.tend, "import", records], env=self.env(home), check=True,
                               stdout=subprocess.DEVNULL)
                # The app writes its commented default config on its first start: do that now.
                first = PtySession([self.tend], self.env(home), COLS, ROWS)
                self.settle(first, lambda s: True)
                first.finish(b"q")
                with open(stamp, "w") as f:
                    f.write(source)
            self.homes[n] = home
            # Commands that write (append, pause) work on a fresh copy each run.
            scratch = os.path.join(DATA, f"scratch-{label(n)}")
            shutil.rmtree(scratch, ignore_errors=True)
            shutil.copytree(home, scratch, symlinks=True)
            self.scratch[n] = scratch
        build = os.path.join(DATA, "build")
        os.makedirs(build, exist_ok=True)
        self.floor = os.path.join(build, "floor")
        source = os.path.join(HERE, "floor.c")
        if not os.path.exists(self.floor) or os.path.getmtime(self.floor) < os.path.getmtime(source):
            log("building the C floor")
            subprocess.run(["gcc", "-O2", "-o", self.floor, source, "-lncursesw"], check=True)
        # The Swift floor, linked as `make release` links tend (the runtime statically,
        # unused sections dropped, as SwiftPM does).
        self.hello = os.path.join(build, "hello")
        source = os.path.join(HERE, "hello.swift")
        if not os.path.exists(self.hello) or os.path.getmtime(self.hello) < max(os.path.getmtime(source),
                                                                                os.path.getmtime(__file__)):
            log("building the Swift floor")
            subprocess.run([os.environ.get("SWIFTC", "swiftc"), "-O", "-static-stdlib", "-Xlinker", "--gc-sections",
                            "-o", self.hello, source], check=True)
        # Peak memory is read through this (see rusage.c for why).
        self.rusage = os.path.join(build, "rusage")
        self.rusage_out = os.path.join(build, "rusage.out")
        source = os.path.join(HERE, "rusage.c")
        if not os.path.exists(self.rusage) or os.path.getmtime(self.rusage) < os.path.getmtime(source):
            subprocess.run(["gcc", "-O2", "-o", self.rusage, source], check=True)
        self.printf = shutil.which("printf", path="/usr/bin:/bin")

    def measured(self, argv):
        """argv run under the rusage helper: its peak RSS is then read with peak_rss()."""
        if os.path.exists(self.rusage_out):
            os.remove(self.rusage_out)
        return [self.rusage, self.rusage_out] + argv

    def peak_rss(self):
        """KB: ru_maxrss of the last program run through measured()."""
        with open(self.rusage_out) as f:
            return int(f.read().split()[0])

    # -----------------------------------------------------------------------
    # Time to first frame

    def settle(self, session, loaded, timeout=60):
        """Waits until the program has drawn everything it will draw by itself
        (quiet for 0.5 s and, for the browser, the whole journal shown).
        Returns the screen then: the reference for the timed runs."""
        deadline = now() + timeout
        while now() < deadline:
            session.wait_quiet(0.5, timeout=deadline - now())
            if session.eof or loaded(session.screen):
                return session.screen.lines()
        raise Timeout("the screen never settled")

    def programs(self):
        """What TTFF and key to frame compare: (name, size, argv, env, quit key,
        settled?). The browser has settled once the whole journal is shown."""
        floor_env = self.env(self.homes[SIZES[0]])
        whole = lambda s: "so far" not in s.line(2)  # noqa: E731
        return ([("harness floor", None, [self.printf, "tend bench: floor"], floor_env, b"", None),
                 ("C floor", None, [self.floor], floor_env, b"q", None)]
                + [("home", n, [self.tend], self.env(self.homes[n]), b"q", None) for n in SIZES]
                + [("browse", n, [self.tend, "browse"], self.env(self.homes[n]), b"q", whole) for n in SIZES])

    def run_ttff(self):
        """A settling run of each program gives its reference screen; then
        rounds of one timed run of each (so a burst of load elsewhere on the
        machine hits all of them alike), each waiting for exactly that screen."""
        log("time to first frame")
        programs = self.programs()
        for name, size, argv, env, quit_key, loaded in programs:
            # Tend's settling runs (not the timed ones) also give its peak RSS.
            session = PtySession(self.measured(argv) if size is not None else argv, env, COLS, ROWS)
            self.references[(name, size)] = self.settle(session, loaded or (lambda s: True))
            session.finish(quit_key)
            if size is not None:
                self.rss[("tend" if name == "home" else "tend browse", size)] = self.peak_rss()
        firsts, fulls = {}, {}
        started = now()
        for round in range(self.runs):
            turn = round % len(programs)
            for name, size, argv, env, quit_key, loaded in programs[turn:] + programs[:turn]:
                reference = self.references[(name, size)]
                session = PtySession(argv, env, COLS, ROWS)
                try:
                    if loaded:  # the browser: its first frame has the footer (drawn last) and header it ends with
                        shown = session.wait_for(lambda s: s.line(ROWS - 1) == reference[-1]
                                                 and s.line(0) == reference[0], 60)
                        firsts.setdefault((name, size), []).append(shown - session.start)
                    shown = session.wait_for(lambda s: s.lines() == reference, 60)
                    fulls.setdefault((name, size), []).append(shown - session.start)
                finally:
                    session.finish(quit_key)
            if round + 1 >= 5 and now() - started > self.ttff_budget:
                break
        log(f"  {round + 1} rounds of {len(programs)} programs, {now() - started:.0f} s")

        harness, c_floor = median(fulls[("harness floor", None)]), median(fulls[("C floor", None)])
        self.add_time("TTFF: harness floor (printf)", "", fulls[("harness floor", None)])
        self.add_time("TTFF: C ncurses floor", "", fulls[("C floor", None)], harness=harness, floor=c_floor)
        for n in SIZES:
            home = fulls[("home", n)]
            target = {10_000: ("≤ 1.5× C floor", 1.5), 100_000: ("≤ 2× C floor", 2)}.get(n)
            self.add_time("TTFF: home", n, home, harness=harness, floor=c_floor,
                          target=target and target[0], ok=target and median(home) <= target[1] * c_floor)
        for n in SIZES:
            big = n == 100_000
            first, whole = firsts[("browse", n)], fulls[("browse", n)]
            self.add_time("TTFF: browse, first frame (recent)", n, first, harness=harness, floor=c_floor,
                          target=big and "< 100 ms", ok=big and median(first) < 0.100)
            self.add_time("TTFF: browse, whole journal shown", n, whole, harness=harness, floor=c_floor,
                          target=big and "≤ 40 ms", ok=big and median(whole) <= 0.040)

    # -----------------------------------------------------------------------
    # Key to frame

    def run_keys(self):
        """The C floor and the browser at each size, open side by side. Each
        learns the screen every key of KEY_SCRIPT leads to (waiting for quiet);
        then, key by key and program by program, the time from writing the key
        to the arrival of the bytes that complete exactly that screen."""
        log("key to frame")
        sessions, expected = {}, {}
        try:
            for name, size, argv, env, quit_key, loaded in self.programs():
                if name == "C floor" or name == "browse":
                    session = sessions[(name, size)] = PtySession(argv, env, COLS, ROWS)
                    start = before = self.settle(session, loaded or (lambda s: True))
                    screens = expected[(name, size)] = []
                    for key in KEY_SCRIPT:
                        session.send(key.encode())
                        session.wait_quiet(0.3, timeout=30)
                        screen = session.screen.lines()
                        if screen == before:
                            raise RuntimeError(f"{name} {size}: key {key!r} changed nothing on screen")
                        screens.append(screen)
                        before = screen
                    if before != start:
                        raise RuntimeError(f"{name} {size}: the key script does not end where it began")
            times = {}
            for _ in range(self.key_reps):
                for i, key in enumerate(KEY_SCRIPT):
                    for program, session in sessions.items():
                        screen = expected[program][i]
                        sent = session.send(key.encode())
                        shown = session.wait_for(lambda s: s.lines() == screen, 30)
                        times.setdefault((program, key), []).append(shown - sent)
        finally:
            for session in sessions.values():
                session.finish(b"q")

        groups = [("j (next entry)", ["j"]), ("G / g (oldest / newest)", ["G", "g"]),
                  (f"/ and typing “{SEARCH_WORD}” (each key)", ["/"] + list(SEARCH_WORD))]
        for group, keys in groups:
            floor = [t for k in keys for t in times[(("C floor", None), k)]]
            self.add_time(f"Key to frame, C floor: {group}", "", floor)
        for n in SIZES:
            for group, keys in groups:
                floor = median([t for k in keys for t in times[(("C floor", None), k)]])
                tend = [t for k in keys for t in times[(("browse", n), k)]]
                self.add_time(f"Key to frame, browse: {group}", n, tend, floor=floor,
                              target="≤ 1.5× C floor", ok=median(tend) <= 1.5 * floor)

    # -----------------------------------------------------------------------
    # Shell commands, with hyperfine

    def commands(self, n):
        return [
            ("tend log --limit 10", [self.tend, "log", "--limit", "10"], self.homes[n], "< 30 ms", 0.030),
            (f"tend log --search {LOG_SEARCH}", [self.tend, "log", "--search", LOG_SEARCH], self.homes[n],
             "≤ 30 ms", 0.030),
            ("tend thanks --to Zoë \"…\" (append)", [self.tend, "thanks", "--to", "Zoë", THANKS_TEXT],
             self.scratch[n], "< 15 ms", 0.015),
            ("tend stats", [self.tend, "stats"], self.homes[n], "≤ 30 ms", 0.030),
            ("tend export", [self.tend, "export"], self.homes[n], None, None),
        ]

    def hyperfine(self, argv, home, runs):
        """Run times (seconds) of `runs` runs of a command, after one warm-up."""
        with tempfile.NamedTemporaryFile(suffix=".json") as out:
            done = subprocess.run(["hyperfine", "-N", "--style", "none", "--warmup", "1", "--runs", str(runs),
                                   "--export-json", out.name, shlex.join(argv)],
                                  env=self.env(home), capture_output=True, text=True)
            if done.returncode != 0:
                raise RuntimeError(f"hyperfine failed on {shlex.join(argv)}:\n{done.stderr}")
            return json.load(open(out.name))["results"][0]["times"]

    def run_commands(self):
        """Each command at each size, with hyperfine, in rounds (3 runs each in
        the first; then 10 for a command under 100 ms, 3 for a slower one), so
        load elsewhere on the machine spreads over all of them."""
        rounds = 2 if self.quick else 4
        log(f"shell commands: hyperfine, {rounds} rounds")
        times = {}
        for round in range(rounds):
            started = now()
            for n in SIZES:
                for name, argv, home, _, _ in self.commands(n):
                    so_far = times.setdefault((name, n), [])
                    runs = 3 if round == 0 or median(so_far) > 0.100 else 10
                    so_far += self.hyperfine(argv, home, runs)
            log(f"  round {round + 1}: {now() - started:.0f} s")
        for n in SIZES:
            for name, argv, home, target, limit in self.commands(n):
                # append has a target at every size; the others at 100k.
                applies = limit is not None and (n == 100_000 or "append" in name)
                self.add_time(name, n, times[(name, n)], target=target if applies else None,
                              ok=applies and (median(times[(name, n)]) <= limit if "≤" in target
                                              else median(times[(name, n)]) < limit))
                # Peak memory: one more run, through the rusage helper.
                run_reaped(self.measured(argv), self.env(home))
                self.rss[(name, n)] = self.peak_rss()

    # -----------------------------------------------------------------------
    # Idle CPU, the pause

    def run_idle(self):
        log(f"idle: the home screen for {self.idle_seconds} s at each size, side by side")
        sessions = {}
        references = {n: self.references[("home", n)] for n in SIZES}
        for n in SIZES:
            # 15 s before the minute: the clock in the header changes once in the window.
            env = dict(self.env(self.homes[n]), TEND_NOW=TEND_NOW[:-2] + "45")
            sessions[n] = PtySession([self.tend], env, COLS, ROWS)
        try:
            marks = {}
            for n, s in sessions.items():
                s.wait_for(lambda screen: screen.lines() == references[n], 60)
                s.drain(0.2)  # anything that belongs to the first frame
                marks[n] = (now(), s.cpu_seconds(), len(s.chunks))
            end = max(t for t, _, _ in marks.values()) + self.idle_seconds
            while now() < end:  # read all three as their output comes
                for s in sessions.values():
                    s.drain(min(0.1, end - now()))
            cpus = {n: s.cpu_seconds() for n, s in sessions.items()}
            for s in sessions.values():
                s.drain(0.05)
            for n, s in sessions.items():
                t0, cpu0, reads0 = marks[n]
                cpu = (cpus[n] - cpu0) * 30 / (end - t0)  # per 30 s
                frames = len(bursts(s.chunks[reads0:]))
                self.add_value("Idle CPU on home, per 30 s", n, cpu * 1000, "ms", f"{frames} screen update{'' if frames == 1 else 's'}",
                               target="< 20 ms", ok=cpu < 0.020, digits=2)
        finally:
            for s in sessions.values():
                s.finish(b"q")

    def run_pause(self):
        n = SIZES[-1]
        log(f"pause: tend pause --seconds 5, {self.pause_runs} runs")
        lengths, cpus, updates, steps, gaps, closing = [], [], [], [], [], []
        for _ in range(self.pause_runs):
            s = PtySession([self.tend, "pause", "--seconds", "5", "--intention", "listen"],
                           self.env(self.scratch[n]), COLS, ROWS)
            try:
                first = s.wait_for(lambda screen: "any key stop" in screen.line(ROWS - 1), 30)
                cpu0 = s.cpu_seconds()
                done = s.wait_for(lambda screen: "Go in. Take it with you." in screen.text(), 30)
                cpu1 = s.cpu_seconds()
            finally:
                s.finish(b"")
            ended = s.chunks[-1][0]
            lengths.append(done - first)
            cpus.append(cpu1 - cpu0)
            # Screen updates: bursts of output (reads less than 15 ms apart; frames
            # are 50 ms apart, and one that changes nothing sends nothing), from
            # the first breath frame to the "Go in" one.
            starts = bursts(s.chunks, gap=0.015)
            frames = [t for t in starts if t <= first][-1:] + [t for t in starts if first < t <= done]
            updates.append(len(frames))
            intervals = [b - a for a, b in zip(frames, frames[1:])]
            gaps.append(max(intervals))
            steps.append(median(intervals))
            closing.append(ended - done)
        errors = [abs(x - 5) for x in lengths]
        self.add_value("Pause: on screen, first breath frame → “Go in” frame", label(n),
                       median(lengths), "s", f"{min(lengths):.3f}–{max(lengths):.3f} s",
                       target="within 20 ms of 5 s", ok=max(errors) <= 0.020, digits=3)
        self.add_value("Pause: CPU during the 5 s", label(n), median(cpus) * 1000, "ms",
                       f"max {max(cpus) * 1000:.1f} ms")
        self.add_value("Pause: screen updates during the 5 s", label(n), median(updates), "",
                       f"every {median(steps) * 1000:.0f} ms (median), longest gap {max(gaps) * 1000:.0f} ms",
                       digits=0)
        self.add_value("Pause: “Go in” frame → exit", label(n), median(closing), "s", "closing words, 1.5 s by design",
                       digits=3)

    # -----------------------------------------------------------------------
    # Memory

    def run_rss(self):
        """The issue's two memory targets (home at 10k, browse with the whole
        journal at 100k), then the largest of all runs at each size."""
        home, browse = self.rss[("tend", 10_000)], self.rss[("tend browse", 100_000)]
        self.add_value("Peak RSS: home", 10_000, home / 1024, "MB", "settling run, quit after 0.5 s quiet",
                       target="≤ 10 MB", ok=home <= 10 * 1024)
        self.add_value("Peak RSS: browse, whole journal loaded", 100_000, browse / 1024, "MB", "settling run",
                       target="≤ 30 MB", ok=browse <= 30 * 1024)
        for n in SIZES:
            peak = max(v for (name, size), v in self.rss.items() if size == n)
            which = [name for (name, size), v in self.rss.items() if size == n and v == peak][0]
            self.add_value("Peak RSS, largest of tend's commands", n, peak / 1024, "MB", which)

    # -----------------------------------------------------------------------
    # The start-up floor: tend --version against a static Swift hello

    def run_floors(self):
        """CPU time (user + system, from wait4) of `tend --version` and of the
        Swift hello, in alternating runs; their peak RSS; and the size of each
        binary once stripped (a stripped copy: the build is left alone)."""
        runs = 30 if self.quick else 200
        log(f"start-up floor: tend --version and the Swift hello, {runs} runs each")
        programs = {"hello": [self.hello], "version": [self.tend, "--version"]}
        env = self.env(self.homes[SIZES[0]])
        cpu, rss = {k: [] for k in programs}, {k: 0 for k in programs}
        for _ in range(3):  # warm the page cache; the peak RSS, through the helper
            for name, argv in programs.items():
                run_reaped(self.measured(argv), env)
                rss[name] = max(rss[name], self.peak_rss())
        for i in range(runs):
            for name, argv in (list(programs.items()) if i % 2 == 0 else list(programs.items())[::-1]):
                usage = run_reaped(argv, env)  # CPU time, unlike ru_maxrss, is the program's own
                cpu[name].append(usage.ru_utime + usage.ru_stime)
        hello = median(cpu["hello"])
        self.add_time("Start-up CPU (user + sys): Swift hello floor", "", cpu["hello"])
        self.add_time("Start-up CPU (user + sys): tend --version", "", cpu["version"], floor=hello,
                      target="≤ 1.3× hello", ok=median(cpu["version"]) <= 1.3 * hello)
        self.add_value("Peak RSS: Swift hello floor", "", rss["hello"] / 1024, "MB", "largest of 3 runs")
        self.add_value("Peak RSS: tend --version", "", rss["version"] / 1024, "MB", "largest of 3 runs")
        for name, binary, target in [("Swift hello floor", self.hello, None), ("tend", self.tend, "≤ 15 MB")]:
            size = stripped_size(binary)
            self.add_value(f"Binary size, stripped: {name}", "", size / 2**20, "MB",
                           f"{os.path.getsize(binary) / 2**20:.1f} MB unstripped",
                           target=target, ok=target and size <= 15 * 2**20)

    # -----------------------------------------------------------------------
    # The table

    def add_time(self, measure, size, seconds, harness=None, floor=None, target=None, ok=None):
        med = median(seconds)
        self.rows.append({
            "measure": measure, "size": label(size) if isinstance(size, int) else size,
            "median": ms(med), "spread": f"p90 {ms(p90(seconds))} · n={len(seconds)}",
            "net": ms(med - harness) if harness is not None else "",
            "ratio": f"{med / floor:.2f}×" if floor else "",
            "target": target or "", "result": "" if not target else ("pass" if ok else "**miss**")})

    def add_value(self, measure, size, value, unit, spread, target=None, ok=None, digits=1):
        self.rows.append({
            "measure": measure, "size": label(size) if isinstance(size, int) else size,
            "median": f"{value:.{digits}f} {unit}".strip(), "spread": spread, "net": "", "ratio": "",
            "target": target or "", "result": "" if not target else ("pass" if ok else "**miss**")})

    def rss_table(self):
        names = sorted({name for name, _ in self.rss}, key=lambda x: list(dict.fromkeys(
            name for name, _ in self.rss)).index(x))
        lines = ["| command | " + " | ".join(label(n) for n in SIZES) + " |",
                 "| --- | " + " | ".join("---:" for _ in SIZES) + " |"]
        for name in names:
            cells = [f"{self.rss[(name, n)] / 1024:.1f} MB" if (name, n) in self.rss else "" for n in SIZES]
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
        return "\n".join(lines)

    def table(self):
        header = ["Measure", "Size", "Median", "Spread", "Minus harness", "× floor", "Target", "Result"]
        keys = ["measure", "size", "median", "spread", "net", "ratio", "target", "result"]
        cells = [header] + [[row[k] for k in keys] for row in self.rows]
        widths = [max(len(c[i]) for c in cells) for i in range(len(header))]

        def fmt(c):
            return "| " + " | ".join(v.ljust(w) for v, w in zip(c, widths)) + " |"
        rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
        return "\n".join([fmt(cells[0]), rule] + [fmt(c) for c in cells[1:]])


def stripped_size(binary):
    """Bytes of a stripped copy of the binary."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = os.path.join(scratch, "stripped")
        subprocess.run(["strip", "-o", copy, binary], check=True)
        return os.path.getsize(copy)


def ms(seconds):
    value = seconds * 1000
    return f"{value:.2f} ms" if abs(value) < 10 else f"{value:.1f} ms"


def machine(tend):
    def run(*argv):
        try:
            return subprocess.run(argv, capture_output=True, text=True, cwd=ROOT).stdout.strip()
        except OSError:
            return ""
    model = "unknown CPU"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    commit = run("git", "rev-parse", "--short", "HEAD") or "unknown"
    if run("git", "status", "--porcelain", "--untracked-files=no", "--", ".", ":!Benchmarks/RESULTS.md"):
        commit += " (dirty)"
    uname = os.uname()
    return {
        "machine": f"{os.cpu_count()} cores, {model}, {uname.sysname} {uname.release} ({platform.machine()})",
        "date": datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "commit": commit,
        "version": run(tend, "--version") or "unknown",
        "load": " / ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tend", default=os.path.join(ROOT, ".build-static/release/tend"))
    parser.add_argument("--quick", action="store_true", help="fewer runs, a 5 s idle: for trying the harness")
    parser.add_argument("--output", default=os.path.join(HERE, "RESULTS.md"))
    args = parser.parse_args()
    began = now()
    info = machine(os.path.abspath(args.tend))
    bench = Bench(args.tend, args.quick, info["version"])
    bench.prepare()
    bench.run_floors()
    bench.run_ttff()
    bench.run_keys()
    bench.run_commands()
    bench.run_idle()
    bench.run_pause()
    bench.run_rss()
    load_after = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    report = "\n".join([
        "# Tend benchmark results",
        "",
        f"- Machine: {info['machine']}",
        f"- Date: {info['date']}",
        f"- Commit: {info['commit']}, tend {info['version']}",
        f"- Load average (1/5/15 min): {info['load']} at the start, {load_after} at the end",
        f"- Run: `make bench`{' --quick' if args.quick else ''}, {now() - began:.0f} s; "
        f"80x24 pty, TERM=xterm-256color, TEND_NOW={TEND_NOW}",
        "",
        bench.table(),
        "",
        "Peak resident memory (ru_maxrss, read through `rusage.c`) of one run of each command:",
        "",
        bench.rss_table(),
        "",
        "What each line measures: [README.md](README.md).",
        "",
    ])
    print(report)
    with open(args.output, "w") as f:
        f.write(report)
    log(f"written to {os.path.relpath(args.output)}")


if __name__ == "__main__":
    main()
