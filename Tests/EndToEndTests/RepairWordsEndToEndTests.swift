import Foundation
import Testing
import TendTestSupport

/// A repair with every new step in a real terminal, its words copied
/// through a clipboard tool, the bedtime "not yet", and the next morning's
/// line that offers to try again, once.
@Suite("The repair's words in a real terminal", .serialized)
struct RepairWordsEndToEndTests {
    @Test("all the new steps, the draft copied, not yet at bedtime, and the line the next morning")
    func repairToNextMorning() throws {
        let binary = try TendBinary.path()
        let home = try TendBinary.freshHome()
        let bin = home.appendingPathComponent("bin").path
        let clipboard = try FakeCommand.make("wl-copy", in: bin)
        var env = TendBinary.environment(home: home, extra: ["TEND_NOW": "2026-11-23T18:00:00", "WAYLAND_DISPLAY": "wayland-0"])
        env["PATH"] = bin + ":/usr/bin:/bin"

        let repair = try TmuxSession(command: "\(binary) repair", environment: env)
        #expect(try repair.waitFor("Step 1 of 9").found)
        try repair.press("Enter", "Enter")
        try repair.type("Ana")
        try repair.press("Enter")
        try repair.type("I kept typing while she talked")
        try repair.press("Enter")
        #expect(try repair.waitFor("Which part was yours?").found)
        try repair.type("I was tired")
        try repair.press("Enter")
        #expect(try repair.waitFor("What was it like for Ana?").found)
        try repair.type("you felt brushed aside")
        try repair.press("Enter")
        #expect(try repair.waitFor("What did you mean?").found)
        try repair.type("I wanted us to have the evening")
        try repair.press("Enter")
        #expect(try repair.waitFor("One next step you can offer:").found)
        try repair.press("Down", "Down")
        #expect(try repair.waitFor("hear your side first, then mine").found)
        try repair.press("Enter")
        #expect(try repair.waitFor("One way back to each other").found)
        try repair.press("Enter")
        #expect(try repair.waitFor("Words you could say:").found)
        #expect(try repair.waitFor("I think I see how that was for you: you felt brushed aside.").found)
        try repair.press("c")
        let exit = try repair.waitForExit()
        #expect(exit.contains("Saved your repair with Ana. Copied. Paste it into a message to Ana."), "\(exit)")
        #expect(exit.contains("EXIT=0"))
        let words = "I think I see how that was for you: you felt brushed aside. What I meant was this: I wanted us to "
            + "have the evening. What I would like to do next: hear your side first, then mine."
        #expect(clipboard.input == words, "\(clipboard.input)")

        let log = try CommandRunner.run([binary, "log", "--json", "--kind", "repair"], environment: env)
        let record = log.stdout.split(separator: "\n").first.flatMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(record?["forThem"] as? String == "you felt brushed aside", "\(log.stdout)")
        #expect(record?["meant"] as? String == "I wanted us to have the evening")
        #expect(record?["nextStep"] as? String == "hear your side first, then mine")
        #expect(record?["words"] as? String == words)

        // At bedtime: tonight's sentence, then "Did it land?" answered "not yet".
        var evening = env
        evening["TEND_NOW"] = "2026-11-23T21:40:00"
        let bedtime = try TmuxSession(command: "\(binary) thanks", environment: evening)
        #expect(try bedtime.waitFor("About").found)
        try bedtime.type("Ana")
        try bedtime.press("Enter")
        try bedtime.type("You waited for me to finish my sentence.")
        try bedtime.press("Enter")
        #expect(try bedtime.waitFor("Send it to Ana?").found)
        try bedtime.press("Escape")
        #expect(try bedtime.waitFor("Did it land?").found)
        try bedtime.press("n")
        #expect(try bedtime.waitForExit().contains("EXIT=0"))

        // The next morning, once the morning's time has come, one line offers to try again.
        var morning = env
        morning["TEND_NOW"] = "2026-11-24T07:30:05"
        let app = try TmuxSession(command: binary, environment: morning)
        let line = try app.waitFor("Yesterday's repair with Ana: try again today?", timeout: 8)
        #expect(line.found, "\(line.screen)")
        try app.press("Escape")
        #expect(try app.waitFor("Good morning.").found)
        try app.press("q")
        _ = try app.waitForExit()

        // Skipped, it does not come back.
        morning["TEND_NOW"] = "2026-11-24T08:00:00"
        let again = try TmuxSession(command: binary, environment: morning)
        #expect(try again.waitFor("Good morning.").found)
        #expect(!(try again.waitFor("Yesterday's repair", timeout: 2)).found, "the line comes once")
    }

    @Test("a repair's words sent to someone who shares a folder reach their letters, signed, and say so")
    func wordsThroughASharedFolder() throws {
        let pair = try LettersEndToEndTests.Pair()
        let words = "I think I see how that was for you: you felt brushed aside."
        let line = #"{"v":1,"id":"20261123-180000-aaaabbbbcccc","time":"2026-11-23T18:00:00+00:00","kind":"repair","who":"Ana","latency":"just-now","words":"\#(words)"}"#
        let imported = try CommandRunner.run([pair.binary, "import", "-"], environment: pair.environment(pair.sam), input: line + "\n")
        #expect(imported.status == 0, "\(imported.stderr)")
        let sent = try pair.run(pair.sam, "send", "20261123-180000-aaaabbbbcccc")
        #expect(sent.status == 0, "\(sent.stderr)")
        #expect(sent.stdout.contains("In the folder you share with Ana."), "\(sent.stdout)")
        let letters = try pair.letters(pair.ana)
        #expect(letters.map { $0["text"] as? String } == [words], "\(letters)")
        #expect(letters.first?["from"] as? String == "Sam")
        let repair = try pair.records(pair.sam).first { $0["kind"] as? String == "repair" }
        #expect(repair?["via"] as? String == "share", "\(String(describing: repair))")
    }
}
