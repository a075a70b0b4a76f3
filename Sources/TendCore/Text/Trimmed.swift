extension StringProtocol {
    /// The text without the spaces and tabs around it: what Foundation's
    /// `trimmingCharacters(in: .whitespaces)` gave, without linking ICU.
    /// It trims scalars, not characters, as Foundation did: " \u{301}x"
    /// keeps its combining accent.
    public func trimmed() -> String { trimmingScalars(where: \.isSpaceOrTab) }

    /// The text without the white space and line breaks around it, as
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` gave.
    public func trimmedIncludingNewlines() -> String { trimmingScalars(where: \.isSpaceOrNewline) }

    private func trimmingScalars(where trimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !trimmed($0) }),
              let last = scalars.lastIndex(where: { !trimmed($0) }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}

extension Unicode.Scalar {
    /// In Foundation's `CharacterSet.whitespaces`: a tab, a space separator
    /// (Zs), or U+200B ZERO WIDTH SPACE, which was one until Unicode 4.
    public var isSpaceOrTab: Bool {
        value == 0x09 || value == 0x200B || properties.generalCategory == .spaceSeparator
    }

    /// In `CharacterSet.whitespacesAndNewlines`: those, line feed to carriage
    /// return, NEL, and the line and paragraph separators.
    public var isSpaceOrNewline: Bool {
        isSpaceOrTab || (0x0A...0x0D).contains(value) || value == 0x85 || value == 0x2028 || value == 0x2029
    }
}
