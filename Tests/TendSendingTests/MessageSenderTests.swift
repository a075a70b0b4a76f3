import Foundation
import Testing
import TendCore
import TendSending
import TendTestSupport

/// The send command: started with posix_spawn, never a shell, its arguments
/// filled one by one, stopped at its limit, its complaints made safe.
@Suite("Sending: the person's command")
struct MessageSenderTests {
    static let hostile = "It's \"fine\" $(touch pwned) `touch pwned2` {name}\nsecond line 👩🏽‍🚀 \u{1B}[31mred\u{1B}]52;c;aGk=\u{07}; rm -rf ~"

    static func plan(_ text: String, way: ContactWay, invite: String? = nil) -> SendPlan {
        let message = OutgoingMessage(recordID: RecordSamples.id(1), person: "Ana", text: text, invite: invite, date: "2026-11-23")
        return SendPlan(message: message, contact: Contact(name: "Ana", way: way))
    }

    static func sender(_ bin: String, limit: Double = 20) -> MessageSender {
        MessageSender(environment: ["PATH": bin, "HOME": bin], timeLimit: limit,
                      clipboard: Clipboard(environment: ["PATH": bin]), subject: "A small thank-you")
    }

    @Test("the message arrives as exactly one argument, byte for byte, and nothing in it runs")
    func oneArgument() throws {
        let dir = TemporaryDirectory()
        let fake = try FakeCommand.make("fake-send", in: dir.appending("bin"))
        let outcome = Self.sender(dir.appending("bin")).send(Self.plan(Self.hostile, way: .command(["fake-send", "--to", "{name}", "{message}", "+49"], stdin: false), invite: "Try it too."))
        #expect(outcome == .sent(command: "fake-send"))
        #expect(fake.arguments.count == 4)
        #expect(fake.arguments[0...1] == ["--to", "Ana"])
        #expect(fake.argumentBytes(2) == Array((Self.hostile + "\n\nTry it too.").utf8))
        #expect(fake.arguments[3] == "+49")
        #expect(fake.input == "", "stdin is /dev/null unless asked")
        let made = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.currentDirectoryPath)
        #expect(!made.contains("pwned") && !made.contains("pwned2"))
    }

    @Test("with stdin = true the message also goes to the command's standard input")
    func standardInput() throws {
        let dir = TemporaryDirectory()
        let fake = try FakeCommand.make("fake-send", in: dir.appending("bin"))
        let outcome = Self.sender(dir.appending("bin")).send(Self.plan("Thank you.\nReally.", way: .command([fake.path, "--stdin"], stdin: true)))
        #expect(outcome == .sent(command: "fake-send"))
        #expect(fake.arguments == ["--stdin"])
        #expect(fake.input == "Thank you.\nReally.")
    }

    @Test("a command that fails says so, with what it printed made safe")
    func failing() throws {
        let dir = TemporaryDirectory()
        _ = try FakeCommand.make("fake-send", in: dir.appending("bin"), exitStatus: 1, stderr: "no network \u{1B}[2J\u{1B}]0;owned\u{07} here\n")
        let outcome = Self.sender(dir.appending("bin")).send(Self.plan("Thanks.", way: .command(["fake-send", "{message}"], stdin: false)))
        guard case .failed(let reason) = outcome else { Issue.record("\(outcome)"); return }
        #expect(reason == "fake-send stopped with status 1: no network ␛␛ here")
        #expect(!reason.unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test("a command that is not there, or cannot run, is named")
    func notThere() throws {
        let dir = TemporaryDirectory()
        let missing = Self.sender(dir.appending("bin")).send(Self.plan("Thanks.", way: .command(["signal-cli", "{message}"], stdin: false)))
        #expect(missing == .failed(reason: "Tend could not find signal-cli on your PATH. Install it, or check the command in people.toml."))
        let fake = try FakeCommand.make("fake-send", in: dir.appending("bin"))
        chmod(fake.path, 0o644)
        let unrunnable = Self.sender(dir.appending("bin")).send(Self.plan("Thanks.", way: .command([fake.path, "{message}"], stdin: false)))
        #expect(unrunnable == .failed(reason: "Tend could not start \(fake.path): Permission denied."))
        let nowhere = Self.sender(dir.appending("bin")).send(Self.plan("Thanks.", way: .command([dir.appending("nowhere"), "{message}"], stdin: false)))
        #expect(nowhere == .failed(reason: "There is no program at \(dir.appending("nowhere")). Check the command in people.toml."))
        let notAProgram = dir.appending("bin/not-a-program")
        try FakeCommand.write("just words\n", to: notAProgram)
        let refused = Self.sender(dir.appending("bin")).send(Self.plan("Thanks.", way: .command([notAProgram, "{message}"], stdin: false)))
        guard case .failed(let reason) = refused else { Issue.record("\(refused)"); return }
        #expect(reason.hasPrefix("Tend could not start \(notAProgram): "), "no shell guesses at a file without #!")
    }

    @Test("a command that hangs past its limit is stopped, with its children")
    func hanging() throws {
        let dir = TemporaryDirectory()
        let fake = try FakeCommand.make("fake-send", in: dir.appending("bin"), stderr: "connecting…", sleeps: 30)
        let outcome = Self.sender(dir.appending("bin"), limit: 0.5).send(Self.plan("Thanks.", way: .command(["fake-send", "{message}"], stdin: false)))
        #expect(outcome == .failed(reason: "fake-send did not finish within 0.5 seconds, so Tend stopped it: connecting…"))
        let child = try #require(fake.childPID)
        var gone = false
        for _ in 0..<100 where !gone {
            gone = kill(child, 0) != 0
            if !gone { usleep(20_000) }
        }
        #expect(gone, "the sleep the command started was stopped too")
    }

    @Test("a lot of output is kept to its end, and never blocks the command")
    func muchOutput() throws {
        let dir = TemporaryDirectory()
        let script = dir.appending("bin/chatty")
        try FileManager.default.createDirectory(atPath: dir.appending("bin"), withIntermediateDirectories: true)
        try FakeCommand.write("#!/bin/sh\ni=0\nwhile [ $i -lt 3000 ]; do echo \"line $i of noise on stdout\"; echo \"err $i\" >&2; i=$((i+1)); done\nexit 3\n", to: script)
        let outcome = ProcessRunner.run(ProcessRequest(arguments: [script], environment: ["PATH": "/usr/bin:/bin"], input: Array(repeating: 65, count: 200_000), timeLimit: 20))
        guard case .exited(let status, let stdout, let stderr) = outcome else { Issue.record("\(outcome)"); return }
        #expect(status == 3)
        #expect(stdout.count == ProcessRunner.outputLimit)
        #expect(String(decoding: stderr, as: UTF8.self).hasSuffix("err 2999\n"))
    }
}
