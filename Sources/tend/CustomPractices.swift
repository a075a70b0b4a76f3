import Foundation
import TendCore
import TendStorage

/// The practice library with the user's own cards from `practices.toml`
/// beside config.toml; problems in that file travel in `issues`.
enum CustomPractices {
    static func file(_ paths: StoragePaths) -> URL {
        paths.configDirectory.appendingPathComponent("practices.toml")
    }

    static func library(_ paths: StoragePaths) -> PracticeLibrary {
        let file = file(paths)
        return PracticeLibrary.load(customText: try? String(contentsOf: file, encoding: .utf8), customSource: file.path)
    }
}
