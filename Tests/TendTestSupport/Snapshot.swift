import Foundation
import Testing

/// Compares text with a snapshot file in `__Snapshots__` beside the test.
/// A missing snapshot is recorded and the test fails, so nothing passes by
/// accident; `TEND_RECORD_SNAPSHOTS=1` re-records on purpose.
public func expectSnapshot(
    _ text: String, named name: String, filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = folder.appendingPathComponent("\(name).txt")
    let recording = ProcessInfo.processInfo.environment["TEND_RECORD_SNAPSHOTS"] == "1"
    let stored = try? String(contentsOf: file, encoding: .utf8)
    if recording || stored == nil {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? (text + "\n").write(to: file, atomically: true, encoding: .utf8)
        Issue.record("Recorded snapshot \(name); check it and run again.", sourceLocation: sourceLocation)
        return
    }
    let expected = String((stored ?? "").dropLast())
    if expected != text {
        Issue.record("Snapshot \(name) differs.\n--- expected\n\(expected)\n--- actual\n\(text)", sourceLocation: sourceLocation)
    }
}
