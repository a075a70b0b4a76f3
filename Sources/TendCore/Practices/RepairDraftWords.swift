import Foundation

/// The words that help a repair find what to say, from the `[repair]`
/// table of prompts.toml: the three questions after "my part" (what it was
/// like for them, what you meant, one next step, with a short list to pick
/// from), the draft assembled from the answers, and the line offered the
/// morning after a "not yet".
public struct RepairDraftWords: Hashable, Sendable {
    /// The question about their side; `{name}` stands for the person.
    public var forThem = ""
    public var forThemTip = ""
    /// Shown once when their side opens as a verdict (`RepairWords.blameOpenings`).
    public var forThemNudge = ""
    public var meant = ""
    public var meantTip = ""
    public var nextStep = ""
    public var nextStepTip = ""
    /// Next steps to pick from, each reading after "What I would like to do next:".
    public var nextSteps: [String] = []
    public var words = ""
    public var wordsTip = ""
    /// The parts of the draft; `{for_them}`, `{meant}`, `{next_step}` stand for the answers.
    public var draftForThem = ""
    public var draftMeant = ""
    public var draftNextStep = ""
    /// The draft when all three answers were skipped.
    public var draftEmpty = ""
    public var wordsKept = ""
    /// The subject of an email carrying the words.
    public var wordsSubject = ""
    /// The morning line; `{name}` stands for the person.
    public var again = ""
    /// The same, shorter, for a narrow window.
    public var againShort = ""

    public init() {}

    /// The words to say, from the answers: each part whose answer was
    /// given, in order (impact, intention, next step), joined into one
    /// paragraph; the gentle fallback when none was. Answers are used as
    /// written, less the spaces around them and their closing full stop
    /// (the part brings its own).
    public func draft(forThem: String?, meant: String?, nextStep: String?) -> String {
        let parts = [(draftForThem, "{for_them}", forThem), (draftMeant, "{meant}", meant),
                     (draftNextStep, "{next_step}", nextStep)]
        let filled = parts.compactMap { template, placeholder, answer -> String? in
            guard let answer = Self.clause(answer) else { return nil }
            return template.replacingText(placeholder, with: answer)
        }
        return filled.isEmpty ? draftEmpty : filled.joined(separator: " ")
    }

    /// The question about their side, asked about `name`.
    public func forThemQuestion(name: String) -> String {
        forThem.replacingText("{name}", with: name.isEmpty ? "them" : name)
    }

    /// The morning line about a repair with `name`.
    public func againLine(name: String) -> String {
        again.replacingText("{name}", with: name)
    }

    /// The morning line in fewer words.
    public func againShortLine(name: String) -> String {
        (againShort.isEmpty ? again : againShort).replacingText("{name}", with: name)
    }

    /// An answer ready to sit inside a sentence: trimmed, without the stops
    /// that would end it twice; nil when nothing is left.
    static func clause(_ answer: String?) -> String? {
        guard var text = answer?.trimmedIncludingNewlines() else { return nil }
        while let last = text.last, ".!?…,;:".contains(last) || last.isWhitespace { text.removeLast() }
        return text.isEmpty ? nil : text
    }
}

extension PromptFileReader {
    /// Reads the repair's draft words from the `[repair]` table.
    mutating func repairDraftWords() -> RepairDraftWords {
        var words = RepairDraftWords()
        words.forThem = string("repair", "for_them")
        words.forThemTip = string("repair", "for_them_tip")
        words.forThemNudge = string("repair", "for_them_nudge")
        words.meant = string("repair", "meant")
        words.meantTip = string("repair", "meant_tip")
        words.nextStep = string("repair", "next_step")
        words.nextStepTip = string("repair", "next_step_tip")
        words.nextSteps = strings("repair", "next_steps")
        words.words = string("repair", "words")
        words.wordsTip = string("repair", "words_tip")
        words.draftForThem = string("repair", "draft_for_them")
        words.draftMeant = string("repair", "draft_meant")
        words.draftNextStep = string("repair", "draft_next_step")
        words.draftEmpty = string("repair", "draft_empty")
        words.wordsKept = string("repair", "words_kept")
        words.wordsSubject = string("repair", "words_subject")
        words.again = string("repair", "again")
        words.againShort = string("repair", "again_short")
        return words
    }
}
