import TendCore

extension ThanksScreen {
    enum Intent: Sendable { case next, previous, submit, leave, yes, no, skip }

    /// The keys of the question on screen, or of the two fields.
    var keys: KeyMap<Intent> {
        if case .asking(let question) = stage {
            return KeyMap([
                KeyBinding([.character("y")], "y", "yes", .yes, footer: "yes"),
                KeyBinding([.character("n")], "n", question.noLabel, .no, footer: question.noLabel),
                KeyBinding([.escape, .enter], "Esc", "skip the question", .skip, footer: "skip"),
            ])
        }
        return KeyMap([
            KeyBinding([.enter], "Enter", focus == .person ? "go on to the sentence" : "save", .submit,
                       footer: focus == .person ? "next" : "save"),
            KeyBinding([.tab, .down], "Tab", "next field (completes a known name)", .next, footer: "next field"),
            KeyBinding([.backTab, .up], "S-Tab", "previous field", .previous),
            KeyBinding([.escape], "Esc", "leave (asks first if you have written something)", .leave, footer: "back"),
        ])
    }
}
