#!/usr/bin/env python3
"""Instruction counts (callgrind, whole process) of tend's start-up paths:
`tend --version`, `tend today` and home to its first frame and `q`, on the
bench's 10k data set. Instruction counts do not move with the machine's
load, so they compare builds where wall-clock time cannot (PROFILE.md).

    strip --strip-debug -o .build-static/tend-nodebug .build-static/release/tend
    python3 Benchmarks/count.py .build-static/tend-nodebug [--keep DIR]

valgrind cannot read the DWARF of Swift's static binaries: give it a copy
without debug info, as above. Python standard library only.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from terminal import PtySession  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
TEND_NOW = "2027-01-01T07:10:00"


def env(home):
    """The environment bench.py gives every program."""
    return {"PATH": "/usr/bin:/bin", "HOME": home, "TERM": "xterm-256color",
            "LANG": "C.UTF-8", "TZ": "UTC", "TEND_NOW": TEND_NOW}


def total(out_file):
    """The instruction total callgrind wrote at the end of its output."""
    with open(out_file) as f:
        for line in f:
            if line.startswith("totals:") or line.startswith("summary:"):
                return int(line.split()[1])
    raise SystemExit(f"no totals in {out_file}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tend", help="a tend binary without debug info")
    parser.add_argument("--home", default=os.path.join(HERE, "data", "home-10k"))
    parser.add_argument("--keep", help="a folder to keep the callgrind files in")
    args = parser.parse_args()
    tend, home = os.path.abspath(args.tend), os.path.abspath(args.home)
    folder = args.keep or tempfile.mkdtemp(prefix="tend-count-")
    os.makedirs(folder, exist_ok=True)

    def valgrind(name):
        out = os.path.join(folder, f"cg.{name}")
        return out, [shutil.which("valgrind"), "--tool=callgrind", f"--callgrind-out-file={out}",
                     f"--log-file={out}.log", tend]

    for name, argv in [("version", ["--version"]), ("today", ["today"])]:
        out, command = valgrind(name)
        subprocess.run(command + argv, env=env(home), stdout=subprocess.DEVNULL, check=True)
        print(f"{name:8} {total(out) / 1e6:8.1f} M")

    # Home: on a pty, `q` once the screen has been quiet for 3 s.
    out, command = valgrind("home")
    session = PtySession(command, env(home))
    session.wait_for(lambda screen: screen.text().strip(), 120.0)
    session.wait_quiet(3.0, 120.0)
    session.finish(b"q", timeout=60.0)
    print(f"{'home':8} {total(out) / 1e6:8.1f} M")


if __name__ == "__main__":
    main()
