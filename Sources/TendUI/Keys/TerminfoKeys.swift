/// The key sequences a terminal's terminfo entry names (`khome`, `kend`,
/// `kdch1`…), learned when the screen opens. The decoder tries them before
/// the common forms, so a terminal with its own idea of Home still works.
public struct TerminfoKeys: Sendable {
    /// The terminfo capability names Tend learns, and the key each one is.
    public static let capabilities: [(name: String, key: Key)] = [
        ("khome", .home), ("kend", .end), ("kich1", .insert), ("kdch1", .delete),
        ("kpp", .pageUp), ("knp", .pageDown), ("kcuu1", .up), ("kcud1", .down),
        ("kcub1", .left), ("kcuf1", .right), ("kcbt", .backTab), ("kent", .enter),
    ] + (1...12).map { ("kf\($0)", Key.function($0)) }

    private(set) var sequences: [[UInt8]: Key] = [:]
    /// The longest learned sequence: no need to look further than that.
    private(set) var longest = 0

    public init() {}

    /// Learns `bytes` as `key`. Only escape sequences are worth learning:
    /// single bytes (Backspace as ^H or ^?) decode the same everywhere.
    public mutating func learn(_ bytes: [UInt8], as key: Key) {
        guard bytes.count >= 3, bytes[0] == 0x1B, bytes[1] == UInt8(ascii: "[") || bytes[1] == UInt8(ascii: "O") else { return }
        if sequences[bytes] == nil { sequences[bytes] = key }
        longest = max(longest, bytes.count)
    }

    func key(for bytes: [UInt8]) -> Key? {
        bytes.count <= longest ? sequences[bytes] : nil
    }
}
