import TendCore
import TendJournalFormat

/// What one `tend sync` did, as one line for a person and one JSON object
/// for scripts (and for the app, which runs `tend sync --json` beside itself).
public struct SyncSummary: Hashable, Sendable {
    public enum State: String, Hashable, Sendable {
        /// Fetched, merged and sent.
        case synced
        /// Committed here; there is no remote to send to.
        case local
    }

    public var state: State
    /// Entries the other side had that this one did not.
    public var received: Int
    /// Entries sent to the remote.
    public var sent: Int
    /// Entries committed here (what `local` has kept).
    public var committed: Int
    /// The remote, fit to show (no password in it).
    public var remote: String?

    public init(state: State, received: Int = 0, sent: Int = 0, committed: Int = 0, remote: String? = nil) {
        self.state = state; self.received = received; self.sent = sent; self.committed = committed; self.remote = remote
    }

    /// "3 new from the other device, 2 sent."
    public var text: String {
        switch state {
        case .local:
            let kept = committed == 0 ? "Nothing new to keep" : "\(committed) kept in git here"
            return "\(kept); this folder has no remote to sync with yet (tend sync init REMOTE adds one)."
        case .synced:
            switch (received, sent) {
            case (0, 0): return "All in sync: nothing new on either side."
            case (_, 0): return "\(received) new from the other device."
            case (0, _): return "\(sent) sent; nothing new from the other device."
            default: return "\(received) new from the other device, \(sent) sent."
            }
        }
    }

    /// `{"status":"synced","received":3,"sent":2,"committed":2,"remote":"…","message":"…"}`
    public var jsonLine: [UInt8] { JSONLineWriter.line(jsonObject) }

    /// The members of `jsonLine`, for a command that adds its own.
    public var jsonObject: JSONObject {
        var object = JSONObject()
        object.add("status", state.rawValue)
        object.add("received", received)
        object.add("sent", sent)
        object.add("committed", committed)
        object.add("remote", remote)
        object.add("message", text)
        return object
    }
}

extension SyncError {
    /// `{"status":"failed","problem":"unreachable","passing":true,"message":"…"}`
    public var jsonLine: [UInt8] { JSONLineWriter.line(jsonObject) }

    /// The members of `jsonLine`, for a command that adds its own.
    public var jsonObject: JSONObject {
        var object = JSONObject()
        object.add("status", "failed")
        object.add("problem", code)
        object.add("passing", isPassing)
        object.add("message", description)
        return object
    }
}
