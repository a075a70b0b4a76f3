import Foundation
import Testing
import TendCore
import TendJournalFormat
import TendStorage
import TendTestSupport

/// Behaviour that needs real processes: the built `tend` binary run from a
/// shell, with limits, signals and other users.
@Suite("Storage: the tend binary under stress")
struct StorageProcessTests {
    /// Runs a bash script with `$TEND` set to the binary and `$D` to `data`.
    static func bash(_ script: String, data: String, extra: [String: String] = [:]) throws -> CommandResult {
        let binary = try TendBinary.path()
        let home = try TendBinary.freshHome()
        var env = TendBinary.environment(home: home, extra: ["TEND": binary, "D": data, "TEND_NOW": "2026-11-23T21:30:05"])
        env.merge(extra) { $1 }
        return try CommandRunner.run(["/bin/bash", "-c", script], environment: env)
    }

    @Test("4 processes × 500 appends give 2000 whole lines")
    func fourWriters() throws {
        let dir = TemporaryDirectory()
        let result = try Self.bash("""
            for w in 1 2 3 4; do
              ( for i in $(seq 500); do "$TEND" --data-dir "$D" thanks --to "W$w" "note $i from $w" >/dev/null || echo FAIL; done ) &
            done
            wait
            """, data: dir.path)
        #expect(!result.stdout.contains("FAIL"), "\(result.stderr)")
        let lines = Disk.text(dir.appending("2026/2026-11.jsonl")).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2001) // 2000 lines and the empty string after the last newline
        #expect(lines.dropLast().allSatisfy { (try? Record(line: Array($0.utf8))) != nil })
        #expect(try Journal(directory: dir.path).history().records.count == 2000)
    }

    @Test("a writer SIGKILLed again and again loses no acknowledged record")
    func killedWriters() throws {
        let dir = TemporaryDirectory()
        let result = try Self.bash("""
            for i in $(seq 80); do
              "$TEND" --data-dir "$D" thanks --to Kim "kept $i" >> "$D.acked" &
              pid=$!
              sleep 0.00$((RANDOM % 10))
              kill -9 $pid 2>/dev/null
              wait $pid 2>/dev/null
            done
            cat "$D.acked"
            """, data: dir.path)
        defer { try? FileManager.default.removeItem(atPath: dir.path + ".acked") }
        let acknowledged = Set(result.stdout.split(separator: "\n").compactMap { RecordID(String($0)) })
        let stored = Set(try Journal(directory: dir.path).history().records.map(\.id))
        #expect(acknowledged.isSubset(of: stored))
        // Whatever was cut short is reported as a torn line, never as a conflict.
        #expect(!Journal(directory: dir.path).diagnose().findings.contains { $0.message.contains("different contents") })
    }

    @Test("past ulimit -f: an error naming the file, the text handed back, the file unchanged, no SIGXFSZ death")
    func fileSizeLimit() throws {
        let dir = TemporaryDirectory()
        let path = dir.appending("2026/2026-11.jsonl")
        var filler: [Record] = []
        while Disk.lines(filler).utf8.count < 4000 { filler.append(RecordSamples.appreciation(filler.count)) }
        Disk.write(Disk.lines(Array(filler.dropLast())), to: path)
        let before = Disk.bytes(path)
        #expect(before.count < 4096)
        let result = try Self.bash(#"ulimit -f 4; "$TEND" --data-dir "$D" thanks --to Lee "$(printf 'x%.0s' $(seq 300)) the words""#, data: dir.path)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains(path))
        #expect(result.stderr.contains("size limit"))
        #expect(result.stderr.contains("the words"))
        #expect(Disk.bytes(path) == before)
    }

    @Test("a read-only folder gives an error naming the path")
    func readOnlyFolder() throws {
        let dir = TemporaryDirectory()
        let data = dir.appending("data")
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        chmod(dir.path, 0o755)
        chmod(data, 0o555)
        var script = #""$TEND" --data-dir "$D" thanks --to Lee "kind words""#
        if geteuid() == 0 {
            // Root ignores modes: run as nobody, who owns the folder but may not write to it.
            chown(data, 65534, 65534)
            script = "setpriv --reuid=65534 --regid=65534 --clear-groups " + script
        }
        let result = try Self.bash(script, data: data)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains(data))
        #expect(result.stderr.contains("permission denied"))
        #expect(result.stderr.contains("kind words"))
    }

    @Test("umask 000 still gives folders 0700 and files 0600")
    func umaskZero() throws {
        let dir = TemporaryDirectory()
        let data = dir.appending("new/data")
        let result = try Self.bash(#"umask 000; "$TEND" --data-dir "$D" thanks --to Lee "hi" && "$TEND" --data-dir "$D" export --output "$D/../export.jsonl""#, data: data)
        #expect(result.status == 0, "\(result)")
        #expect(Disk.mode(dir.appending("new")) == 0o700)
        #expect(Disk.mode(data) == 0o700)
        #expect(Disk.mode(data + "/2026") == 0o700)
        #expect(Disk.mode(data + "/2026/2026-11.jsonl") == 0o600)
        #expect(Disk.mode(data + "/.lock") == 0o600)
        #expect(Disk.mode(dir.appending("new/export.jsonl")) == 0o600)
    }

    @Test("invalid UTF-8 on the command line is refused, not mangled")
    func invalidUTF8Argument() throws {
        let dir = TemporaryDirectory()
        let result = try Self.bash(#""$TEND" --data-dir "$D" thanks --to Lee $'caf\xe9'"#, data: dir.path)
        #expect(result.status != 0)
        #expect(result.stderr.contains("not valid UTF-8"))
        #expect(Disk.files(in: dir.path).filter { $0.hasSuffix(".jsonl") }.isEmpty)
    }

    @Test("thanks prints the id, log finds it by an accent-free search")
    func thanksThenLog() throws {
        let dir = TemporaryDirectory()
        let result = try Self.bash(#""$TEND" --data-dir "$D" thanks --to José "the soup, still warm" && "$TEND" --data-dir "$D" log --search jose"#, data: dir.path)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2, "\(result)")
        #expect(lines.first?.hasPrefix("20261123-213005-") == true)
        #expect(lines.last?.contains("José: the soup, still warm") == true)
    }

    @Test("thanks without text opens the full screen, and without a terminal says so and saves nothing")
    func thanksWithoutText() throws {
        let result = try Self.bash(#""$TEND" --data-dir "$D" thanks --to Lee </dev/null"#, data: TemporaryDirectory().path)
        #expect(result.status == 2)
        #expect(result.stderr.contains("needs a terminal"))
    }

    @Test("hostile text never reaches the terminal raw through tend log")
    func logIsTerminalSafe() throws {
        let dir = TemporaryDirectory()
        let journal = Journal(directory: dir.path)
        try journal.append(RecordSamples.appreciation(1, text: "\u{1B}]0;pwned\u{07}\u{1B}[2J \u{9B}31m \u{202E}gnp.exe"))
        let result = try Self.bash(#""$TEND" --data-dir "$D" log; "$TEND" --data-dir "$D" log --json"#, data: dir.path)
        let bytes = Array(result.stdout.utf8)
        #expect(!bytes.contains(0x1B))
        #expect(!bytes.contains(0x07))
        #expect(!zip(bytes, bytes.dropFirst()).contains { $0 == 0xC2 && $1 == 0x9B })
        #expect(!result.stdout.unicodeScalars.contains { $0.value == 0x202E })
        #expect(result.stdout.contains("gnp.exe"))
    }

    @Test("tend log | head ends quietly")
    func brokenPipeIsQuiet() throws {
        let dir = TemporaryDirectory()
        let source = dir.appending("many.jsonl")
        Disk.write(Disk.lines((0..<5000).map { RecordSamples.appreciation($0, text: String(repeating: "warm ", count: 20), plusMinutes: $0) }), to: source)
        _ = try Journal(directory: dir.appending("data")).importRecords(fromFile: source)
        let result = try Self.bash(#""$TEND" --data-dir "$D" log | head -n 1; "$TEND" --data-dir "$D" export --format csv | head -c 10 >/dev/null"#,
                                   data: dir.appending("data"))
        #expect(result.stdout.split(separator: "\n").count == 1)
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }

    @Test("doctor names the file and line of a corrupt record and exits non-zero")
    func doctorExitStatus() throws {
        let dir = TemporaryDirectory()
        try Journal(directory: dir.path).append(RecordSamples.appreciation(1))
        let path = dir.appending("2026/2026-11.jsonl")
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data("{\"v\":1,\"id\":\"cut\n".utf8))
        try handle.close()
        let result = try Self.bash(#""$TEND" --data-dir "$D" doctor"#, data: dir.path)
        #expect(result.status == 1)
        #expect(result.stdout.contains("\(path):2"))
    }

    @Test("import prints what it added, what was there, what it refused")
    func importCommand() throws {
        let dir = TemporaryDirectory()
        let source = dir.appending("in.jsonl")
        Disk.write(Disk.lines([RecordSamples.appreciation(1), RecordSamples.appreciation(2)]) + "nope\n", to: source)
        let result = try Self.bash(#""$TEND" --data-dir "$D" import "$SRC"; "$TEND" --data-dir "$D" import "$SRC""#,
                                   data: dir.appending("data"), extra: ["SRC": source])
        #expect(result.stdout.contains("Added 2 entries; 0 already here; 1 refused."))
        #expect(result.stdout.contains("Added 0 entries; 2 already here; 1 refused."))
        #expect(result.stdout.contains("line 3:"))
    }
}
