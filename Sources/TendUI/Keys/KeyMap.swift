/// One line of key help: the keys as the user reads them, and what they do.
public struct KeyHelp: Hashable, Sendable {
    public var keys: String
    public var action: String
    /// The screen's main action, which a narrow footer never drops.
    public var isMain: Bool

    /// - Parameter isMain: nil makes Enter (the key that chooses) the main action.
    public init(_ keys: String, _ action: String, isMain: Bool? = nil) {
        self.keys = keys; self.action = action; self.isMain = isMain ?? (keys == "Enter")
    }
}

/// A key binding: the keys, the intent they trigger, and the help text.
public struct KeyBinding<Intent: Sendable>: Sendable {
    public var keys: [Key]
    public var help: KeyHelp
    public var intent: Intent
    /// The short word shown in the footer (the few keys that matter on a
    /// screen); nil when the binding is only listed in `?`.
    public var footerAction: String?

    /// - Parameter main: whether this is the screen's main action, which the
    ///   footer keeps however narrow the window; nil means "when it is Enter".
    public init(_ keys: [Key], _ label: String, _ action: String, _ intent: Intent, footer: String? = nil,
                main: Bool? = nil) {
        self.keys = keys; help = KeyHelp(label, action, isMain: main); self.intent = intent; footerAction = footer
    }
}

/// The single source of a screen's keys: dispatch, the footer and the help
/// screen are all generated from it, so they can never disagree.
public struct KeyMap<Intent: Sendable>: Sendable {
    public var bindings: [KeyBinding<Intent>]

    public init(_ bindings: [KeyBinding<Intent>]) { self.bindings = bindings }

    /// The intent bound to `key`, if any.
    public func intent(for key: Key) -> Intent? {
        if let binding = bindings.first(where: { $0.keys.contains(key) }) { return binding.intent }
        // A modified key no binding names acts as the plain key: Shift-Down moves down.
        if case .modified = key { return intent(for: key.unmodified) }
        return nil
    }

    /// Every binding's help, for `?`.
    public var help: [KeyHelp] { bindings.map(\.help) }

    /// The bindings that belong in the footer, with their short words.
    public var footer: [KeyHelp] {
        bindings.compactMap { b in b.footerAction.map { KeyHelp(b.help.keys, $0, isMain: b.help.isMain) } }
    }

    /// Both lists, as a screen hands them to the frame.
    public var keyHelp: ScreenKeys { ScreenKeys(all: help, footer: footer) }
}

/// A screen's keys as the frame shows them: all of them in `?`, a few in the footer.
public struct ScreenKeys: Hashable, Sendable {
    public var all: [KeyHelp]
    public var footer: [KeyHelp]
    public init(all: [KeyHelp], footer: [KeyHelp]) { self.all = all; self.footer = footer }
}

extension KeyBinding: Equatable where Intent: Equatable {}
extension KeyBinding: Hashable where Intent: Hashable {}
extension KeyMap: Equatable where Intent: Equatable {}
extension KeyMap: Hashable where Intent: Hashable {}

extension KeyBinding {
    /// The same keys and help, bound to another intent (a component's keys in a screen's map).
    public func map<Other: Sendable>(_ transform: (Intent) -> Other) -> KeyBinding<Other> {
        var binding = KeyBinding<Other>(keys, help.keys, help.action, transform(intent), footer: footerAction)
        binding.help = help
        return binding
    }
}
