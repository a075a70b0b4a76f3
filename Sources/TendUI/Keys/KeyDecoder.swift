/// One unit of raw terminal input: a character, or a key code that ncurses
/// already recognised (arrows, function keys, resize).
public enum RawInput: Hashable, Sendable {
    case character(UInt32)
    case keyCode(Int32)
}

/// Turns raw input into `Key`s. Stateful across batches so that a paste or an
/// escape sequence split over two reads still decodes as one.
///
/// The run loop feeds every unit that is available without waiting as one
/// batch; an ESC at the end of a batch is a lone Escape press.
public struct KeyDecoder: Sendable {
    /// Key codes the decoder needs, supplied by the backend (ncurses values).
    public struct Codes: Sendable {
        public var up, down, left, right, home, end, pageUp, pageDown: Int32
        public var backspace, delete, enter, backTab, f1: Int32
        public init(up: Int32, down: Int32, left: Int32, right: Int32, home: Int32, end: Int32,
                    pageUp: Int32, pageDown: Int32, backspace: Int32, delete: Int32, enter: Int32,
                    backTab: Int32, f1: Int32) {
            self.up = up; self.down = down; self.left = left; self.right = right
            self.home = home; self.end = end; self.pageUp = pageUp; self.pageDown = pageDown
            self.backspace = backspace; self.delete = delete; self.enter = enter
            self.backTab = backTab; self.f1 = f1
        }
    }

    private let codes: Codes
    private var pending: [UInt32] = []  // an escape sequence being read
    private var paste: String.UnicodeScalarView? = nil

    private static let pasteStart: [UInt32] = Array("\u{1B}[200~".unicodeScalars.map(\.value))
    private static let pasteEnd: [UInt32] = Array("\u{1B}[201~".unicodeScalars.map(\.value))

    public init(codes: Codes) { self.codes = codes }

    /// Decodes one batch of input.
    public mutating func decode(_ batch: [RawInput]) -> [Key] {
        var keys: [Key] = []
        for input in batch {
            switch input {
            case .keyCode(let code):
                flushPending(into: &keys)
                if let key = key(forCode: code) { keys.append(key) }
            case .character(let value):
                feed(value, into: &keys)
            }
        }
        if paste == nil { flushPending(into: &keys) }
        return keys
    }

    private mutating func feed(_ value: UInt32, into keys: inout [Key]) {
        if paste != nil {
            pending.append(value)
            if Self.pasteEnd.starts(with: pending) {
                if pending == Self.pasteEnd {
                    keys.append(.paste(String(paste ?? .init())))
                    paste = nil
                    pending = []
                }
                return
            }
            for v in pending { if let s = Unicode.Scalar(v) { paste?.append(s) } }
            pending = []
            return
        }
        if !pending.isEmpty {
            pending.append(value)
            if pending == Self.pasteStart {
                paste = .init(); pending = []
            } else if !Self.pasteStart.starts(with: pending) {
                // ESC + one character is Alt+character; anything longer is an unknown sequence.
                if pending.count == 2, let s = Unicode.Scalar(value), value >= 0x20 {
                    keys.append(.alt(Character(s)))
                } else if pending.count == 2, value == 0x1B {
                    keys.append(.escape); pending = [0x1B]; return
                }
                pending = []
            }
            return
        }
        if value == 0x1B { pending = [value]; return }
        if let key = key(forCharacter: value) { keys.append(key) }
    }

    private mutating func flushPending(into keys: inout [Key]) {
        if pending == [0x1B] { keys.append(.escape) }
        pending = []
    }

    private func key(forCharacter value: UInt32) -> Key? {
        switch value {
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x7F, 0x08: return .backspace
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(value + 0x60)!))
        case 0x00..<0x20: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }

    private func key(forCode code: Int32) -> Key? {
        switch code {
        case codes.up: return .up
        case codes.down: return .down
        case codes.left: return .left
        case codes.right: return .right
        case codes.home: return .home
        case codes.end: return .end
        case codes.pageUp: return .pageUp
        case codes.pageDown: return .pageDown
        case codes.backspace: return .backspace
        case codes.delete: return .delete
        case codes.enter: return .enter
        case codes.backTab: return .backTab
        case codes.f1...(codes.f1 + 11): return .function(Int(code - codes.f1) + 1)
        default: return nil
        }
    }
}
