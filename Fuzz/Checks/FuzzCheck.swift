/// A check of one parser of outside bytes, given any input: nil when all is
/// well, else what disagreed. `make fuzz` runs each under libFuzzer (which
/// keeps an input that fails), and the tests run every input ever found.
///
/// A new check is a file here and one line in `all` (and its name in the
/// Makefile's `FUZZ_TARGETS`).
public struct FuzzCheck: Sendable {
    public let name: String
    public let check: @Sendable ([UInt8]) -> String?

    public init(name: String, check: @escaping @Sendable ([UInt8]) -> String?) {
        self.name = name
        self.check = check
    }

    public static let all: [FuzzCheck] = [
        JournalLineCheck.check,
        JournalFileCheck.check,
        ImportCheck.check,
        CacheCodecCheck.check,
        KeyDecoderCheck.check,
    ]

    public static func named(_ name: String) -> FuzzCheck? {
        all.first { $0.name == name }
    }
}
