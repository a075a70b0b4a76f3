import Testing
import TendCore

@Suite("The words of the rituals at work")
struct MeetingWordsTests {
    let words = PromptLibrary.builtIn.meeting

    @Test("two ways in, each with a tip, and every question fits a 40-column screen")
    func wordsFit() {
        #expect(words.openings.count == 2 && words.openTips.count == 2)
        let lines = [words.open, words.breathLead, words.breatheIn, words.breatheOut, words.breathDone, words.thanksWho,
                     words.thanksWhat, words.useful, words.confusing, words.energising, words.roundTip] + words.openings
        for line in lines {
            #expect(!line.isEmpty && line.displayWidth <= 36, "\(line)")
        }
        for line in [words.breathStopped, words.thanksTip, words.roundSaved, words.breathSaved, words.left] + words.openTips {
            #expect(!line.isEmpty && line.wrapped(toWidth: 36).count <= 2, "\(line)")
        }
    }

    @Test("the round asks its three questions in order")
    func roundOrder() {
        #expect(MeetingWords.RoundField.allCases.map(words.question(for:))
            == ["What was useful?", "What was confusing?", "What gave energy?"])
    }
}
