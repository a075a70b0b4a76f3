import TendCore

extension CheckInScreen {
    enum Intent: Sendable {
        case left, right, digit(Int), next, back, practice(CheckInPractice.Intent), replace, addAnother, acceptName
    }

    /// The keys of the question about an earlier check-in, or of the step on screen.
    var keys: KeyMap<Intent> {
        if earlier != nil {
            return KeyMap([
                KeyBinding([.character("r")], "r", "replace today's earlier check-in", .replace, footer: "replace"),
                KeyBinding([.character("a")], "a", "add another check-in", .addAnother, footer: "add"),
                KeyBinding([.escape, .character("q")], "Esc", "go back home", .back, footer: "back"),
            ])
        }
        var bindings: [KeyBinding<Intent>] = []
        switch step {
        case .mood, .intention:
            bindings += [
                KeyBinding([.left, .character("h"), .up, .character("k")], "←/h", "previous choice", .left),
                KeyBinding([.right, .character("l"), .down, .character("j")], "→/l", "next choice", .right),
            ]
            let count = step == .mood ? MoodScale.labels.count : Intention.allCases.count
            bindings += (1...count).map { n in
                KeyBinding([.character(Character(String(n)))], "\(n)", "choose \(n)", .digit(n))
            }
            bindings.append(KeyBinding([.enter], "Enter", "continue", .next, footer: "continue"))
        case .practice:
            bindings += choice.bindings { .practice($0) }
            bindings.append(KeyBinding([.enter], "Enter", "take this practice", .next, footer: "take it"))
        case .person:
            bindings += [
                KeyBinding([.tab], "Tab", "complete a name used before", .acceptName, footer: "complete"),
                KeyBinding([.enter], "Enter", "continue (a name is optional)", .next, footer: "continue"),
            ]
        case .summary:
            bindings.append(KeyBinding([.enter], "Enter", "save the check-in", .next, footer: "save"))
        }
        // On the name, q is a letter.
        let backKeys: [Key] = step == .person ? [.escape] : [.escape, .character("q")]
        bindings.append(KeyBinding(backKeys, "Esc", form.isFirst ? "leave without saving" : "previous step", .back,
                                   footer: "back"))
        return KeyMap(bindings)
    }
}
