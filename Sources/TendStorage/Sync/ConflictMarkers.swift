/// Finds the lines git writes around a merge it could not finish
/// (`<<<<<<< ours`, `=======`, `>>>>>>> theirs`, and `|||||||` in diff3
/// style). A journal line always starts with `{`, so a marker can never be
/// mistaken for an entry, nor an entry for a marker.
public enum ConflictMarkers {
    /// The 1-based numbers of the marker lines in `bytes`.
    public static func lines(in bytes: [UInt8]) -> [Int] {
        var found: [Int] = []
        var number = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            if isMarker(line) { found.append(number) }
        }
        return found
    }

    /// True for one marker line (without its newline).
    public static func isMarker(_ line: ArraySlice<UInt8>) -> Bool {
        guard line.count >= 7, let first = line.first, Self.markerBytes.contains(first),
              line.prefix(7).allSatisfy({ $0 == first }) else { return false }
        var rest = line.dropFirst(7)
        if rest.last == 0x0D { rest = rest.dropLast() }
        if rest.isEmpty { return true }
        // `<<<<<<< HEAD` names a side after a space; `=======` stands alone.
        return first != UInt8(ascii: "=") && rest.first == 0x20
    }

    private static let markerBytes: [UInt8] = [UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "="), UInt8(ascii: "|")]
}
