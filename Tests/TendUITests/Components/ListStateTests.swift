import Testing
@testable import TendUI

@Suite("ListState")
struct ListStateTests {
    @Test("selecting below the window scrolls just enough to show it")
    func selectScrolls() {
        var list = ListState()
        list.select(7, count: 20, height: 5)
        #expect(list.selected == 7)
        #expect(list.offset == 3)
        list.select(4, count: 20, height: 5)
        #expect(list.offset == 3, "still in view: no scroll")
    }

    @Test("render fits the window to a smaller area without changing the state")
    func windowForAnyArea() {
        var list = ListState()
        list.select(9, count: 20, height: 10)
        #expect(list.window(count: 20, height: 10) == 0..<10)
        #expect(list.window(count: 20, height: 4) == 6..<10, "the selection stays in view")
        #expect(list.offset == 0)
    }

    @Test("a page down keeps the selection in its place on screen, onto a selectable row")
    func pageKeepsPlace() {
        var list = ListState()
        list.select(2, count: 30, height: 10)
        list.apply(.pageDown, count: 30, height: 10, isSelectable: { $0 % 5 != 0 })
        #expect(list.offset == 10)
        #expect(list.selected == 12)
        list.apply(.pageDown, count: 30, height: 10)
        list.apply(.pageDown, count: 30, height: 10)
        #expect(list.selected == 29, "at the end the selection goes the rest of the way")
    }

    @Test("a view that only scrolls stops where the last row shows")
    func scrollOnly() {
        var view = ListState(selected: nil)
        view.apply(.bottom, count: 30, height: 10)
        #expect(view.offset == 20)
        view.apply(.up, count: 30, height: 10)
        #expect(view.offset == 19)
        view.clamp(count: 12, height: 10)
        #expect(view.offset == 2)
    }

    @Test("a short menu that wraps goes from its last row to its first and back")
    func wraps() {
        var menu = ScrollingList(count: 3, keys: [], pageHeight: 3, wraps: true)
        menu.apply(.up)
        #expect(menu.selected == 2)
        menu.apply(.down)
        #expect(menu.selected == 0)
        var list = ScrollingList(count: 3, keys: [], pageHeight: 3)
        list.apply(.up)
        #expect(list.selected == 0, "a list that does not wrap stops at its ends")
    }
}
