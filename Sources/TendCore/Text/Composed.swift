extension StringProtocol {
    /// The text in Unicode's composed form (NFC), "e" and a combining acute
    /// as "é": Foundation's `precomposedStringWithCanonicalMapping`, from
    /// the standard library, which needs no ICU.
    public var composed: String { String(decoding: String(self)._nfcCodeUnits, as: UTF8.self) }
}
