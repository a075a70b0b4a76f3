/// Day One's export zip. Its JSON files are read out of it by tend-import
/// (`ImportHelper.jsonFiles(inZip:)`); photos and the rest are left in it.
public enum DayOneArchive {
    /// A zip starts with `PK\u{3}\u{4}` (or is an empty one, `PK\u{5}\u{6}`).
    public static func isZip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && (bytes[2] == 3 || bytes[2] == 5)
    }
}
