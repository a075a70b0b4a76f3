import Foundation
import TendCore
import TendStorage
import TendUI

/// Notices a letter arriving while the app is open (Syncthing brings it in
/// the middle of an evening): at most every `interval` seconds, when the run
/// loop wakes anyway, it looks at the size and time of the letters files in
/// the shared folders, and reads the letters again only when one changed.
final class LetterWatch: BackgroundWork {
    static let interval = 20.0

    private var watch: LetterFolderWatch
    private let reload: () -> Event?
    private var lastLook = Date()

    /// nil when there is no folder to watch (no `[me] name`, or nothing shared).
    init?(folders: [String], reload: @escaping () -> Event?) {
        guard !folders.isEmpty else { return nil }
        watch = LetterFolderWatch(folders: folders)
        self.reload = reload
    }

    func begin() {
        _ = watch.hasChanged()
        lastLook = Date()
    }

    var recheckInterval: Double? { nil }

    func collect() -> [Event] {
        guard Date().timeIntervalSince(lastLook) >= Self.interval else { return [] }
        lastLook = Date()
        guard watch.hasChanged() else { return [] }
        return reload().map { [$0] } ?? []
    }
}

/// Several pieces of background work as one, for the run loop.
final class BackgroundGroup: BackgroundWork {
    private let members: [any BackgroundWork]

    /// nil when there is nothing to run.
    init?(_ members: [(any BackgroundWork)?]) {
        let present = members.compactMap { $0 }
        guard !present.isEmpty else { return nil }
        self.members = present
    }

    func begin() { members.forEach { $0.begin() } }

    func collect() -> [Event] { members.flatMap { $0.collect() } }

    var recheckInterval: Double? { members.compactMap(\.recheckInterval).min() }
}
