import Foundation
import TendCore
import TendStorage

/// The practice library with the user's own cards from `practices.toml`
/// beside config.toml; problems in that file travel in `issues`.
enum CustomPractices {
    static func library(_ paths: StoragePaths) -> PracticeLibrary {
        library(configDirectory: paths.configDirectory).library
    }

    /// The library, and why the custom file could not be read when it exists but is unreadable.
    static func library(configDirectory: URL) -> (library: PracticeLibrary, readError: String?) {
        let file = configDirectory.appendingPathComponent("practices.toml").path
        var text: String?, readError: String?
        switch SettingsFile.text(at: file) {
        case .success(let read): text = read
        case .failure(let problem): readError = "cannot read \(file) (\(problem.reason)); showing the built-in cards only."
        }
        return (PracticeLibrary.load(customText: text, customSource: file), readError)
    }
}
