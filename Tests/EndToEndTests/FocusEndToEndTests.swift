import Foundation
import Testing
import TendTestSupport

/// A week's focus in a real terminal: chosen from the shell on a Monday,
/// offered first at Tuesday's check-in, asked about at bedtime, looked back
/// on when Tend opens the next Monday, and all of it in the journal.
@Suite("A week's focus in a real terminal", .serialized)
struct FocusEndToEndTests {
    func run(_ arguments: [String], home: URL, at now: String) throws -> CommandResult {
        try CommandRunner.run([try TendBinary.path()] + arguments,
                              environment: TendBinary.environment(home: home, extra: ["TEND_NOW": now]))
    }

    func app(_ home: URL, at now: String) throws -> TmuxSession {
        try TmuxSession(command: try TendBinary.path(), environment: TendBinary.environment(home: home, extra: ["TEND_NOW": now]))
    }

    func json(_ text: String) -> [[String: Any]] {
        text.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    /// Writes tonight's appreciation and keeps it private; the follow-up questions come next.
    func bedtime(_ app: TmuxSession) throws {
        #expect(try app.waitFor("Good evening.").found)
        try app.press("t")
        #expect(try app.waitFor("About").found)
        try app.type("Ana")
        try app.press("Enter")
        try app.type("You made tea before I asked.")
        try app.press("Enter")
        // The focus named her first, as "ana": Tend keeps that spelling.
        #expect(try app.waitFor("Send it to ana?").found)
        try app.press("Escape")
    }

    @Test("Monday to Monday: the focus first, the evenings' answers, the look back, and the journal")
    func week() throws {
        let home = try TendBinary.freshHome()
        let start = try run(["focus", "start", "good-morning-by-name", "--for", "ana"], home: home, at: "2026-11-23T08:00:00")
        #expect(start.status == 0, "\(start.stderr)")
        #expect(start.stdout.contains("Your focus for the week: A real good morning, for ana. Day 1 is today."), "\(start.stdout)")

        // Tuesday morning: the check-in offers the focus first.
        let tuesday = try app(home, at: "2026-11-24T07:40:00")
        #expect(try tuesday.waitFor("Your week · day 2 of 7").found)
        try tuesday.press("m")
        #expect(try tuesday.waitFor("How do you feel").found)
        try tuesday.press("4")
        try tuesday.press("2")
        let offered = try tuesday.waitFor("Day 2 of your week: A real good morning, for ana")
        #expect(offered.found, "\(offered.screen)")
        #expect(offered.screen.contains("d today's card"))
        try tuesday.press("Enter")
        #expect(try tuesday.waitFor("Who is it for?").found)
        try tuesday.press("Enter")
        #expect(try tuesday.waitFor("your week's focus").found)
        try tuesday.press("Enter")
        #expect(try tuesday.waitFor("✓ done").found)
        try tuesday.press("q")
        #expect(try tuesday.waitForExit().contains("EXIT=0"))

        // Tuesday night: the check-in's own question, about the focus card.
        let tuesdayNight = try app(home, at: "2026-11-24T21:40:00")
        try bedtime(tuesdayNight)
        #expect(try tuesdayNight.waitFor("you chose: A real good morning.").found)
        try tuesdayNight.press("y")
        #expect(try tuesdayNight.waitFor("Sleep well.").found)
        try tuesdayNight.press("q")
        #expect(try tuesdayNight.waitForExit().contains("EXIT=0"))

        // Wednesday night, no check-in: the bedtime question is about the focus itself.
        let wednesday = try app(home, at: "2026-11-25T21:40:00")
        try bedtime(wednesday)
        let asked = try wednesday.waitFor("Day 3 of your week: A real good morning, for ana.")
        #expect(asked.found, "\(asked.screen)")
        #expect(asked.screen.contains("Did you say a real good morning?"))
        try wednesday.press("y")
        let marks = try wednesday.waitFor("○ ● ● · · · ·")
        #expect(marks.found, "\(marks.screen)")
        try wednesday.press("q")
        #expect(try wednesday.waitForExit().contains("EXIT=0"))

        let due = json(try run(["focus", "--json"], home: home, at: "2026-11-30T08:00:00").stdout).first
        #expect(due?["reflectionDue"] as? Bool == true, "\(String(describing: due))")
        #expect(due?["done"] as? [Int] == [2, 3])

        // The next Monday: the look back appears as Tend opens; keep it another week.
        let monday = try app(home, at: "2026-11-30T08:10:00")
        let reflection = try monday.waitFor("Seven days of A real good morning, for ana.")
        #expect(reflection.found, "\(reflection.screen)")
        try monday.press("4")
        #expect(try monday.waitFor("How did ana respond?").found)
        try monday.type("She smiled and said it back")
        try monday.press("Enter")
        #expect(try monday.waitFor("What did you notice?").found)
        try monday.type("I slow down at the door")
        try monday.press("Enter")
        #expect(try monday.waitFor("Keep it another week").found)
        try monday.press("1")
        #expect(try monday.waitFor("Your week · day 1 of 7").found)
        try monday.press("q")
        #expect(try monday.waitForExit().contains("EXIT=0"))

        let log = try run(["log", "--json"], home: home, at: "2026-11-30T08:20:00")
        #expect(log.status == 0, "\(log.stderr)")
        let lines = json(log.stdout)
        let focuses = lines.filter { $0["kind"] as? String == "focus" }
        #expect(focuses.map { $0["start"] as? String } == ["2026-11-30", "2026-11-23"], "\(log.stdout)")
        #expect(focuses.allSatisfy { $0["card"] as? String == "good-morning-by-name" && $0["person"] as? String == "ana" })
        let checkIn = lines.first { $0["kind"] as? String == "check-in" }
        #expect(checkIn?["practice"] as? String == "good-morning-by-name")
        #expect(checkIn?["person"] as? String == "ana")
        #expect(checkIn?["practiceDone"] as? Bool == true)
        let day = lines.first { $0["kind"] as? String == "focus-day" }
        #expect(day?["day"] as? String == "2026-11-25" && day?["done"] as? Bool == true, "\(log.stdout)")
        let look = lines.first { $0["kind"] as? String == "reflection" }
        #expect(look?["felt"] as? Int == 4)
        #expect(look?["response"] as? String == "She smiled and said it back")
        #expect(look?["noticed"] as? String == "I slow down at the door")
        #expect(look?["choice"] as? String == "another-week")
        #expect(look?["focus"] as? String == focuses.last?["id"] as? String)

        let text = try run(["log", "--kind", "reflection"], home: home, at: "2026-11-30T08:20:00")
        #expect(text.stdout.contains("reflect   looked back on A real good morning for ana · felt 4/5 · another week"), "\(text.stdout)")

        let focus = json(try run(["focus", "--json"], home: home, at: "2026-11-30T08:20:00").stdout).first
        #expect(focus?["card"] as? String == "good-morning-by-name")
        #expect(focus?["person"] as? String == "ana")
        #expect(focus?["started"] as? String == "2026-11-30")
        #expect(focus?["day"] as? Int == 1)
        #expect(focus?["done"] as? [Int] == [])
        #expect(focus?["reflectionDue"] as? Bool == false)
    }

    @Test("tend review saves the week's look back, and tend remind offers the scheduled one")
    func review() throws {
        let home = try TendBinary.freshHome()
        let config = home.appendingPathComponent(".config/tend")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        let notified = home.appendingPathComponent("notified.txt")
        let script = home.appendingPathComponent("notify.sh")
        try FakeCommand.write("#!/bin/sh\nprintf '%s|' \"$@\" >> '\(notified.path)'\necho >> '\(notified.path)'\n", to: script.path)
        chmod(script.path, 0o700)
        try "[reminders]\nnotify_command = [\"\(script.path)\"]\n[review]\ntime = \"19:00\"\ndays = \"sun\"\n"
            .write(to: config.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        _ = try run(["thanks", "--to", "Zoë", "You sang in the kitchen."], home: home, at: "2026-11-27T21:00:00")

        let remind = try run(["remind", "--once"], home: home, at: "2026-11-29T19:00:20")
        #expect(remind.status == 0, "\(remind.stderr)")
        let notes = (try? String(contentsOf: notified, encoding: .utf8)) ?? ""
        #expect(notes.contains("Tend|Weekly look-back · 19:00|"), "\(notes)")
        let reviewNotes = { ((try? String(contentsOf: notified, encoding: .utf8)) ?? "").split(separator: "\n").filter { $0.contains("Weekly look-back") }.count }
        #expect(reviewNotes() == 1)

        let session = try TmuxSession(command: "\(try TendBinary.path()) review",
                                      environment: TendBinary.environment(home: home, extra: ["TEND_NOW": "2026-11-29T19:05:00"]))
        let week = try session.waitFor("Fri  Zoë: You sang in the kitchen.")
        #expect(week.found, "\(week.screen)")
        try session.press("Enter")
        try session.type("A slow Saturday")
        try session.press("Enter")
        try session.type("The holiday plans")
        try session.press("Enter")
        let ended = try session.waitForExit()
        #expect(ended.contains("Saved your look back at the week."), "\(ended)")
        #expect(ended.contains("EXIT=0"))
        let review = json(try run(["log", "--json", "--kind", "review"], home: home, at: "2026-11-29T19:10:00").stdout).first
        #expect(review?["from"] as? String == "2026-11-23" && review?["to"] as? String == "2026-11-29")
        #expect(review?["wentWell"] as? String == "A slow Saturday" && review?["talkAbout"] as? String == "The holiday plans")
        // Offered once: a second round that evening leaves it alone.
        let again = try run(["remind", "--once"], home: home, at: "2026-11-29T19:30:00")
        #expect(again.status == 0)
        #expect(reviewNotes() == 1)
    }
}
