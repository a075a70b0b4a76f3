import Foundation
import Testing
import TendTestSupport

/// `tend focus` on the shell: choosing, showing, switching and stopping a
/// week's focus, in words and as JSON, and `tend schedule set review`.
@Suite("tend focus on the shell", .serialized)
struct FocusCommandEndToEndTests {
    let home: URL

    init() throws { home = try TendBinary.freshHome() }

    func run(_ arguments: [String], at now: String) throws -> CommandResult {
        try CommandRunner.run([try TendBinary.path()] + arguments,
                              environment: TendBinary.environment(home: home, extra: ["TEND_NOW": now]))
    }

    func json(_ arguments: [String], at now: String) throws -> [String: Any] {
        let result = try run(arguments, at: now)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test("with no focus: a line saying how to choose one, and JSON with every key")
    func none() throws {
        let text = try run(["focus"], at: "2026-11-23T08:00:00")
        #expect(text.status == 0)
        #expect(text.stdout.contains("No focus this week. `tend focus start ID` keeps one card for seven days"))
        let object = try json(["focus", "--json"], at: "2026-11-23T08:00:00")
        #expect(Set(object.keys) == ["id", "card", "name", "person", "started", "day", "done", "ended", "reflectionDue"])
        #expect(object["card"] is NSNull && object["day"] as? Int == 0 && object["reflectionDue"] as? Bool == false)
        let stop = try run(["focus", "stop"], at: "2026-11-23T08:00:00")
        #expect(stop.status == 0 && stop.stdout.contains("No focus is running."))
    }

    @Test("an unknown card is refused with the nearest one, and nothing is written")
    func unknownCard() throws {
        let result = try run(["focus", "start", "morning"], at: "2026-11-23T08:00:00")
        #expect(result.status == 1)
        #expect(result.stderr.contains("no practice card with the id 'morning'. Did you mean 'good-morning-by-name'?"), "\(result.stderr)")
        #expect(try run(["log", "--json"], at: "2026-11-23T08:00:00").stdout.isEmpty)
    }

    @Test("chosen late in the evening it begins tomorrow; again the same card writes nothing; stopped, it will not begin")
    func lateStart() throws {
        let start = try run(["focus", "start", "leave-on-purpose", "--for", "Zoë"], at: "2026-11-23T21:30:00")
        #expect(start.stdout == "Your focus for the week: Leave on purpose, for Zoë. Day 1 is tomorrow, Tue 24 Nov.\n", "\(start.stdout)")
        let shown = try run(["focus"], at: "2026-11-23T21:40:00")
        #expect(shown.stdout.hasPrefix("Your week of Leave on purpose, for Zoë begins tomorrow, Tue 24 Nov.\n  · · · · · · ·   Tue 24 Nov to Mon 30 Nov\n"),
                "\(shown.stdout)")
        let object = try json(["focus", "--json"], at: "2026-11-23T21:40:00")
        #expect(object["started"] as? String == "2026-11-24" && object["day"] as? Int == 0 && object["person"] as? String == "Zoë")
        let again = try run(["focus", "start", "leave-on-purpose", "--for", "zoe"], at: "2026-11-23T21:45:00")
        #expect(again.stdout == "Leave on purpose, for Zoë is your focus already: it begins tomorrow.\n", "\(again.stdout)")
        let stop = try run(["focus", "stop"], at: "2026-11-23T21:50:00")
        #expect(stop.stdout == "Your week of Leave on purpose will not begin. Any card can be your focus again.\n", "\(stop.stdout)")
        let focuses = try run(["log", "--kind", "focus", "--json"], at: "2026-11-23T21:50:00").stdout.split(separator: "\n")
        #expect(focuses.count == 1, "the second start wrote nothing")
    }

    @Test("another card stops the running one; the days show as marks; an ended week points to the look back")
    func switchAndEnd() throws {
        _ = try run(["focus", "start", "leave-on-purpose"], at: "2026-11-23T08:00:00")
        let other = try run(["focus", "start", "six-second-kiss"], at: "2026-11-24T09:00:00")
        #expect(other.stdout == "Stopped your week of Leave on purpose on day 2.\nYour focus for the week: The six-second kiss. Day 1 is today.\n",
                "\(other.stdout)")
        let day3 = try run(["focus"], at: "2026-11-26T09:00:00")
        #expect(day3.stdout.hasPrefix("Day 3 of your week: The six-second kiss\n  ○ ○ · · · · ·   Tue 24 Nov to Mon 30 Nov\n"), "\(day3.stdout)")
        let over = try run(["focus"], at: "2026-11-30T19:00:00")
        #expect(over.stdout.hasPrefix("Your week of The six-second kiss is over (Tue 24 Nov to Mon 30 Nov).\nOpen tend to look back on it: one minute.\n"),
                "\(over.stdout)")
        let object = try json(["focus", "--json"], at: "2026-11-30T19:00:00")
        #expect(object["day"] as? Int == 7 && object["reflectionDue"] as? Bool == true && object["ended"] as? Bool == false)
        let putAway = try run(["focus", "stop"], at: "2026-12-01T08:00:00")
        #expect(putAway.stdout.contains("is put away; it will not ask for a look back."), "\(putAway.stdout)")
        #expect(try json(["focus", "--json"], at: "2026-12-01T08:00:00")["card"] is NSNull)
    }

    @Test("a month file that cannot be read is named on stderr, and the focus is still shown")
    func unreadableMonth() throws {
        _ = try run(["focus", "start", "leave-on-purpose"], at: "2026-11-23T08:00:00")
        try FileManager.default.createDirectory(atPath: home.path + "/.local/share/tend/2026/2026-10.jsonl", withIntermediateDirectories: true)
        let shown = try run(["focus"], at: "2026-11-24T08:00:00")
        #expect(shown.status == 0)
        #expect(shown.stdout.hasPrefix("Day 2 of your week: Leave on purpose\n"), "\(shown.stdout)")
        #expect(shown.stderr.contains("2026/2026-10.jsonl"), "\(shown.stderr)")
    }

    @Test("tend practices show ends with how to make the card the focus")
    func practicesShow() throws {
        let result = try run(["practices", "show", "six-second-kiss"], at: "2026-11-23T08:00:00")
        #expect(result.stdout.hasSuffix("Make it your focus for the week: tend focus start six-second-kiss [--for NAME]\n"), "\(result.stdout)")
    }

    @Test("tend schedule set review turns the weekly look-back on, lists it, and turns it off")
    func scheduleReview() throws {
        let on = try run(["schedule", "set", "review", "19:00", "--days", "sun"], at: "2026-11-26T09:00:00")
        #expect(on.status == 0 && on.stdout.hasPrefix("Weekly look-back: 19:00, Sun."), "\(on.stdout)\(on.stderr)")
        let listed = try run(["schedule"], at: "2026-11-26T09:00:00")
        #expect(listed.stdout.contains("Weekly look-back      19:00  Sun        next: Sun 29 Nov 19:00"), "\(listed.stdout)")
        let off = try run(["schedule", "set", "review", "off"], at: "2026-11-26T09:00:00")
        #expect(off.stdout.hasPrefix("The weekly look-back is off."), "\(off.stdout)")
        #expect(!(try run(["schedule"], at: "2026-11-26T09:00:00").stdout.contains("Weekly look-back")))
    }
}
