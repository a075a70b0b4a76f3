import Testing
@testable import TendUI

@Suite("Layout")
struct LayoutTests {
    let row = Rect(x: 2, y: 5, width: 76, height: 1)

    @Test("a label, a field of at most 30 and the rest: parts are served in order")
    func labelFieldRest() {
        let parts = Layout.columns(row, [.fixed(6), .atMost(30), .fixed(1), .fill])
        #expect(parts.map(\.x) == [2, 8, 38, 39])
        #expect(parts.map(\.width) == [6, 30, 1, 39])
    }

    @Test("a narrow row squeezes the later parts, never the earlier ones")
    func narrowRow() {
        let parts = Layout.columns(Rect(x: 0, y: 0, width: 20, height: 1), [.fixed(6), .atMost(30), .fixed(1), .fill])
        #expect(parts.map(\.width) == [6, 14, 0, 0])
    }

    @Test("fill parts share what is left, the first taking the odd cell; gaps sit between parts")
    func sharing() {
        let parts = Layout.rows(Rect(x: 0, y: 0, width: 10, height: 12), [.fixed(2), .fill, .atLeast(1), .fixed(1)], gap: 1)
        #expect(parts.map(\.height) == [2, 3, 3, 1])
        #expect(parts.map(\.y) == [0, 3, 7, 11])
    }

    @Test("margins and cuts never go negative")
    func margins() {
        let tiny = Rect(x: 0, y: 0, width: 3, height: 1)
        #expect(tiny.content.width == 0)
        #expect(tiny.dropping(top: 5).height == 0)
        #expect(Rect(x: 0, y: 2, width: 40, height: 8).bottom(2) == Rect(x: 0, y: 8, width: 40, height: 2))
    }

    @Test("a flow hands out rows downwards and empty areas once it is full")
    func flow() {
        var flow = Flow(Rect(x: 0, y: 0, width: 10, height: 3))
        #expect(flow.next() == Rect(x: 0, y: 0, width: 10, height: 1))
        flow.skip()
        #expect(flow.next(5) == Rect(x: 0, y: 2, width: 10, height: 1))
        #expect(flow.isFull)
        #expect(flow.next().isEmpty)
    }
}
