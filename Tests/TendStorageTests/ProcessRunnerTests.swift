import Foundation
import Testing
import TendStorage
import TendTestSupport

/// Starting other programs: argv only, no shell, a time limit, no terminal.
@Suite("Process runner")
struct ProcessRunnerTests {
    let environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]

    @Test("arguments reach the program as they are: nothing a user wrote becomes a command")
    func noShell() throws {
        let words = ["a; touch /tmp/tend-pwned", "$(id)", "`id`", "*", "it's \"quoted\""]
        let output = try ProcessRunner.run(["printf", "%s\\n"] + words, environment: environment, timeLimit: 10)
        #expect(output.succeeded)
        #expect(output.stdoutText == words.map { $0 + "\n" }.joined())
    }

    @Test("stdout, stderr and the exit status come back apart")
    func streams() throws {
        let output = try ProcessRunner.run(["ls", "/nonexistent-tend-folder", "/"], environment: environment, timeLimit: 10)
        #expect(output.status != 0)
        #expect(output.stderrText.contains("nonexistent-tend-folder"))
        #expect(output.stdoutText.contains("usr"))
    }

    @Test("a program that runs past its limit is stopped and marked")
    func timeLimit() throws {
        let output = try ProcessRunner.run(["sleep", "30"], environment: environment, timeLimit: 0.2)
        #expect(output.timedOut)
        #expect(!output.succeeded)
    }

    @Test("input is empty: a program waiting for it ends at once")
    func noInput() throws {
        let output = try ProcessRunner.run(["cat"], environment: environment, timeLimit: 10)
        #expect(output.succeeded && !output.timedOut && output.stdout.isEmpty)
    }

    @Test("a program not on PATH is named, not crashed on")
    func missing() {
        #expect(throws: ProcessRunner.Failure.notFound(name: "git")) {
            try ProcessRunner.run(["git", "--version"], environment: ["PATH": "/nonexistent"], timeLimit: 10)
        }
    }

    #if os(Linux)
    @Test("the child leads a session of its own, so it has no terminal to ask for a password on")
    func ownSession() throws {
        let output = try ProcessRunner.run(["cat", "/proc/self/stat"], environment: environment, timeLimit: 10)
        // "pid (comm) state ppid pgrp session tty_nr …"
        let fields = output.stdoutText.split(separator: ")").last?.split(separator: " ").map(String.init) ?? []
        let pid = output.stdoutText.split(separator: " ").first.map(String.init)
        try #require(fields.count > 4)
        #expect(fields[2] == pid, "its own process group, stopped as one at the time limit")
        #expect(fields[3] == pid, "its own session")
        #expect(fields[4] == "0", "no controlling terminal")
    }
    #endif

    @Test("a started child can be polled until it ends")
    func polling() throws {
        let child = try ProcessRunner.start(["echo", "done"], environment: environment, timeLimit: 10)
        var output: ProcessRunner.Output?
        while output == nil {
            output = child.poll()
            if output == nil { usleep(10_000) }
        }
        #expect(output?.stdoutText == "done\n")
    }
}

@Suite("Process runner: standard input")
struct ProcessRunnerInputTests {
    let environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]

    @Test("bytes given as input reach the program whole, even more than a pipe holds at once")
    func input() throws {
        let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 % 251) }
        let output = try ProcessRunner.run(["cat"], environment: environment, timeLimit: 20, input: bytes)
        #expect(output.succeeded)
        #expect(output.stdout == bytes)
    }

    @Test("a large input goes in and a large answer comes back whole when the caller allows it (tend-import's)")
    func largeInputAndOutput() throws {
        // More than the usual limit of 64 MB, marked every 4 KB so a lost or repeated piece shows.
        var bytes = [UInt8](repeating: 0x2E, count: 72 << 20)
        for page in stride(from: 0, to: bytes.count, by: 4096) { bytes[page] = UInt8(truncatingIfNeeded: page >> 12) }
        let output = try ProcessRunner.run(["cat"], environment: environment, timeLimit: 60, input: bytes, outputLimit: 80 << 20)
        #expect(output.succeeded)
        #expect(output.stdout.count == bytes.count)
        #expect(output.stdout.withUnsafeBytes { out in bytes.withUnsafeBytes { memcmp(out.baseAddress!, $0.baseAddress!, $0.count) } } == 0)
    }

    @Test("a program that stops reading early ends; Tend is not stopped by SIGPIPE")
    func closedEarly() throws {
        let bytes = [UInt8](repeating: 0x41, count: 1 << 20)
        let output = try ProcessRunner.run(["head", "-c", "3"], environment: environment, timeLimit: 20, input: bytes)
        #expect(output.status == 0)
        #expect(output.stdoutText == "AAA")
    }
}
