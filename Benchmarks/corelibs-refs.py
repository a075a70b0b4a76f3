#!/usr/bin/env python3
"""Fails when our own release objects refer to swift-corelibs-foundation.

Any one reference from our code into the toolchain's static `libFoundation.a`
(or `libFoundationInternationalization.a`) links in ICU: +42 MB and start-up
time (Benchmarks/PROFILE.md, section 1). FoundationEssentials is fine. This
reads `nm -u` of every object of our targets in the release build, finds the
archive members that define those symbols, and prints them per target.

    python3 Benchmarks/corelibs-refs.py [.build-static/release]
    python3 Benchmarks/corelibs-refs.py --symbols   # also each object's symbols

Exit status 1 if an object not in ALLOWED refers to a member. The packages'
own objects are not ours and are not read.
"""
import collections
import fnmatch
import json
import os
import shutil
import subprocess
import sys

# Objects allowed to refer to corelibs, each with the reason (none today).
ALLOWED: dict[str, str] = {}

# Our targets: what Sources/ holds and is linked into tend, the practice data
# and the fuzz checks. TendContentCompiler only runs at build time; tend-import
# and TendArchives are the import helper, which links ZIPFoundation and
# CSV.swift and with them corelibs, on purpose, outside tend.
NOT_LINKED = {"CNcursesw", "TendContentCompiler", "TendArchives", "tend-import"}
EXTRA_TARGETS = ["TendResources", "TendFuzzChecks"]
CORELIBS = ["libFoundation.a", "libFoundationInternationalization.a"]
ESSENTIALS = "libFoundationEssentials.a"


def nm(args):
    return subprocess.run(["nm"] + args, capture_output=True, text=True, check=True).stdout


def static_lib_folder():
    swift = os.path.realpath(shutil.which("swift"))
    return os.path.join(os.path.dirname(os.path.dirname(swift)), "lib", "swift_static", "linux")


def definitions(archive):
    """symbol -> archive member, for the global symbols an archive defines."""
    member, found = None, {}
    for line in nm(["--defined-only", archive]).splitlines():
        if line.endswith(".o:"):
            member = line[:-1]
        parts = line.split()
        if len(parts) == 3 and parts[1] in "TDBRVWu":
            found.setdefault(parts[2], member)
    return found


def current_objects(folder):
    """The objects of a target's sources now; a folder can keep those of files since moved away."""
    try:
        with open(os.path.join(folder, "output-file-map.json")) as f:
            outputs = json.load(f)
    except FileNotFoundError:
        return []
    names = {os.path.basename(entry["object"]) for source, entry in outputs.items() if source and "object" in entry}
    return sorted(os.path.join(folder, name) for name in names if os.path.exists(os.path.join(folder, name)))


def demangle(symbols):
    if not shutil.which("swift-demangle"):
        return symbols
    out = subprocess.run(["swift-demangle", "--simplified", "--compact"], input="\n".join(symbols),
                         capture_output=True, text=True).stdout.split("\n")
    return out[:len(symbols)]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show_symbols = "--symbols" in sys.argv
    build = args[0] if args else ".build-static/release"
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    targets = sorted(set(os.listdir(os.path.join(root, "Sources"))) - NOT_LINKED) + EXTRA_TARGETS
    if not os.path.isdir(os.path.join(build, "tend.build")):
        sys.exit(f"No release build in {build}: run `make release` first.")

    libs = static_lib_folder()
    # A symbol FoundationEssentials defines as well (inlined helpers) is not a reason to link corelibs.
    essentials = set(definitions(os.path.join(libs, ESSENTIALS)))
    corelibs = {}
    for archive in CORELIBS:
        for symbol, member in definitions(os.path.join(libs, archive)).items():
            if symbol not in essentials:
                corelibs.setdefault(symbol, (archive, member))

    found = {}  # target -> object -> {(archive, member): [symbols]}
    ours = set()  # what our objects define: their weak copies of generic specializations
    for target in targets:
        objects = current_objects(os.path.join(build, target + ".build"))
        if not objects:
            continue
        ours.update(line.split()[-1] for line in nm(["--defined-only"] + objects).splitlines()
                    if len(line.split()) == 3)
        found[target] = collections.defaultdict(lambda: collections.defaultdict(list))
        for line in nm(["-A", "-u"] + objects).splitlines():
            obj, symbol = line.split(":", 1)[0], line.split()[-1]
            if symbol in corelibs:
                found[target][os.path.relpath(obj, build)][corelibs[symbol]].append(symbol)

    failed = False
    for target, objects in found.items():
        members = collections.Counter()
        for name, refs in sorted(objects.items()):
            refs = {key: [s for s in symbols if s not in ours] for key, symbols in refs.items()}
            refs = {key: symbols for key, symbols in refs.items() if symbols}
            if not refs:
                continue
            reason = next((why for pattern, why in ALLOWED.items() if fnmatch.fnmatch(name, pattern)), None)
            members.update(member.removesuffix(".swift.o") for _, member in refs)
            failed = failed or reason is None
            print(f"{name}: {', '.join(sorted(m for _, m in refs))}" + (f"  (allowed: {reason})" if reason else ""))
            if show_symbols:
                for (_, member), symbols in sorted(refs.items()):
                    for text in demangle(sorted(symbols)):
                        print(f"    {member}: {text[:160]}")
        if members:
            print(f"== {target}: " + ", ".join(f"{m} {n}" for m, n in sorted(members.items())))
    if failed:
        print("Our code refers to swift-corelibs-foundation (see above), which links ICU into tend.\n"
              "Use the standard library, FoundationEssentials or the helpers in TendCore/Text instead.",
              file=sys.stderr)
        return 1
    print("No reference from our code to swift-corelibs-foundation but the allowed ones.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
