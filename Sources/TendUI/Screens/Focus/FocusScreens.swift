import TendCore

/// Builds the screens of a week's focus for `ScreenFactory`: `f` on home
/// opens the look back when it is due, the week when one runs, and the
/// library to choose one when none does.
enum FocusScreens {
    static func make(_ route: Route, context: ScreenContext) -> any Screen {
        switch route {
        case .focus:
            guard let focus = context.focus else { return LibraryScreen(context: context) }
            return focus.isReflectionDue ? ReflectionScreen(focus: focus, context: context) : FocusScreen(context: context)
        case .reflection(let endsApp):
            guard let focus = context.focus, focus.isReflectionDue else { return FocusScreen(context: context) }
            return ReflectionScreen(focus: focus, context: context, endsApp: endsApp)
        case .review(let endsApp):
            return ReviewScreen(context: context, endsApp: endsApp)
        default:
            return LibraryScreen(context: context)
        }
    }

    /// The look back or the review of a draft, with its words back in place.
    static func resume(_ draft: Draft, context: ScreenContext, endsApp: Bool) -> any Screen {
        if draft.kind == .review { return ReviewScreen(resuming: draft, context: context, endsApp: endsApp) }
        guard let focus = context.focus, focus.isReflectionDue, focus.week.id.rawValue == draft["focus"] else { return FocusScreen(context: context) }
        return ReflectionScreen(resuming: draft, focus: focus, context: context, endsApp: endsApp)
    }
}
