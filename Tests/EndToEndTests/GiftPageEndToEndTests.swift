import Foundation
import Testing
import TendTestSupport

/// The gift page as a browser shows it: `tend export --for NAME --format
/// html` rendered by headless Chromium, checked to be neither blank nor
/// cut, with the sentences (hostile ones as plain text) in the page.
@Suite("The gift page in a browser", .serialized)
struct GiftPageEndToEndTests {
    static let journal = """
        {"v":1,"id":"20261003-213000-0b0001","time":"2026-10-03T21:30:00+02:00","kind":"appreciation","person":"Ana","text":"You carried the boxes up four floors and joked the whole way."}
        {"v":1,"id":"20261123-213005-0b0002","time":"2026-11-23T21:30:05+01:00","kind":"appreciation","person":"ana","text":"</p><script>document.title='owned'</script><img src=x onerror=alert(1)> & you waited"}
        {"v":1,"id":"20261124-213005-0b0003","time":"2026-11-24T21:30:05+01:00","kind":"appreciation","person":"José","text":"Not for Ana."}

        """

    /// Chromium, installed with apt-get when missing (as `make test` does).
    static func chromium() throws -> String? {
        if let found = CommandRunner.which("chromium") { return found }
        guard getuid() == 0 else { return nil }
        let env = ProcessInfo.processInfo.environment.merging(["DEBIAN_FRONTEND": "noninteractive"]) { $1 }
        if try CommandRunner.run(["apt-get", "install", "-y", "-qq", "chromium"], environment: env).status != 0 {
            // A fresh machine has no package lists yet.
            _ = try CommandRunner.run(["apt-get", "update", "-qq"], environment: env)
            _ = try CommandRunner.run(["apt-get", "install", "-y", "-qq", "chromium"], environment: env)
        }
        return CommandRunner.which("chromium")
    }

    @Test("rendered by Chromium: not blank, not cut, every sentence in the page's text and none as markup")
    func rendered() throws {
        let binary = try TendBinary.path()
        let home = try TendBinary.freshHome()
        let env = TendBinary.environment(home: home, extra: ["TEND_NOW": "2026-11-25T08:00:00"])
        let file = home.appendingPathComponent("journal.jsonl")
        try Data(Self.journal.utf8).write(to: file)
        #expect(try CommandRunner.run([binary, "import", file.path], environment: env).status == 0)
        let page = home.appendingPathComponent("for-ana.html")
        let export = try CommandRunner.run([binary, "export", "--for", "ANA", "--format", "html", "--output", page.path], environment: env)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stderr.contains("Wrote 2 appreciations about ana"), "\(export.stderr)")

        let recent = try CommandRunner.run([binary, "export", "--for", "Ana", "--format", "html", "--since", "2026-11-01"], environment: env)
        #expect(recent.stdout.components(separatedBy: "<li>").count == 2, "one appreciation since November")
        let json = try CommandRunner.run([binary, "export", "--for", "ana", "--format", "jsonl"], environment: env)
        #expect(json.stdout.split(separator: "\n").count == 2, "the other formats take --for too: \(json.stdout)")
        let nobody = try CommandRunner.run([binary, "export", "--for", "Sam", "--format", "html"], environment: env)
        #expect(nobody.status == 1)
        #expect(nobody.stderr.contains("There are no appreciations about Sam yet"))

        let html = try String(contentsOf: page, encoding: .utf8)
        let python = try #require(CommandRunner.which("python3"), "python3 is needed; `make test` installs it")
        let parsed = try CommandRunner.run([python, "-c", HTMLCheck.script], input: html)
        #expect(parsed.status == 0, "\(parsed.stdout)")
        #expect(parsed.stdout.contains("You carried the boxes up four floors"))
        #expect(parsed.stdout.contains("</p><script>document.title='owned'</script><img src=x onerror=alert(1)> & you waited"))
        #expect(!parsed.stdout.contains("Not for Ana."))

        guard let chromium = try Self.chromium() else {
            Issue.record("Chromium is not installed and could not be (run as root, or apt-get install chromium)")
            return
        }
        let profile = home.appendingPathComponent("chromium").path
        let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                     "--user-data-dir=\(profile)", "--window-size=600,900"]
        let dom = try CommandRunner.run([chromium] + flags + ["--dump-dom", page.absoluteString], environment: env)
        #expect(dom.stdout.contains("<title>For ana</title>"), "\(dom.stdout.prefix(400))")
        #expect(dom.stdout.contains("&lt;/p&gt;&lt;script&gt;document.title='owned'&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; you waited"))
        #expect(!dom.stdout.contains("<script"), "no script element made it into the page")
        #expect(!dom.stdout.contains("<img"))

        let png = home.appendingPathComponent("page.png").path
        let shot = try CommandRunner.run([chromium] + flags + ["--screenshot=\(png)", page.absoluteString], environment: env)
        #expect(FileManager.default.fileExists(atPath: png), "\(shot.stderr.suffix(400))")
        let measured = try CommandRunner.run([python, "-c", PNGCheck.script, png])
        let numbers = measured.stdout.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        try #require(numbers.count == 8, "\(measured.stdout)\(measured.stderr)")
        let (width, height, rows, columns) = (numbers[0], numbers[1], numbers[2], numbers[3])
        let (top, bottom, left, right) = (numbers[4], numbers[5], numbers[6], numbers[7])
        #expect(width == 600 && height == 900)
        #expect(rows > 120 && columns > 300, "not blank: \(measured.stdout)")
        #expect(top > 10 && left > 10, "a margin above and to the left: \(measured.stdout)")
        #expect(bottom < height - 40, "the page ends before the window does, so nothing is cut below: \(measured.stdout)")
        #expect(right < width - 10, "nothing runs off the right edge: \(measured.stdout)")
    }
}
