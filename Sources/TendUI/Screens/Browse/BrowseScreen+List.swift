import TendCore

extension BrowseScreen {
    mutating func inList(_ intent: Intent, context: ScreenContext) -> [Effect] {
        let height = BrowseLayout.listHeight(context)
        if let move = intent.move { list.apply(move, height: height); return [] }
        switch intent {
        case .open:
            guard !list.isEmpty else { return [] }
            mode = .detail
            detailScroll = 0
        case .search:
            search.begin(at: list.selected)
        case .nextMatch, .previousMatch:
            return step(toMatch: intent == .nextMatch, context: context)
        case .toggleKinds:
            filter.appreciationsOnly.toggle()
            rebuild(keeping: list.selectedPosition, context: context)
        case .people:
            mode = .people(PeopleView(index: index, pageHeight: BrowseLayout.peopleHeight(context)))
        case .month:
            mode = .jumping(LineEditor(limit: 40))
        case .onThisDay:
            filter.scope = .onThisDay(context.today)
            rebuild(keeping: nil, context: context)
        case .edit: return startEditing(fromDetail: false)
        case .delete:
            guard !list.isEmpty else { return [] }
            mode = .confirmingDelete(fromDetail: false)
        case .copy: return copy(context)
        case .send: return startSending(fromDetail: false)
        case .unsent:
            filter.unsentOnly.toggle()
            rebuild(keeping: list.selectedPosition, context: context)
        case .back:
            if search.isActive {
                search.clear()
            } else if filter.scope != .everyone {
                filter.scope = .everyone
                rebuild(keeping: list.selectedPosition, context: context)
            } else if filter.unsentOnly {
                filter.unsentOnly = false
                rebuild(keeping: list.selectedPosition, context: context)
            } else {
                return [.pop]
            }
        default: break
        }
        return []
    }

    mutating func searching(_ intent: Intent, context: ScreenContext) -> [Effect] {
        switch intent {
        case .accept:
            search.accept()
            if search.isActive, search.matches.isEmpty {
                return [.report(Report("Nothing matches “\(search.text)”."))]
            }
        case .cancel:
            search.clear()
            list.select(search.origin, height: BrowseLayout.listHeight(context))
        case .nextMatch, .previousMatch:
            return step(toMatch: intent == .nextMatch, context: context)
        default: break
        }
        return []
    }

    /// `n` / `N`: the next or previous match, wrapping round.
    mutating func step(toMatch forward: Bool, context: ScreenContext) -> [Effect] {
        guard search.isActive else { return [.report(Report("Press / to search first."))] }
        guard let target = search.match(after: list.selected, forward: forward) else {
            return [.report(Report("Nothing matches “\(search.text)”."))]
        }
        let wrapped = forward ? target <= list.selected : target >= list.selected
        list.select(target, height: BrowseLayout.listHeight(context))
        detailScroll = 0
        if wrapped, search.matches.count > 1 {
            return [.report(Report(forward ? "Back to the newest match." : "On to the oldest match."))]
        }
        return []
    }

    mutating func inPeople(_ intent: Intent, people: PeopleView, context: ScreenContext) -> [Effect] {
        var people = people
        if let move = intent.move {
            people.list.apply(move)
            mode = .people(people)
            return []
        }
        switch intent {
        case .open:
            guard let row = people.selectedRow else { return [] }
            filter.scope = .person(row.person)
            search.clear()
            mode = .list
            rebuild(keeping: nil, context: context)
            return []
        case .back:
            mode = .list
            return []
        default: break
        }
        mode = .people(people)
        return []
    }

    mutating func jumping(_ intent: Intent, field: LineEditor, context: ScreenContext) -> [Effect] {
        guard intent == .accept else { mode = .list; return [] }
        guard let month = MonthJump.parse(field.text, today: context.today) else {
            return [.report(Report("Try a month like 2025-03, or “march 2025”."))]
        }
        mode = .list
        let name = MonthJump.name(of: month)
        let last = Int32(month.lastDay.daysSinceEpoch)
        let height = BrowseLayout.listHeight(context)
        guard let offset = list.firstOffset(where: { index.days[Int($0)] <= last }) else {
            list.select(list.positions.count - 1, height: height)
            return [.report(Report("Nothing as far back as \(name). This is the first entry."))]
        }
        list.select(offset, height: height)
        let day = index.day(at: Int(list.positions[offset]))
        if day.year != month.year || day.month != month.month {
            return [.report(Report("Nothing in \(name); here is the nearest earlier entry."))]
        }
        return []
    }
}
