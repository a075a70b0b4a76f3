/// The bytes of one bracketed paste, collected until the end marker
/// `ESC [ 201 ~`. Linear in the paste: each byte is looked at once, and a
/// paste past the limit is counted, not kept, so refusing it costs nothing.
struct PasteCollector: Sendable {
    static let endMarker: [UInt8] = Array("\u{1B}[201~".utf8)

    let limit: Int
    private var content: [UInt8] = []
    /// Content bytes seen, kept or not.
    private(set) var byteCount = 0
    /// How much of the end marker the latest bytes match.
    private var matched = 0

    init(limit: Int) { self.limit = limit }

    var isOversized: Bool { byteCount > limit }

    /// Takes one byte; true when it completed the end marker.
    mutating func take(_ byte: UInt8) -> Bool {
        if byte == Self.endMarker[matched] {
            matched += 1
            guard matched == Self.endMarker.count else { return false }
            matched = 0
            return true
        }
        // Not the marker after all: what matched is text. The marker's only
        // ESC is its first byte, so a mismatched ESC may start the real one.
        keepMatchedPrefix()
        if byte == Self.endMarker[0] { matched = 1 } else { keep(byte) }
        return false
    }

    /// The paste as one key. A paste cut off before its end marker keeps
    /// whatever part of the marker came, as text.
    mutating func finish() -> Key {
        keepMatchedPrefix()
        if isOversized { return .oversizedPaste(byteCount: byteCount) }
        return .paste(String(decoding: content, as: UTF8.self))
    }

    private mutating func keepMatchedPrefix() {
        for byte in Self.endMarker.prefix(matched) { keep(byte) }
        matched = 0
    }

    private mutating func keep(_ byte: UInt8) {
        byteCount += 1
        if byteCount <= limit {
            content.append(byte)
        } else if !content.isEmpty {
            content = [] // refused: let the memory go at once
        }
    }
}
