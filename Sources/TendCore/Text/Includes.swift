extension StringProtocol {
    /// True when `other` occurs in the text, compared character by character
    /// as `==` compares. Not spelled `contains`: with Foundation imported in
    /// any file of the module, `contains` with a string is NSString's search,
    /// and that one call links ICU into the binary.
    public func includes(_ other: some StringProtocol) -> Bool { textRange(of: other) != nil }

    /// Where `other` first occurs, compared character by character, as
    /// `firstRange(of:)` finds it. That one lives in _StringProcessing, and
    /// calling it links the whole regex engine (1.2 MB) into tend.
    public func textRange(of other: some StringProtocol) -> Range<Index>? {
        guard let head = other.first else { return startIndex..<startIndex }
        var from = startIndex
        while let start = self[from...].firstIndex(of: head) {
            var mine = start, theirs = other.startIndex
            while theirs != other.endIndex, mine != endIndex, self[mine] == other[theirs] {
                formIndex(after: &mine)
                other.formIndex(after: &theirs)
            }
            if theirs == other.endIndex { return start..<mine }
            if mine == endIndex { return nil }
            from = index(after: start)
        }
        return nil
    }

    /// Every occurrence of `old` replaced by `new`, compared character by
    /// character as `replacing(_:with:)` does, without _StringProcessing.
    /// An empty `old` leaves the text as it is.
    public func replacingText(_ old: some StringProtocol, with new: some StringProtocol) -> String {
        guard !old.isEmpty else { return String(self) }
        var out = "", rest = self[...]
        while let found = rest.textRange(of: old) {
            out += rest[..<found.lowerBound]
            out += new
            rest = rest[found.upperBound...]
        }
        return out + rest
    }

    /// Every `old` scalar replaced by `new`. `replacing` compares characters,
    /// so it misses the "\n" of a "\r\n", and the `'` of a `'` followed by a
    /// combining mark, a byte a shell still reads as a quote: every escape
    /// of a quote or a line break goes through this.
    public func replacingScalar(_ old: Unicode.Scalar, with new: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if scalar == old { out.append(contentsOf: new.unicodeScalars) } else { out.append(scalar) }
        }
        return String(out)
    }
}
