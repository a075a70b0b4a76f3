// The Swift floor: the least a Swift program does to start, print a line and
// exit, for `make bench` to compare `tend --version` against. It is built as
// the release binary is, with the Swift runtime linked in statically:
//
//   swiftc -O -static-stdlib -Xlinker --gc-sections -o hello hello.swift
//
// It imports nothing, not even FoundationEssentials: what it costs is the
// Swift runtime's start-up and the standard library's print.
print("tend bench: hello")
