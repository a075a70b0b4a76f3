import TendCore

/// The calendar heat map as lines: month names, one row per weekday, one
/// column per week, each day a shade character (readable without colour),
/// today marked with ◂, and a legend.
enum HeatMapView {
    /// Columns taken by the weekday names.
    static let labelWidth = 4

    /// The weeks that fit in `width` columns (two columns a week), at most 26.
    static func weeks(fitting width: Int) -> Int {
        max(1, min(HeatMap.maxWeeks, (width - labelWidth) / 2))
    }

    static func lines(_ full: HeatMap, width: Int) -> [WeekLine] {
        let map = full.suffix(weeks: weeks(fitting: width))
        let title = WeekLine("Last \(map.weeks) weeks", Style(bold: true))
        let legend = self.legend
        var lines: [WeekLine] = []
        let legendFits = title.width + 3 + legend.width <= width
        if legendFits {
            let gap = String(repeating: " ", count: width - title.width - legend.width)
            lines.append(title.appending(gap).appending(legend))
        } else {
            lines.append(title)
        }
        lines.append(monthRow(map, width: width))
        let names = Weekday.mondayFirst.map(WeekLayout.weekdayName)
        for row in 0..<7 {
            var line = WeekLine(names[row].padded(toWidth: labelWidth), .muted)
            for week in 0..<map.weeks {
                let day = map.day(week: week, row: row)
                guard let count = map.count(on: day) else {
                    line = line.appending("  ")
                    continue
                }
                let level = HeatMap.level(of: count)
                line = line.appending(String(HeatMap.shades[level]), style(level: level))
                line = day == map.today ? line.appending("◂", Style(.accent, bold: true)) : line.appending(" ")
            }
            lines.append(line)
        }
        if !legendFits { lines.append(legend) }
        return lines
    }

    /// "· 0  ░ 1  ▒ 2  ▓ 3  █ 4+  ◂ today": what the shades count.
    static var legend: WeekLine {
        var line = WeekLine()
        for (level, shade) in HeatMap.shades.enumerated() {
            line = line.appending(String(shade), style(level: level))
            line = line.appending(" \(level == HeatMap.shades.count - 1 ? "\(level)+" : "\(level)")  ", .muted)
        }
        return line.appending("◂", Style(.accent, bold: true)).appending(" today", .muted)
    }

    /// Three-letter month names over the week where each month begins.
    private static func monthRow(_ map: HeatMap, width: Int) -> WeekLine {
        var text = String(repeating: " ", count: labelWidth)
        for start in map.monthStarts {
            let x = labelWidth + 2 * start.week
            guard x >= text.count + (text.count > labelWidth ? 1 : 0), x + 3 <= width else { continue }
            text += String(repeating: " ", count: x - text.count) + HeatMap.monthNames[start.month - 1]
        }
        return WeekLine(text, .muted)
    }

    /// None is quiet; more is stronger. The characters carry the meaning.
    static func style(level: Int) -> Style {
        switch level {
        case 0: return .muted
        case 1: return Style(.good, dim: true)
        case 2: return Style(.good)
        default: return Style(.good, bold: true)
        }
    }
}
