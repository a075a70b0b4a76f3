import TendCore

/// The one place that builds screens: a route in, a screen out, from the
/// context the app has now.
public enum ScreenFactory {
    /// The screen for `route`; `below` is the screen it opens over (help lists its keys).
    public static func make(_ route: Route, context: ScreenContext, below: (any Screen)? = nil) -> any Screen {
        switch route {
        case .home: return HomeScreen()
        case .checkIn(let endsApp): return CheckInScreen(context: context, endsApp: endsApp)
        case .pause(let options):
            return PauseScreen(seconds: options.seconds, intention: options.intention, animated: options.animated,
                               endsApp: options.endsApp, context: context)
        case .thanks(let endsApp): return ThanksScreen(endsApp: endsApp)
        case .repair(let endsApp): return RepairScreen(context: context, endsApp: endsApp)
        case .repairWith(let who): return RepairScreen(context: context, who: who)
        case .meetingOpen(let label, let endsApp, let animated):
            return MeetingOpenScreen(label: label, context: context, animated: animated, endsApp: endsApp)
        case .meetingClose(let label, let endsApp): return MeetingCloseScreen(label: label, endsApp: endsApp)
        case .meetings: return MeetingChooserScreen(context: context)
        case .tally(let tone): return TallyScreen(tone: tone)
        case .browse: return BrowseScreen(context: context)
        case .week: return WeekScreen(context: context)
        case .letters: return LettersScreen(context: context)
        case .help: return HelpScreen(for: below ?? HomeScreen())
        case .draftOffer(let draft, let replacesRoot): return DraftOfferScreen(offering: draft, replacesRoot: replacesRoot)
        case .focus, .library, .reflection, .review: return FocusScreens.make(route, context: context)
        case .resume(let draft, let endsApp):
            switch draft.kind {
            case .appreciation where !draft["meeting"].isEmpty:
                return MeetingOpenScreen(resuming: draft, context: context, endsApp: endsApp)
            case .appreciation: return ThanksScreen(resuming: draft, endsApp: endsApp)
            case .meeting: return MeetingCloseScreen(resuming: draft, endsApp: endsApp)
            case .repair: return RepairScreen(resuming: draft, context: context, endsApp: endsApp)
            case .checkIn: return CheckInScreen(resuming: draft, context: context, endsApp: endsApp)
            case .tally: return TallyScreen(resuming: draft)
            case .reflection, .review: return FocusScreens.resume(draft, context: context, endsApp: endsApp)
            }
        }
    }
}
