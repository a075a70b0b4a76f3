import TendCore

/// Appends little-endian numbers and length-prefixed strings to a byte array.
struct BinaryWriter {
    var bytes: [UInt8] = []

    mutating func byte(_ value: UInt8) {
        bytes.append(value)
    }

    mutating func word(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func int(_ value: Int) {
        word(UInt64(bitPattern: Int64(value)))
    }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            withUnsafeBytes(of: UInt32(utf8.count).littleEndian) { bytes.append(contentsOf: $0) }
            bytes.append(contentsOf: utf8)
        }
    }

    /// nil is written as the length 0xFFFFFFFF, which no string has here.
    mutating func optionalString(_ value: String?) {
        guard let value else { return withUnsafeBytes(of: UInt32.max) { bytes.append(contentsOf: $0) } }
        string(value)
    }

    mutating func optionalBool(_ value: Bool?) {
        byte(value.map { $0 ? 1 : 0 } ?? 2)
    }

    /// A flag byte, then the instant and the offset when there is a time.
    mutating func optionalTime(_ value: LocalTime?) {
        guard let value else { return byte(0) }
        byte(1)
        word(UInt64(bitPattern: value.secondsSince1970))
        int(value.utcOffsetSeconds)
    }

    /// A choice's position, or 0xFF for none.
    mutating func optionalChoice(_ position: UInt8?) {
        byte(position ?? 0xFF)
    }
}

/// Reads what `BinaryWriter` wrote; every read is checked against the end,
/// and gives nil past it or on a value that cannot be.
struct BinaryReader {
    let bytes: UnsafeRawBufferPointer
    private(set) var offset = 0
    private var strings = StringTable()

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func byte() -> UInt8? {
        guard offset < bytes.count else { return nil }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func word() -> UInt64? {
        guard offset + 8 <= bytes.count else { return nil }
        defer { offset += 8 }
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    mutating func int() -> Int? {
        word().map { Int(truncatingIfNeeded: Int64(bitPattern: $0)) }
    }

    /// The bytes of a string, read in place.
    mutating func utf8() -> UnsafeBufferPointer<UInt8>? {
        guard offset + 4 <= bytes.count else { return nil }
        let length = Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
        guard length <= bytes.count - offset - 4 else { return nil }
        defer { offset += 4 + length }
        return UnsafeBufferPointer(rebasing: bytes.assumingMemoryBound(to: UInt8.self)[offset + 4..<offset + 4 + length])
    }

    mutating func string() -> String? {
        guard let utf8 = utf8() else { return nil }
        return strings.string(utf8)
    }

    /// `.some(nil)` for a written nil, nil for a damaged value.
    mutating func optionalString() -> String?? {
        guard offset + 4 <= bytes.count else { return nil }
        if bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self) == UInt32.max {
            offset += 4
            return .some(nil)
        }
        return string().map { .some($0) }
    }

    mutating func optionalBool() -> Bool?? {
        switch byte() {
        case 0: return .some(false)
        case 1: return .some(true)
        case 2: return .some(nil)
        default: return nil
        }
    }

    /// `.some(nil)` for a written nil, nil for a damaged value.
    mutating func optionalTime() -> LocalTime?? {
        switch byte() {
        case 0: return .some(nil)
        case 1:
            guard let seconds = word(), let offset = int() else { return nil }
            return .some(LocalTime(secondsSince1970: Int64(bitPattern: seconds), utcOffsetSeconds: offset))
        default: return nil
        }
    }

    /// `.some(nil)` for a written 0xFF, nil for a damaged value.
    mutating func optionalChoice<T>(_ cases: [T]) -> T?? {
        guard let index = byte() else { return nil }
        if index == 0xFF { return .some(nil) }
        return Int(index) < cases.count ? .some(cases[Int(index)]) : nil
    }

    /// One of `cases`, by its position.
    mutating func choice<T>(_ cases: [T]) -> T? {
        guard let index = byte(), Int(index) < cases.count else { return nil }
        return cases[Int(index)]
    }
}
