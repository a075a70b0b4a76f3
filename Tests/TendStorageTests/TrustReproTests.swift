import Foundation
import Testing
import TendCore
import TendStorage
import TendTestSupport

/// The hostile scenarios of issue 16, each run as a person would: the built
/// `tend` binary from a shell, with a fresh HOME. Every one of them failed
/// before its fix.
@Suite("Trust: hostile scenarios on the real binary")
struct TrustReproTests {
    /// Runs a bash script with `$T` set to the binary, `$D` to the data folder
    /// (`$XDG_DATA_HOME/tend` in a fresh HOME) and `$HOME` to that home.
    static func bash(_ script: String, now: String = "2026-11-23T21:30:05", extra: [String: String] = [:]) throws -> (CommandResult, String) {
        let binary = try TendBinary.path()
        let home = try TendBinary.freshHome()
        let data = home.path + "/.local/share/tend"
        var env = TendBinary.environment(home: home, extra: ["T": binary, "D": data, "TEND_NOW": now])
        env.merge(extra) { $1 }
        return (try CommandRunner.run(["/bin/bash", "-c", script], environment: env), data)
    }

    @Test("export --output into the data folder is refused and the journal is untouched")
    func exportIntoTheDataFolder() throws {
        let (result, data) = try Self.bash("""
            "$T" thanks --to Ana "the soup" >/dev/null
            "$T" export --format markdown --output "$D/2026/2026-12.jsonl"; echo "status=$?"
            "$T" export --format markdown --output "$D/notes.md"; echo "status=$?"
            cd "$D/2026" && "$T" export --output ../x.jsonl; echo "status=$?"
            "$T" log
            """, now: "2026-12-02T18:00:00")
        #expect(result.stdout.components(separatedBy: "status=1").count == 4, "\(result)")
        #expect(result.stderr.contains("data folder"), "\(result.stderr)")
        #expect(result.stdout.contains("Ana: the soup"), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: data + "/notes.md"))
        #expect(!FileManager.default.fileExists(atPath: data + "/x.jsonl"))
    }

    @Test("an export from one device, imported on another, brings its edits and deletes")
    func exportCarriesEditsAndDeletes() throws {
        let (result, _) = try Self.bash("""
            A="$HOME/a"; B="$HOME/b"
            "$T" --data-dir "$A" thanks --to Ana "first words" >/dev/null
            "$T" --data-dir "$A" thanks --to Sam "to be deleted" >/dev/null
            "$T" --data-dir "$A" export > "$HOME/a.jsonl"
            "$T" --data-dir "$B" import "$HOME/a.jsonl" >/dev/null
            first=$("$T" --data-dir "$B" log --json --search first | sed -n 's/.*"id":"\\([^"]*\\)".*/\\1/p')
            gone=$("$T" --data-dir "$B" log --json --search deleted | sed -n 's/.*"id":"\\([^"]*\\)".*/\\1/p')
            printf '{"v":1,"id":"20261123-220000-0000000000e1","time":"2026-11-23T22:00:00+00:00","kind":"edit","target":"%s","set":{"text":"better words"}}\\n' "$first" >> "$B/2026/2026-11.jsonl"
            printf '{"v":1,"id":"20261123-220100-0000000000d1","time":"2026-11-23T22:01:00+00:00","kind":"delete","target":"%s"}\\n' "$gone" >> "$B/2026/2026-11.jsonl"
            "$T" --data-dir "$B" export > "$HOME/b.jsonl"
            "$T" --data-dir "$A" import "$HOME/b.jsonl"
            echo "--- A"; "$T" --data-dir "$A" log
            echo "--- B"; "$T" --data-dir "$B" log
            "$T" --data-dir "$A" export --format csv > "$HOME/a.csv"; "$T" --data-dir "$B" export --format csv > "$HOME/b.csv"
            cmp "$HOME/a.csv" "$HOME/b.csv" && echo same
            """)
        #expect(result.stdout.contains("Added 2 entries; 2 already here"), "\(result)")
        let parts = result.stdout.components(separatedBy: "--- B")
        #expect(parts.count == 2)
        #expect(parts[0].contains("better words") && !parts[0].contains("first words") && !parts[0].contains("deleted"), "\(result.stdout)")
        #expect(result.stdout.hasSuffix("same\n"), "\(result)")
    }

    @Test("log applies a delete written later by a device five hours behind, in the month before")
    func deleteFromAZoneBehind() throws {
        let (result, _) = try Self.bash(#"""
            mkdir -p "$D/2026"
            echo '{"v":1,"id":"20261201-003000-00000000000a","time":"2026-12-01T00:30:00+01:00","kind":"appreciation","person":"Ana","text":"Berlin"}' > "$D/2026/2026-12.jsonl"
            echo '{"v":1,"id":"20261130-183500-00000000000b","time":"2026-11-30T18:35:00-05:00","kind":"delete","target":"20261201-003000-00000000000a"}' > "$D/2026/2026-11.jsonl"
            echo "--- log"; "$T" log 2>&1
            echo "--- search"; "$T" log --search berlin 2>&1
            echo "--- csv"; "$T" export --format csv
            echo "--- json"; "$T" export
            """#)
        let sections = result.stdout.components(separatedBy: "--- ")
        #expect(sections.count == 5, "\(result)")
        #expect(!sections.dropLast().joined().contains("Berlin"), "\(result)")
        #expect(sections[1].contains("Nothing here yet") && sections[2].contains("No entries match"), "\(result)")
        // The JSON export is the whole truth: the entry and the delete, so another device hides it too.
        #expect(sections[4].contains("Berlin") && sections[4].contains(#""kind":"delete""#), "\(result)")
    }

    // Sleeps 2.5 s: the cache keeps only files that have not changed for two
    // seconds, and the point is a cache that was written and then lied to.
    @Test("an in-place edit that keeps the size and restores the time is seen by every reader")
    func cacheNoticesInPlaceEdits() throws {
        let (result, _) = try Self.bash(#"""
            "$T" thanks --to Ana "a zebra at the zoo" >/dev/null
            F="$D/2026/2026-11.jsonl"
            touch -d '2026-11-20 10:00' "$F"
            sleep 2.5
            "$T" stats >/dev/null
            ls "$HOME/.cache/tend"/journal-*/2026/ >/dev/null || echo "no cache was written"
            sed s/zebra/ZEBRA/ "$F" > "$HOME/G"; touch -r "$F" "$HOME/G"; cp -p "$HOME/G" "$F"
            echo "--- log"; "$T" log
            echo "--- export"; "$T" export --format csv
            echo "--- stats"; "$T" stats --json
            echo "--- doctor"; "$T" doctor
            """#)
        #expect(!result.stdout.contains("no cache was written"), "\(result)")
        #expect(!result.stdout.contains("zebra"), "\(result.stdout)")
        #expect(result.stdout.components(separatedBy: "ZEBRA").count >= 3, "\(result.stdout)")
    }

    @Test("a folder where a month file should be is skipped and reported, and every other month is shown")
    func folderInPlaceOfAMonth() throws {
        let (result, data) = try Self.bash(#"""
            "$T" thanks --to Ana "november words" >/dev/null
            mkdir "$D/2026/2026-10.jsonl"
            echo "--- log"; "$T" log; echo "status=$?"
            echo "--- stats"; "$T" stats --json >/dev/null; echo "status=$?"
            echo "--- export"; "$T" export; echo "status=$?"
            echo '{"v":1,"id":"imp-1","time":"2026-09-01T10:00:00+02:00","kind":"tally","tone":"positive","text":"sun"}' > "$HOME/in.jsonl"
            echo "--- import"; "$T" import "$HOME/in.jsonl"; echo "status=$?"
            echo "--- doctor"; "$T" doctor; echo "status=$?"
            """#)
        let sections = result.stdout.components(separatedBy: "--- ")
        #expect(sections.count == 6, "\(result)")
        for section in sections.dropFirst().prefix(4) { #expect(section.contains("status=0"), "\(section)\n\(result.stderr)") }
        #expect(sections[1].contains("november words"))
        #expect(sections[3].contains("november words"))
        #expect(sections[4].contains("Added 1 entry"))
        let path = data + "/2026/2026-10.jsonl"
        // One line on stderr per command that reads, naming the path (stats --json's as JSON, with a "path").
        let naming = result.stderr.split(separator: "\n").filter { $0.contains(path) }
        #expect(naming.count == 4, "\(result.stderr)")
        #expect(naming.contains { $0.hasPrefix(#"{"error":"#) && $0.contains(#""path":"\#(path)""#) }, "\(result.stderr)")
        #expect(sections[5].contains("\(path): "), "\(sections[5])")
        #expect(sections[5].contains("status=1"))
    }

    @Test("a FIFO where a month file should be never blocks a command")
    func fifoInPlaceOfAMonth() throws {
        let (result, data) = try Self.bash(#"""
            "$T" thanks --to Ana "november words" >/dev/null
            mkfifo "$D/2026/2026-10.jsonl"
            for command in log stats export doctor "log --search ana" "log --kind thanks"; do
              echo "--- $command"; timeout 10 "$T" $command >/dev/null; echo "status=$?"
            done
            """#)
        #expect(!result.stdout.contains("status=124"), "\(result)")
        #expect(result.stderr.contains(data + "/2026/2026-10.jsonl"), "\(result.stderr)")
    }

    @Test("import never follows a symlinked month file")
    func importThroughASymlink() throws {
        let (result, data) = try Self.bash(#"""
            mkdir -p "$D/2026"
            echo "my private notes" > "$HOME/notes.txt"
            ln -s "$HOME/notes.txt" "$D/2026/2026-11.jsonl"
            echo '{"v":1,"id":"imp-1","time":"2026-11-01T10:00:00+01:00","kind":"tally","tone":"positive","text":"sun"}' > "$HOME/in.jsonl"
            "$T" import "$HOME/in.jsonl"; echo "status=$?"
            cat "$HOME/notes.txt"
            """#)
        #expect(result.stdout.contains("status=1"), "\(result)")
        #expect(result.stderr.contains("link"), "\(result.stderr)")
        #expect(result.stdout.hasSuffix("my private notes\n"), "\(result)")
        var info = stat()
        #expect(lstat(data + "/2026/2026-11.jsonl", &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK)
    }

    @Test("CSV export neutralises control characters and spreadsheet formulas")
    func csvIsInert() throws {
        let (result, _) = try Self.bash(#"""
            "$T" thanks --to "@SUM(1)" $'=HYPERLINK("x")\e]52;c;aGk=\a' >/dev/null
            "$T" tally - "-2+3 a hard one" >/dev/null
            "$T" thanks --to Ana $'+1\ttabbed, and\r\nnew line' >/dev/null
            "$T" export --format csv
            """#)
        let bytes = Array(result.stdout.utf8)
        #expect(!bytes.contains(0x1B) && !bytes.contains(0x07), "\(result.stdout)")
        let cells = result.stdout.split(separator: "\r\n").dropFirst().flatMap { $0.split(separator: ",") }
        for cell in cells {
            let text = cell.hasPrefix("\"") ? cell.dropFirst() : cell[...]
            #expect(!["=", "+", "-", "@", "\t", "\r"].contains { text.hasPrefix($0) }, "live cell: \(cell)")
        }
        #expect(result.stdout.contains("'@SUM(1)"), "\(result.stdout)")
        #expect(result.stdout.contains("'=HYPERLINK"), "\(result.stdout)")
    }

    @Test("doctor reports a temp file a killed import left, and removes it when asked")
    func leftoverTempFiles() throws {
        let (result, data) = try Self.bash(#"""
            "$T" thanks --to Ana "words" >/dev/null
            mkdir -m 700 "$D/2024"
            head -c 500000 /dev/zero | tr '\0' 'x' > "$D/2024/.2024-01.jsonl.958.6225ba50.tmp"
            echo "--- doctor"; "$T" doctor; echo "status=$?"
            echo "--- remove"; "$T" doctor --remove-temp-files; echo "status=$?"
            echo "--- again"; "$T" doctor; echo "status=$?"
            """#)
        let temp = data + "/2024/.2024-01.jsonl.958.6225ba50.tmp"
        let sections = result.stdout.components(separatedBy: "--- ")
        #expect(sections.count == 4, "\(result)")
        #expect(sections[1].contains(temp) && sections[1].contains("status=1"), "\(result)")
        #expect(sections[2].contains("Removed"), "\(result)")
        #expect(sections[3].contains("All is well") && sections[3].contains("status=0"), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: temp))
    }

    @Test("an import stopped by SIGTERM while it writes leaves no temp file behind")
    func importStoppedBySignal() throws {
        // Waits until the temp file exists, so the signal lands mid-write.
        let (result, _) = try Self.bash(#"""
            for i in $(seq 40000); do
              printf '{"v":1,"id":"i-%d","time":"2024-01-03T10:00:00+01:00","kind":"tally","tone":"positive","text":"%s"}\n' $i "a long enough line of text to take a moment to write out"
            done > "$HOME/big.jsonl"
            for try in 1 2 3; do
              rm -rf "$D"
              "$T" import "$HOME/big.jsonl" >/dev/null 2>&1 &
              pid=$!
              while kill -0 $pid 2>/dev/null; do
                if compgen -G "$D/2024/.*.tmp" >/dev/null; then kill -TERM $pid; echo caught; break; fi
              done
              wait $pid
              find "$D" -name '*.tmp'
            done
            """#)
        #expect(result.stdout.contains("caught"), "\(result)")
        #expect(!result.stdout.contains(".tmp"), "\(result)")
    }

    @Test("doctor never suggests a chmod through a symlink, and names a data folder others can write to")
    func doctorAdviceIsSafe() throws {
        let (result, data) = try Self.bash(#"""
            "$T" thanks --to Ana "words" >/dev/null
            ln -s /etc/passwd "$D/2026/2026-10.jsonl"
            echo "--- doctor"; "$T" doctor; echo "status=$?"
            chmod 777 "$D"
            echo "--- open"; "$T" doctor; echo "status=$?"
            echo "--- write"; "$T" thanks --to Ana "more words"; echo "status=$?"
            """#)
        let sections = result.stdout.components(separatedBy: "--- ")
        #expect(sections.count == 4, "\(result)")
        #expect(!result.stdout.contains("chmod 600 '\(data)/2026/2026-10.jsonl'"), "\(result.stdout)")
        #expect(sections[1].contains("\(data)/2026/2026-10.jsonl: ") && sections[1].contains("link"), "\(sections[1])")
        #expect(sections[2].contains("\(data): ") && sections[2].contains("chmod 700"), "\(sections[2])")
        #expect(sections[3].contains("status=1") && result.stderr.contains("more words"), "\(result)")
        #expect(!Disk.text(data + "/2026/2026-11.jsonl").contains("more words"))
    }

    @Test("a saved record is reported as saved even when stdout is closed or full")
    func honestExitCodes() throws {
        let (result, data) = try Self.bash(#"""
            "$T" thanks --to Ana "closed stdout" >&-; echo "status=$?"
            "$T" thanks --to Ana "full stdout" > /dev/full; echo "status=$?"
            "$T" tally + "full tally" > /dev/full; echo "status=$?"
            "$T" export > /dev/full; echo "export=$?"
            "$T" log > /dev/full; echo "log=$?"
            """#)
        #expect(result.stdout.components(separatedBy: "status=0").count == 4, "\(result)")
        #expect(result.stdout.contains("export=1") && result.stdout.contains("log=1"), "\(result)")
        #expect(result.stderr.components(separatedBy: "Saved").count == 4, "\(result.stderr)")
        #expect(result.stderr.contains("standard output"), "\(result.stderr)")
        let journal = Disk.text(data + "/2026/2026-11.jsonl")
        #expect(journal.components(separatedBy: "\n").filter { !$0.isEmpty }.count == 3, "\(journal)")
        #expect(Journal(directory: data).diagnose().isHealthy)
    }

    @Test("import - and import /dev/stdin read a pipe")
    func importFromAPipe() throws {
        let (result, _) = try Self.bash(#"""
            "$T" thanks --to Ana "piped words" >/dev/null
            "$T" export | "$T" --data-dir "$HOME/b" import -; echo "status=$?"
            "$T" export | "$T" --data-dir "$HOME/c" import /dev/stdin; echo "status=$?"
            "$T" --data-dir "$HOME/c" log
            """#)
        #expect(result.stdout.components(separatedBy: "Added 1 entry").count == 3, "\(result)")
        #expect(result.stdout.contains("piped words"), "\(result)")
    }

    @Test("log and the markdown export leave out prompt firings unless asked; the JSON export keeps them")
    func promptFiringsAreBookkeeping() throws {
        let (result, _) = try Self.bash(#"""
            mkdir -p "$D/2026"
            echo '{"v":1,"id":"p-1","time":"2026-11-23T09:55:00+00:00","kind":"prompt-fired","prompt":"pause:09:55:before stand-up","day":"2026-11-23"}' > "$D/2026/2026-11.jsonl"
            "$T" thanks --to Ana "real words" >/dev/null
            echo "--- log"; "$T" log; "$T" log --json
            echo "--- prompt"; "$T" log --kind prompt
            echo "--- markdown"; "$T" export --format markdown
            echo "--- csv"; "$T" export --format csv
            echo "--- json"; "$T" export
            """#)
        let sections = result.stdout.components(separatedBy: "--- ")
        #expect(sections.count == 6, "\(result)")
        #expect(!sections[1].contains("prompt") && sections[1].contains("real words"), "\(sections[1])")
        #expect(sections[2].contains("before stand-up"), "\(sections[2])")
        #expect(!sections[3].contains("stand-up") && sections[3].contains("real words"), "\(sections[3])")
        #expect(!sections[4].contains("stand-up") && sections[4].contains("real words"), "\(sections[4])")
        #expect(sections[5].contains("prompt-fired") && sections[5].contains("real words"), "\(sections[5])")
    }

    @Test("importing a CSV export says once which formats import reads")
    func importingCSV() throws {
        let (result, _) = try Self.bash(#"""
            for i in 1 2 3; do "$T" thanks --to Ana "words $i" >/dev/null; done
            "$T" export --format csv > "$HOME/x.csv"
            "$T" --data-dir "$HOME/b" import "$HOME/x.csv"; echo "status=$?"
            """#)
        #expect(result.stdout.contains("status=1"), "\(result)")
        let all = result.stdout + result.stderr
        #expect(!all.contains("line 2:"), "\(all)")
        #expect(all.contains("CSV") && all.contains("export --format json"), "\(all)")
    }

    @Test("log --since today follows TEND_NOW, like every other command")
    func oneClock() throws {
        let (result, _) = try Self.bash(#"""
            "$T" thanks --to Ana "then" >/dev/null
            "$T" log --since today; "$T" log --until today
            """#, now: "2020-03-04T10:00:00")
        #expect(result.stdout.components(separatedBy: "Ana: then").count == 3, "\(result)")
    }
}
