/// Syncing between devices (`[sync]`). The table being there is the switch:
/// `tend sync init` adds it, and with it the app syncs when it opens and
/// closes; deleting it turns that off (`tend sync` by hand still works).
public struct SyncOptions: Hashable, Sendable {
    /// The minutes `tend remind` may use.
    public static let everyMinutesRange = 5...1440
    public static let standardEveryMinutes = 30

    /// True when config.toml has a `[sync]` table.
    public var isEnabled: Bool
    /// How often `tend remind` syncs in the background; 0 leaves it to the app.
    public var everyMinutes: Int

    public init(isEnabled: Bool = false, everyMinutes: Int = standardEveryMinutes) {
        self.isEnabled = isEnabled
        self.everyMinutes = everyMinutes
    }

    /// Seconds between background syncs, or nil when `tend remind` should not sync.
    public var backgroundInterval: Double? {
        isEnabled && everyMinutes > 0 ? Double(everyMinutes) * 60 : nil
    }
}
