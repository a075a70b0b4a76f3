import Foundation

/// A fresh folder under the system temp folder, removed when released.
public final class TemporaryDirectory: @unchecked Sendable {
    public let path: String

    public init(_ label: String = "tend") {
        let template = (NSTemporaryDirectory() as NSString).appendingPathComponent("\(label)-XXXXXX")
        var bytes = Array(template.utf8CString)
        let made = bytes.withUnsafeMutableBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress else { return false }
            return mkdtemp(base) != nil
        }
        let resolved = String(decoding: bytes.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        path = made ? resolved : (NSTemporaryDirectory() as NSString).appendingPathComponent("\(label)-\(UUID().uuidString)")
        if !made { try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
    }

    public var url: URL { URL(fileURLWithPath: path) }

    /// `path/relative`.
    public func appending(_ relative: String) -> String { path + "/" + relative }

    deinit {
        // Give folders back their write bit so a read-only test can be cleaned up.
        if let walker = FileManager.default.enumerator(atPath: path) {
            chmod(path, 0o700)
            for case let item as String in walker { chmod(path + "/" + item, 0o700) }
        }
        try? FileManager.default.removeItem(atPath: path)
    }
}
