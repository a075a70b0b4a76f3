import Foundation
import TendCore

/// people.toml, beside config.toml: who Tend can send appreciations to, and
/// how. Read fresh each time sending needs it, so an edit made in another
/// window counts at once. Written only when asked (the commented example on
/// first use, `tend people add` and `remove`), atomically, mode 0600.
public struct PeopleFile: Hashable, Sendable {
    public static let name = "people.toml"
    public let url: URL

    public init(url: URL) { self.url = url }

    public init(paths: StoragePaths) {
        self.init(url: paths.configDirectory.appendingPathComponent(Self.name))
    }

    public var path: String { url.path }

    /// Who can be reached, and any problems. Never fails: no file means
    /// nobody yet; an unreadable or broken one is named in `problems`.
    public func load() -> PeopleLoadResult {
        switch readText() {
        case .success(nil):
            return PeopleLoadResult(book: PeopleBook(), problems: [], fileExists: false)
        case .success(let text?):
            return PeopleParser.parse(text, file: path)
        case .failure(let error):
            let reason = if case .unreadable(_, let reason) = error { reason } else { "\(error)" }
            let problem = ConfigProblem(kind: .unreadable, file: path, key: "", found: reason,
                                        expected: "a readable UTF-8 text file; until then messages are copied instead")
            return PeopleLoadResult(book: PeopleBook(), problems: [problem], fileExists: true)
        }
    }

    /// Writes the commented example if there is no file. False, leaving
    /// everything alone, when one exists.
    @discardableResult
    public func createExample() throws(PeopleError) -> Bool {
        do {
            return try ConfigWriter.create(url, with: PeopleExample.text)
        } catch {
            if case .storage(let storage) = error { throw .storage(storage) }
            throw .unreadable(file: path, reason: "\(error)")
        }
    }

    /// Loads the file, writing the example first when there is none (what
    /// every use of sending does, so the user finds a file to edit).
    public func loadCreatingExample() -> PeopleLoadResult {
        _ = try? createExample()
        return load()
    }

    /// Makes `edit` (starting from the example when there is no file yet)
    /// and replaces the file in one step. Returns the entry replaced or
    /// removed. On any error the file is unchanged.
    @discardableResult
    public func apply(_ edit: PeopleEdit) throws(PeopleError) -> Contact? {
        let current: String
        switch readText() {
        case .success(let text): current = text ?? PeopleExample.text
        case .failure(let error): throw error
        }
        let (edited, previous) = try edit.applied(to: current, file: path)
        do {
            try ConfigWriter.replace(url, with: edited)
        } catch {
            if case .storage(let storage) = error { throw .storage(storage) }
            throw .unreadable(file: path, reason: "\(error)")
        }
        return previous
    }

    private func readText() -> Result<String?, PeopleError> {
        SettingsFile.text(at: path).mapError { .unreadable(file: path, reason: $0.reason) }
    }
}
