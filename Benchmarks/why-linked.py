#!/usr/bin/env python3
"""Why an archive ended up in a static link: reads a GNU ld map (link with
`-Xlinker -Map=tend.map`) and prints, for the first members taken from each
named archive, the chain of references that pulled them in, back to one of
our own objects. See Benchmarks/PROFILE.md for how it was used.

    python3 Benchmarks/why-linked.py tend.map libFoundationInternationalization.a lib_FoundationICU.a

ld records only the first reference that pulled a member in, so when one
chain is cut another may show up: link again and look again.
"""
import re
import shutil
import subprocess
import sys


def read_map(path):
    """member -> (the file whose reference pulled it in, that symbol)."""
    lines = open(path, errors="replace").read().split("\n")
    i = lines.index("Archive member included because of file (symbol)") + 2
    why = {}
    while i < len(lines) and lines[i].strip():
        parts = lines[i].split(None, 1)
        if len(parts) == 2:  # a short member name: the reference is on the same line
            ref, i = parts[1].strip(), i + 1
        else:
            ref, i = lines[i + 1].strip(), i + 2
        found = re.match(r"(\S*) \((.*)\)$", ref)
        why[parts[0]] = (found.group(1), found.group(2)) if found else (ref, "?")
    return why


def demangle(symbols):
    if not shutil.which("swift-demangle"):
        return symbols
    out = subprocess.run(["swift-demangle", "--simplified", "--compact"], input="\n".join(symbols),
                         capture_output=True, text=True).stdout.split("\n")
    return out[:len(symbols)]


def main():
    path, archives = sys.argv[1], sys.argv[2:]
    why = read_map(path)
    short = lambda p: p.rsplit("/", 1)[-1]  # noqa: E731
    for archive in archives:
        members = [m for m in why if archive in m]
        print(f"== {archive}: {len(members)} members linked")
        for member in [m for m in members if archive not in why[m][0]][:8]:
            chain, current = [], member
            while current in why and len(chain) < 12:
                chain.append((current,) + why[current])
                current = why[current][0]
            names = demangle([symbol for _, _, symbol in chain])
            print("  " + "\n    ".join(f"{short(m)} <= {short(r)} for {n[:140]}"
                                       for (m, r, _), n in zip(chain, names)))


if __name__ == "__main__":
    main()
