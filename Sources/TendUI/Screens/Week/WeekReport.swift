import TendCore

/// The week screen's pictures and numbers as plain lines for the shell
/// (`tend stats`): the same words, no blank lines, and colour only when
/// asked for (a terminal, without NO_COLOR).
public enum WeekReport {
    public static func text(_ stats: HabitStats, width: Int, practices: PracticeLibrary = .builtIn,
                            prompts: PromptLibrary = .builtIn, usesColour: Bool) -> String {
        let layout = WeekLayout(stats: stats, practices: practices, prompts: prompts)
        return layout.compactLines(width: max(1, width)).map { line in
            var text = line.spans.map { span in
                let words = SafeText.line(span.text)
                guard usesColour, let code = ansi(span.style) else { return words }
                return "\u{1B}[\(code)m\(words)\u{1B}[0m"
            }.joined()
            while text.hasSuffix(" ") { text.removeLast() }
            return text + "\n"
        }.joined()
    }

    /// The SGR parameters for a style, nil when it is plain.
    private static func ansi(_ style: Style) -> String? {
        var codes: [String] = []
        if style.isBold { codes.append("1") }
        if style.isDim { codes.append("2") }
        switch style.role {
        case .normal: break
        case .muted: codes.append("2")
        case .accent: codes.append("36")
        case .good: codes.append("32")
        case .warm: codes.append("33")
        case .alert: codes.append("31")
        case .highlight: codes.append("35")
        }
        return codes.isEmpty ? nil : codes.joined(separator: ";")
    }
}
