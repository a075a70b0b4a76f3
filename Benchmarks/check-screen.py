#!/usr/bin/env python3
"""Checks the benchmark's screen model against tmux: runs a program in tmux
and on the harness's pty side by side, sends both the benchmark's keys, and
compares every screen. Run it after changing terminal.py, or when a new
screen of Tend is benchmarked (`make bench` first, for the data sets):

    python3 Benchmarks/check-screen.py [--tend .build-static/release/tend]
"""
import argparse
import os
import shlex
import subprocess
import sys
import time

import bench
from terminal import PtySession


def tmux(*args):
    done = subprocess.run(["tmux", *args], capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"tmux {args[0]}: {done.stderr.strip()}")
    return done.stdout


def compare(name, argv, env, keys, loaded):
    session_name = f"tend-check-{os.getpid()}-{time.monotonic_ns()}"
    command = "env -i " + " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items()) + " " + shlex.join(argv)
    tmux("new-session", "-d", "-s", session_name, "-x", str(bench.COLS), "-y", str(bench.ROWS), command)
    ours = PtySession(argv, env, bench.COLS, bench.ROWS)
    failures = 0
    try:
        b = bench.Bench(argv[0], quick=True)
        b.settle(ours, loaded)
        time.sleep(0.5)
        for key in [None] + keys:
            if key is not None:
                ours.send(key.encode())
                tmux("send-keys", "-t", session_name, *(["Escape"] if key == "\x1b" else ["-l", key]))
                ours.wait_quiet(0.3, timeout=30)
                time.sleep(0.3)
            theirs = tmux("capture-pane", "-p", "-t", session_name).split("\n")[:bench.ROWS]
            theirs += [""] * (bench.ROWS - len(theirs))
            mine = [line.rstrip() for line in ours.screen.lines()]
            theirs = [line.rstrip() for line in theirs]
            if mine != theirs:
                failures += 1
                print(f"{name}: after {key!r} the screens differ:")
                for y, (a, b_) in enumerate(zip(mine, theirs)):
                    if a != b_:
                        print(f"  row {y:2} model: {a!r}\n         tmux:  {b_!r}")
    finally:
        ours.finish(b"q")
        subprocess.run(["tmux", "kill-session", "-t", session_name], capture_output=True)
    print(f"{name}: {len(keys) + 1 - failures} of {len(keys) + 1} screens identical")
    return failures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tend", default=os.path.join(bench.ROOT, ".build-static/release/tend"))
    args = parser.parse_args()
    tend = os.path.abspath(args.tend)
    floor = os.path.join(bench.DATA, "build", "floor")
    failures = 0
    for n in bench.SIZES:
        home = os.path.join(bench.DATA, f"home-{bench.label(n)}")
        env = bench.Bench(tend, True).env(home)
        failures += compare(f"tend browse {bench.label(n)}", [tend, "browse"], env, bench.KEY_SCRIPT,
                            lambda s: "so far" not in s.line(2))
        failures += compare(f"tend {bench.label(n)}", [tend], env, ["j", "j", "k"], lambda s: True)
    failures += compare("C floor", [floor], env, bench.KEY_SCRIPT, lambda s: True)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
