import TendCore

/// The repair's keys, step by step: one key map each, for dispatch, the footer and `?`.
extension RepairScreen {
    var keys: KeyMap<Intent> {
        var bindings: [KeyBinding<Intent>] = []
        switch step {
        case .breath:
            bindings.append(KeyBinding([.enter, .character(" ")], "Enter", "skip the breath", .next, footer: "skip"))
        case .when:
            bindings += [
                KeyBinding([.left, .character("h"), .up, .character("k")], "←/h", "sooner", .left),
                KeyBinding([.right, .character("l"), .down, .character("j")], "→/l", "later", .right),
                KeyBinding([.character("1"), .character("2"), .character("3"), .character("4")], "1-4",
                           "choose and continue", .next),
                KeyBinding([.enter], "Enter", "continue", .next, footer: "continue"),
            ]
        case .what:
            bindings += [
                KeyBinding([.enter], "Enter", focus == .who ? "go on to what happened" : "continue", .next,
                           footer: "continue"),
                KeyBinding([.tab, .down], "Tab", "next field (completes a known name)", .complete, footer: "next field"),
                KeyBinding([.backTab, .up], "S-Tab", "previous field", .switchField),
            ]
        case .myPart, .forThem, .meant, .nextStep:
            bindings.append(KeyBinding([.enter], "Enter", "continue (this step is optional)", .next, footer: "continue"))
            if step == .nextStep {
                bindings += [KeyBinding([.down], "↓", "pick a next step from the list", .pick),
                             KeyBinding([.up], "↑", "pick the one above", .pick)]
            }
        case .words:
            return wordsKeys
        case .gesture:
            bindings += [
                KeyBinding([.character("n")], "n", "show another way back", .another, footer: "another"),
                KeyBinding([.enter], "Enter", "take this one", .next, footer: "take it"),
            ]
        }
        let backKeys: [Key] = isTakingText ? [.escape] : [.escape, .character("q")]
        bindings.append(KeyBinding(backKeys, "Esc", step == .breath ? "leave without saving" : "previous step", .back,
                                   footer: step == .breath ? "leave" : "back"))
        return KeyMap(bindings)
    }

    /// The keys of the last step: what to do with the words, or the send offer's own.
    var wordsKeys: KeyMap<Intent> {
        switch words.stage {
        case .reading:
            return KeyMap([
                KeyBinding([.enter], "Enter", "save the repair with these words", .next, footer: "keep"),
                KeyBinding([.character("e")], "e", "change the words", .edit, footer: "edit"),
                KeyBinding([.character("c")], "c", "save, and copy the words to paste to them", .copy, footer: "copy"),
                KeyBinding([.character("s")], "s", "save, and send the words to them (asks first)", .send, footer: "send"),
                KeyBinding([.escape, .character("q")], "Esc", "previous step", .back, footer: "back"),
            ])
        case .editing:
            return KeyMap([
                KeyBinding([.enter], "Enter", "keep these words", .next, footer: "done"),
                KeyBinding([.escape], "Esc", "put the words back as they were", .back, footer: "cancel"),
            ])
        case .showingPlainly:
            return KeyMap([KeyBinding([.enter, .escape], "Enter", "done", .done, footer: "done")])
        case .copying, .sending:
            return KeyMap([])
        }
    }

    public var keyHelp: ScreenKeys {
        if case .sending(let flow) = words.stage, step == .words { return flow.keyHelp }
        return isTakingText ? keys.keyHelp.merged(with: (step == .words ? words.keyHelp : nil) ?? who.keyHelp) : keys.keyHelp
    }
}
