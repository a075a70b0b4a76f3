import Foundation

/// A soft round shape that fills on the in-breath and empties on the out-breath.
enum BreathShape {
    static func render(into canvas: inout Canvas, in area: Rect, fullness: Double) {
        guard area.width > 4, area.height > 2 else { return }
        // Cells are about twice as tall as wide: the shape is twice as wide in columns.
        let maxRadiusY = Double(min(area.height - 1, area.width / 4)) / 2
        let radiusY = max(0.6, maxRadiusY * (0.25 + 0.75 * fullness))
        let radiusX = radiusY * 2
        let centerX = Double(area.x) + Double(area.width) / 2, centerY = Double(area.y) + Double(area.height) / 2
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX {
                let dx = (Double(column) + 0.5 - centerX) / radiusX
                let dy = (Double(row) + 0.5 - centerY) / radiusY
                let distance = (dx * dx + dy * dy).squareRoot()
                guard distance <= 1 else { continue }
                let shade = distance < 0.55 ? "▓" : distance < 0.8 ? "▒" : "░"
                canvas.write(shade, x: column, y: row, style: Style(.accent))
            }
        }
    }
}
