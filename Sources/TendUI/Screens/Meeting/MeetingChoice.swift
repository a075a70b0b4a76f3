import TendCore

/// One line of the meeting chooser: open or close one of today's meetings,
/// or another meeting, named on the spot.
struct MeetingChoice: Hashable, Sendable {
    var part: MeetingPart
    /// The meeting's name; nil for "another meeting".
    var label: String?
    /// When it is due today: the start for an opener, the close for a round.
    var time: TimeOfDay?
    /// What has been done already ("✓ a breath together"), if anything.
    var done: String?

    var isAnother: Bool { label == nil }

    /// The choices for `day`: each meeting's opener and round, in the day's
    /// order, then another meeting to open or close.
    static func choices(for day: MeetingDay) -> [MeetingChoice] {
        var choices: [MeetingChoice] = []
        for entry in day.meetings {
            // A meeting held without a name has nothing to be chosen by; "another meeting" is its way in.
            guard let label = entry.label else { continue }
            let opened: String?
            if !entry.breaths.isEmpty {
                opened = "✓ a breath together"
            } else if case .appreciation(let a)? = entry.thanks.last?.payload {
                opened = "✓ a thank-you to \(a.person)"
            } else {
                opened = nil
            }
            choices.append(MeetingChoice(part: .open, label: label, time: entry.scheduled?.time, done: opened))
            choices.append(MeetingChoice(part: .close, label: label, time: entry.scheduled?.close,
                                         done: entry.isClosed ? "✓ the round" : nil))
        }
        return choices + [MeetingChoice(part: .open), MeetingChoice(part: .close)]
    }

    /// The choice to start on: the first not done yet whose time is at most
    /// half an hour past (or not set), else the first not done, else the first.
    static func startingIndex(in choices: [MeetingChoice], minute: Int) -> Int {
        let open = choices.indices.filter { choices[$0].done == nil && !choices[$0].isAnother }
        let current = open.first { index in
            guard let time = choices[index].time else { return choices[index].part == .open }
            return time.minutesSinceMidnight >= minute - 30
        }
        return current ?? open.first ?? 0
    }

    /// "Open stand-up", "Close another meeting".
    var name: String {
        let verb = part == .open ? "Open" : "Close"
        return "\(verb) \(label.map(SafeText.line) ?? "another meeting")"
    }

    /// The screen it opens.
    func route(label chosen: String? = nil) -> Route {
        let name = label ?? chosen
        return part == .open ? .meetingOpen(label: name) : .meetingClose(label: name)
    }
}
