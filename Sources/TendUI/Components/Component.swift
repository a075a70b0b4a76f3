/// The contract every part of a screen follows, and every screen too: its
/// own state (a value, `Equatable`, so a test compares it), the keys it
/// answers (merged into the screen's footer and `?`), `update` that turns
/// an event into effects, and `render` that draws into whatever area it is
/// given, cutting or wrapping to fit, never writing outside it.
///
/// Models: ratatui's `StatefulWidget` (render receives the area) and
/// Bubbles' components (each with its own key map, merged into the help).
public protocol Component: Equatable, Sendable {
    /// The keys this part answers: all of them for `?`, a few for the footer.
    var keyHelp: ScreenKeys { get }
    /// Reacts to an event. Pure: what should happen comes back as effects.
    mutating func update(_ event: Event, context: ScreenContext) -> [Effect]
    /// Draws into `area`, fitted to it.
    func render(into canvas: inout Canvas, area: Rect, context: ScreenContext)
}

extension ScreenKeys {
    /// No keys.
    public static let none = ScreenKeys(all: [], footer: [])

    /// These keys, then `other`'s: a screen's own first, its parts' after.
    public func merged(with other: ScreenKeys) -> ScreenKeys {
        ScreenKeys(all: all + other.all.filter { !all.contains($0) }, footer: footer + other.footer)
    }
}
