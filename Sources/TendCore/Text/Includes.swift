extension StringProtocol {
    /// True when `other` occurs in the text, compared character by character
    /// as `==` compares. Not spelled `contains`: with Foundation imported in
    /// any file of the module, `contains` with a string is NSString's search,
    /// and that one call links ICU into the binary.
    public func includes(_ other: some StringProtocol) -> Bool { firstRange(of: other) != nil }
}

extension StringProtocol {
    /// Every `old` scalar replaced by `new`. For a line break, where
    /// `replacing` (which compares characters) would miss the "\n" of a
    /// "\r\n", and Foundation's `replacingOccurrences` did not.
    public func replacingScalar(_ old: Unicode.Scalar, with new: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if scalar == old { out.append(contentsOf: new.unicodeScalars) } else { out.append(scalar) }
        }
        return String(out)
    }
}
