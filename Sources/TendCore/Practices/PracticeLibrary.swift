import Foundation
import TendContentTree
import TendResources

/// Every practice card Tend knows: the built-in cards compiled into the
/// binary, then the user's own from `practices.toml` beside config.toml.
///
/// Loading never fails: problems are collected in `issues` (each naming its
/// file and line) and everything usable still loads. The morning ritual,
/// the browser and `tend practices` all read cards from here.
public struct PracticeLibrary: Sendable {
    /// The name built-in problems are reported under.
    public static let builtInSource = "practices.toml (built in)"

    /// The built-in cards alone.
    public static let builtIn = PracticeLibrary.load()

    /// Built-in cards in file order, then custom cards in file order.
    public let practices: [Practice]
    /// Problems found while loading, in file order.
    public let issues: [ContentIssue]
    private let positions: [String: Int]

    /// A library of exactly these cards (the first of any repeated id wins).
    public init(practices: [Practice], issues: [ContentIssue] = []) {
        var positions: [String: Int] = [:]
        var kept: [Practice] = []
        for practice in practices where positions[practice.id] == nil {
            positions[practice.id] = kept.count
            kept.append(practice)
        }
        self.practices = kept
        self.issues = issues
        self.positions = positions
    }

    /// Loads the built-in cards and, when given, the text of the user's
    /// custom file. A custom card whose id is already built in is skipped
    /// with an issue; a broken custom file costs only its own cards.
    /// - Parameters:
    ///   - builtInText: the text of a built-in file; by default the cards
    ///     compiled in at build time (no TOML parsed at start).
    ///   - customText: the user's `practices.toml`, or nil when there is none.
    ///   - customSource: how to name the custom file in messages (its path).
    ///   - defaultFollowUp: the evening question for a custom card that
    ///     leaves `follow_up` out (by default the one in prompts.toml).
    public static func load(
        builtInText: String? = nil,
        customText: String? = nil,
        customSource: String = "practices.toml",
        defaultFollowUp: String = PromptLibrary.builtIn.followUpDefault
    ) -> PracticeLibrary {
        let builtInParser = PracticeFileParser(source: builtInSource, origin: .builtIn)
        let builtIn = builtInText.map { builtInParser.parse($0) }
            ?? builtInParser.read(CompiledContent.practices, lines: ContentLines { EmbeddedResources.practicesTOML })
        var practices = builtIn.entries.map(\.practice)
        var issues = builtIn.issues
        guard let customText else {
            checkNext(builtIn.entries, source: builtInSource, among: &practices, issues: &issues)
            return PracticeLibrary(practices: practices, issues: issues)
        }

        let custom = PracticeFileParser(source: customSource, origin: .custom, defaultFollowUp: defaultFollowUp)
            .parse(customText)
        issues += custom.issues
        let builtInIDs = Set(practices.map(\.id))
        for entry in custom.entries {
            let id = entry.practice.id
            guard !builtInIDs.contains(id) else {
                issues.append(ContentIssue(
                    source: customSource, line: entry.idLine, cardID: id,
                    cardPosition: entry.position, problem: .clashesWithBuiltIn(id)
                ))
                continue
            }
            practices.append(entry.practice)
        }
        checkNext(builtIn.entries, source: builtInSource, among: &practices, issues: &issues)
        checkNext(custom.entries, source: customSource, among: &practices, issues: &issues)
        return PracticeLibrary(practices: practices, issues: issues)
    }

    /// Drops a `next` that names no loaded card (or the card itself), with an
    /// issue; the card itself still loads.
    private static func checkNext(_ entries: [PracticeFileParser.Entry], source: String, among practices: inout [Practice],
                                  issues: inout [ContentIssue]) {
        let ids = Set(practices.map(\.id))
        for entry in entries {
            guard let next = entry.practice.next, !ids.contains(next) || next == entry.practice.id,
                  let index = practices.firstIndex(where: { $0.id == entry.practice.id && $0.source == entry.practice.source })
            else { continue }
            practices[index].next = nil
            issues.append(ContentIssue(source: source, line: entry.nextLine ?? entry.idLine, cardID: entry.practice.id,
                                       cardPosition: entry.position, problem: .unusableNext(next)))
        }
    }

    /// The card with this id (case and surrounding spaces ignored), if any.
    public func practice(withID id: String) -> Practice? {
        let key = id.trimmingSpaces.lowercased()
        return positions[key].map { practices[$0] }
    }

    /// The cards of one group, in library order.
    public func practices(in group: PracticeGroup) -> [Practice] {
        practices.filter { $0.group == group }
    }

    /// The cards meant for this audience, in library order.
    public func practices(for audience: Audience) -> [Practice] {
        practices.filter { $0.audiences.contains(audience) }
    }

    /// The cards the user's preferences allow: in their groups, for their
    /// people, and not hidden.
    public func practices(matching preferences: PracticePreferences) -> [Practice] {
        practices.filter(preferences.admits)
    }

    /// The built-in cards only.
    public var builtInPractices: [Practice] { practices.filter { $0.source == .builtIn } }

    /// The user's own cards only.
    public var customPractices: [Practice] { practices.filter { $0.source == .custom } }
}
