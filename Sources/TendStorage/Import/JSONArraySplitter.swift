/// Finds the elements of a top-level JSON array without parsing them: their
/// byte ranges and the line each starts on, so one broken element is named
/// by its position and the others still read. Strings (with escapes) and
/// nesting are followed; everything else is left to the element's parser.
/// Pure, so it can be fuzzed.
public enum JSONArraySplitter {
    /// One element: bytes `start..<end` (trimmed), its 1-based index and line.
    public struct Element: Hashable, Sendable {
        public let index: Int
        public let line: Int
        public let start: Int
        public let end: Int
    }

    /// Why the array itself cannot be followed.
    public struct Failure: Error, Hashable, Sendable {
        public let line: Int
        public let reason: String
    }

    /// True when the first byte that is not whitespace (or a UTF-8 byte-order mark) is `[`.
    public static func looksLikeArray(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        return index < bytes.count && bytes[index] == UInt8(ascii: "[")
    }

    /// The elements of the array that `bytes` holds (after optional whitespace).
    public static func elements(in bytes: UnsafeBufferPointer<UInt8>) -> Result<[Element], Failure> {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        while index < bytes.count, isSpace(bytes[index]) {
            if bytes[index] == 0x0A { line += 1 }
            index += 1
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else {
            return .failure(Failure(line: line, reason: "the file does not start with ["))
        }
        index += 1
        var elements: [Element] = []
        var depth = 0, inString = false, escaped = false
        var start: Int? = nil, startLine = line, closed = false
        func finish(at end: Int) {
            guard let begin = start else { return }
            var last = end
            while last > begin, isSpace(bytes[last - 1]) { last -= 1 }
            elements.append(Element(index: elements.count + 1, line: startLine, start: begin, end: last))
            start = nil
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A { line += 1 }
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if depth == 0 {
                    guard byte == UInt8(ascii: "]") else { return .failure(Failure(line: line, reason: "a } closes nothing")) }
                    finish(at: index)
                    closed = true
                } else {
                    depth -= 1
                }
            case UInt8(ascii: ",") where depth == 0:
                guard start != nil else { return .failure(Failure(line: line, reason: "an empty place between two commas")) }
                finish(at: index)
            default:
                break
            }
            if closed { index += 1; break }
            if start == nil, !isSpace(byte), !(byte == UInt8(ascii: ",") && depth == 0) {
                start = index
                startLine = line
            }
            index += 1
        }
        guard closed else {
            return .failure(Failure(line: line, reason: inString ? "a text is not closed before the end" : "the array is not closed with ]"))
        }
        while index < bytes.count, isSpace(bytes[index]) {
            if bytes[index] == 0x0A { line += 1 }
            index += 1
        }
        guard index == bytes.count else { return .failure(Failure(line: line, reason: "there is more after the closing ]")) }
        return .success(elements)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
