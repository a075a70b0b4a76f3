/// A terminal size in columns and rows.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) {
        self.width = Swift.max(0, width)
        self.height = Swift.max(0, height)
    }
    public var description: String { "\(width)x\(height)" }
}

/// A rectangle of cells. Layout code cuts the screen into these.
public struct Rect: Hashable, Sendable {
    public var x: Int, y: Int, width: Int, height: Int
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x; self.y = y
        self.width = Swift.max(0, width); self.height = Swift.max(0, height)
    }
    public var maxY: Int { y + height }
    public var maxX: Int { x + width }

    /// The same rectangle shrunk by `dx` columns and `dy` rows on each side.
    public func inset(dx: Int, dy: Int) -> Rect {
        Rect(x: x + dx, y: y + dy, width: width - 2 * dx, height: height - 2 * dy)
    }

    /// A centred rectangle of at most the given size.
    public func centered(width w: Int, height h: Int) -> Rect {
        let cw = Swift.min(w, width), ch = Swift.min(h, height)
        return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
    }
}

/// A cell position.
public struct Point: Hashable, Sendable {
    public var x: Int, y: Int
    public init(x: Int, y: Int) { self.x = x; self.y = y }
}
