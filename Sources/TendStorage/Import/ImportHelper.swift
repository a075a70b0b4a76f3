import Foundation
import TendCore
import TendProcess
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `tend-import`, the program that reads Day One's zip and CSV files for
/// `tend import`. The libraries it reads them with (ZIPFoundation, CSV.swift)
/// bring Foundation's ICU with them, 40 MB that `tend` itself need not carry;
/// so, as git does with its helpers, they live in a program of their own,
/// installed beside `tend` or in `../libexec/tend/` from its folder.
public struct ImportHelper: Hashable, Sendable {
    public static let name = "tend-import"
    /// However large the file, reading it never takes this long.
    static let timeLimit = 600.0

    /// What it reads; the raw value is the word that asks for it.
    public enum Format: String, Hashable, Sendable {
        case zip, csv
    }

    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Where it may be for the tend binary at `executable` (its real path,
    /// links followed), in the order looked at: beside it, then the
    /// installed place, `../libexec/tend/`.
    public static func places(forExecutable executable: String) -> [String] {
        let folder = parent(realPath(executable))
        return [join(folder, name), join(parent(folder), "libexec/tend/" + name)]
    }

    /// The first of `places` that is an executable file.
    public static func find(forExecutable executable: String, reading format: Format) throws(StorageError) -> ImportHelper {
        let places = places(forExecutable: executable)
        if let place = places.first(where: ExecutableSearch.isExecutableFile) { return ImportHelper(path: place) }
        throw .importHelperMissing(format: format, places: places)
    }

    /// The JSON files inside a Day One export zip, in the archive's order.
    public func jsonFiles(inZip bytes: [UInt8]) throws(StorageError) -> [(name: String, bytes: [UInt8])] {
        let output = try answer(.zip, bytes)
        let read: Result<[(name: String, bytes: [UInt8])], HelperAnswerReader.ArchiveUnreadable>
        do throws(HelperAnswerReader.Garbled) {
            read = try HelperAnswerReader.jsonFiles(output)
        } catch {
            throw Self.garbled
        }
        switch read {
        case .success(let files): return files
        case .failure(let unreadable): throw .unreadableImport(reason: unreadable.reason)
        }
    }

    /// A CSV file's header and rows.
    public func csvRecords(_ bytes: [UInt8]) throws(StorageError) -> CSVRecords {
        let output = try answer(.csv, bytes)
        do throws(HelperAnswerReader.Garbled) {
            return try HelperAnswerReader.csvRecords(output)
        } catch {
            throw Self.garbled
        }
    }

    private static let garbled = StorageError.importHelperFailed(reason: "answered in lines this tend cannot read (is it from another version of Tend?)")

    /// What it wrote, given `bytes` on its standard input, when it ended well.
    private func answer(_ format: Format, _ bytes: [UInt8]) throws(StorageError) -> [UInt8] {
        let output: ProcessRunner.Output
        do {
            output = try ProcessRunner.run([path, format.rawValue], environment: ProcessInfo.processInfo.environment,
                                           timeLimit: Self.timeLimit, input: bytes, outputLimit: .max)
        } catch {
            throw .importHelperFailed(reason: "could not be started (\(error))")
        }
        if output.timedOut {
            throw .importHelperFailed(reason: "was still reading after \(Int(Self.timeLimit)) seconds and was stopped")
        }
        guard output.status == 0 else {
            let said = output.stderrText.split(whereSeparator: \.isNewline).first.map { ": " + SafeText.line(String($0.prefix(200))) } ?? ""
            throw .importHelperFailed(reason: "stopped with status \(output.status)\(said)")
        }
        return output.stdout
    }

    private static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
