import Foundation
import TendCore

/// config.toml on disk: loading it (a missing file means the defaults, with
/// no fuss), writing the commented default, and making `tend schedule` edits
/// that keep the user's comments. Nothing here rewrites the file unasked.
public struct ConfigFile: Hashable, Sendable {
    public let url: URL

    public init(url: URL) { self.url = url }

    public init(paths: StoragePaths) { self.init(url: paths.configFile) }

    public var path: String { url.path }

    /// The settings to run with and any problems in the file. Never fails:
    /// an absent file gives the defaults and no problems; an unreadable or
    /// broken one gives the defaults (for the broken parts) and says why.
    public func load() -> ConfigLoadResult {
        switch readText() {
        case .success(nil):
            return ConfigLoadResult(config: .defaults, problems: [], fileExists: false)
        case .success(let text?):
            return ConfigParser.parse(text, file: path)
        case .failure(let error):
            let reason = if case .unreadable(_, let reason) = error { reason } else { "\(error)" }
            let problem = ConfigProblem(kind: .unreadable, file: path, key: "", found: reason,
                                        expected: "a readable UTF-8 text file; Tend is using its defaults")
            return ConfigLoadResult(config: .defaults, problems: [problem], fileExists: true)
        }
    }

    /// Writes the commented default file if there is none. Returns false,
    /// leaving the file alone, when one already exists.
    @discardableResult
    public func createDefault() throws(ConfigError) -> Bool {
        try ConfigWriter.create(url, with: DefaultConfig.text)
    }

    /// Makes `edit` to the file (starting from the commented default if there
    /// is none yet) and replaces it atomically. On any error the file is unchanged.
    public func apply(_ edit: ConfigEdit) throws(ConfigError) {
        let current: String
        switch readText() {
        case .success(let text): current = text ?? DefaultConfig.text
        case .failure(let error): throw error
        }
        let edited = try edit.applied(to: current, file: path)
        try ConfigWriter.replace(url, with: edited)
    }

    /// The file's text; nil when there is no file.
    private func readText() -> Result<String?, ConfigError> {
        SettingsFile.text(at: path).mapError { .unreadable(file: path, reason: $0.reason) }
    }
}
