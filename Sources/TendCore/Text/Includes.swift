extension StringProtocol {
    /// True when `other` occurs in the text, compared character by character
    /// as `==` compares. Not spelled `contains`: with Foundation imported in
    /// any file of the module, `contains` with a string is NSString's search,
    /// and that one call links ICU into the binary.
    public func includes(_ other: some StringProtocol) -> Bool { firstRange(of: other) != nil }
}

extension StringProtocol {
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
