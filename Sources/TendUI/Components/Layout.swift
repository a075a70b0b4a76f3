/// Cuts an area into rows or columns, so no screen adds up `x + 2` by hand.
///
/// Parts are served in order: fixed, at-most and the minimum of at-least
/// parts first, each from what is still left (so a narrow window squeezes
/// the later parts, never the earlier ones); then `upTo` parts take their
/// share up to their cap, and `fill` and `atLeast` parts share the rest
/// evenly. An optional gap sits between parts.
public enum Layout {
    /// The parts side by side, left to right.
    public static func columns(_ area: Rect, _ lengths: [Length], gap: Int = 0) -> [Rect] {
        sizes(lengths, total: area.width, gap: gap).map { Rect(x: area.x + $0.start, y: area.y, width: $0.size, height: area.height) }
    }

    /// The parts one above another, top to bottom.
    public static func rows(_ area: Rect, _ lengths: [Length], gap: Int = 0) -> [Rect] {
        sizes(lengths, total: area.height, gap: gap).map { Rect(x: area.x, y: area.y + $0.start, width: area.width, height: $0.size) }
    }

    static func sizes(_ lengths: [Length], total: Int, gap: Int) -> [(start: Int, size: Int)] {
        var left = max(0, total - max(0, gap) * max(0, lengths.count - 1))
        var sizes = lengths.map { length -> Int in
            let wanted: Int
            switch length {
            case .fixed(let n), .atMost(let n), .atLeast(let n): wanted = max(0, n)
            case .fill, .upTo: wanted = 0
            }
            let size = min(wanted, left)
            left -= size
            return size
        }
        // Capped parts take their even share of what is left, never past the cap; the rest is shared after.
        let flexible = lengths.filter { if case .fixed = $0 { false } else if case .atMost = $0 { false } else { true } }.count
        let share = left / max(1, flexible)
        for index in lengths.indices {
            guard case .upTo(let cap) = lengths[index] else { continue }
            sizes[index] = min(max(0, cap), flexible == 1 ? left : share)
            left -= sizes[index]
        }
        let sharing = lengths.indices.filter { if case .fill = lengths[$0] { true } else if case .atLeast = lengths[$0] { true } else { false } }
        for (order, index) in sharing.enumerated() {
            // Even shares; the first ones take the odd cells.
            sizes[index] += left / sharing.count + (order < left % sharing.count ? 1 : 0)
        }
        var start = 0
        return sizes.map { size in
            defer { start += size + max(0, gap) }
            return (start, size)
        }
    }
}

/// Room to leave on each side of an area.
public struct Margins: Hashable, Sendable {
    public var top: Int, left: Int, bottom: Int, right: Int
    public init(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) {
        self.top = top; self.left = left; self.bottom = bottom; self.right = right
    }
    public init(horizontal: Int = 0, vertical: Int = 0) {
        self.init(top: vertical, left: horizontal, bottom: vertical, right: horizontal)
    }

    /// The screen body's margins: two columns each side.
    public static let body = Margins(horizontal: 2)
}

extension Rect {
    /// The area inside `margins`.
    public func inset(by margins: Margins) -> Rect {
        Rect(x: x + margins.left, y: y + margins.top, width: width - margins.left - margins.right,
             height: height - margins.top - margins.bottom)
    }

    /// The screen body's text area: two columns in from each side.
    public var content: Rect { inset(by: .body) }

    /// The first `rows` rows (fewer when the area is shorter).
    public func top(_ rows: Int) -> Rect { Rect(x: x, y: y, width: width, height: Swift.min(height, Swift.max(0, rows))) }

    /// The last `rows` rows.
    public func bottom(_ rows: Int) -> Rect {
        let n = Swift.min(height, Swift.max(0, rows))
        return Rect(x: x, y: maxY - n, width: width, height: n)
    }

    /// The area below the first `rows` rows.
    public func dropping(top rows: Int) -> Rect {
        let n = Swift.min(height, Swift.max(0, rows))
        return Rect(x: x, y: y + n, width: width, height: height - n)
    }

    /// The area left of the last `rows` rows.
    public func dropping(bottom rows: Int) -> Rect {
        Rect(x: x, y: y, width: width, height: height - Swift.min(height, Swift.max(0, rows)))
    }

    /// The columns right of the first `columns`.
    public func dropping(left columns: Int) -> Rect {
        let n = Swift.min(width, Swift.max(0, columns))
        return Rect(x: x + n, y: y, width: width - n, height: height)
    }

    /// The first `columns` columns.
    public func left(_ columns: Int) -> Rect { Rect(x: x, y: y, width: Swift.min(width, Swift.max(0, columns)), height: height) }

    /// The last `columns` columns.
    public func right(_ columns: Int) -> Rect {
        let n = Swift.min(width, Swift.max(0, columns))
        return Rect(x: maxX - n, y: y, width: n, height: height)
    }

    /// True when there is no cell in it.
    public var isEmpty: Bool { width == 0 || height == 0 }
}
