/// The words around sending, from prompts.toml: the invitation, the email
/// subject, the question after the bedtime sentence, and what each outcome
/// says. `{name}`, `{command}`, `{address}` and `{when}` stand for what
/// their names say; `fill` puts them in.
public struct SendingWords: Hashable, Sendable {
    /// Added on the first send to a person, unless the config says otherwise.
    public var invite: String
    /// The subject of the email.
    public var subject: String
    public var offer: String
    public var resend: String
    public var throughCommand: String
    public var throughEmail: String
    public var noWay: String
    public var sending: String
    public var sent: String
    public var emailOpened: String
    public var copied: String
    public var copiedTmux: String
    public var terminal: String
    public var plain: String
    /// Browse's `c` when nothing can reach a clipboard.
    public var plainInBrowse: String
    public var failed: String
    public var kept: String
    public var inviteNote: String
    /// Sending through a shared folder: how it goes, that it went, that it
    /// was there already, a folder others can read, a missing `[me] name`,
    /// and a message sealed with age.
    public var throughShare = ""
    public var shared = ""
    public var alreadyShared = ""
    public var looseFolder = ""
    public var needsName = ""
    public var sealedNote = ""
    /// The gift page: its title and opening line.
    public var giftTitle: String
    public var giftOpening: String

    public init(invite: String = "", subject: String = "", offer: String = "", resend: String = "",
                throughCommand: String = "", throughEmail: String = "", noWay: String = "", sending: String = "",
                sent: String = "", emailOpened: String = "", copied: String = "", copiedTmux: String = "",
                terminal: String = "", plain: String = "", plainInBrowse: String = "", failed: String = "", kept: String = "",
                inviteNote: String = "", giftTitle: String = "", giftOpening: String = "") {
        self.invite = invite; self.subject = subject; self.offer = offer; self.resend = resend
        self.throughCommand = throughCommand; self.throughEmail = throughEmail; self.noWay = noWay
        self.sending = sending; self.sent = sent; self.emailOpened = emailOpened; self.copied = copied
        self.copiedTmux = copiedTmux; self.terminal = terminal; self.plain = plain; self.plainInBrowse = plainInBrowse; self.failed = failed
        self.kept = kept; self.inviteNote = inviteNote; self.giftTitle = giftTitle; self.giftOpening = giftOpening
    }

    /// `template` with each `{key}` of `values` replaced, in one pass.
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let tail = rest[rest.index(after: open)...]
            if let close = tail.firstIndex(of: "}"), let value = values[String(tail[..<close])] {
                out += value
                rest = tail[tail.index(after: close)...]
            } else {
                out += "{"
                rest = tail
            }
        }
        return out + rest
    }

    /// What a clipboard result says to the user about `name`.
    public func words(for result: ClipboardResult, name: String) -> String {
        switch result {
        case .copied(let tool) where tool == "tmux": return Self.fill(copiedTmux, ["name": name])
        case .copied: return Self.fill(copied, ["name": name])
        case .askedTerminal: return terminal
        case .unavailable: return plain
        }
    }
}
