/// One line of the journal: an id, a local time, a format version and the
/// kind's fields. See `Sources/TendStorage/FORMAT.md` for the file format.
public struct Record: Hashable, Sendable {
    /// The format version this build writes and the highest it reads.
    public static let formatVersion = 1
    /// Keys every record has; an edit may not change them.
    public static let envelopeKeys = ["v", "id", "time", "kind"]

    public var id: RecordID
    public var time: LocalTime
    public var payload: Payload

    public var kind: RecordKind { payload.kind }

    public init(id: RecordID, time: LocalTime, payload: Payload) {
        self.id = id
        self.time = time
        self.payload = payload
    }

    /// A new record made at `time`, with a fresh id.
    public init(_ payload: Payload, at time: LocalTime) {
        self.init(id: RecordID.make(at: time), time: time, payload: payload)
    }

    /// Oldest first: by time, then by id (a total order every machine agrees on).
    public static func chronologically(_ lhs: Record, _ rhs: Record) -> Bool {
        if lhs.time != rhs.time { return lhs.time < rhs.time }
        return lhs.id < rhs.id
    }

    /// `records` oldest first. Sorts small keys and moves each record once:
    /// sorting the records themselves copies them on every swap, which for
    /// 100,000 records took longer than reading them.
    ///
    /// Returns `records` itself when they are in order already, as a
    /// journal's files usually are.
    public static func sortedChronologically(_ records: [Record]) -> [Record] {
        if isChronological(records) { return records }
        let keys = records.map { $0.time.secondsSince1970 }
        let order = records.indices.sorted { lhs, rhs in
            if keys[lhs] != keys[rhs] { return keys[lhs] < keys[rhs] }
            return chronologically(records[lhs], records[rhs])
        }
        return order.map { records[$0] }
    }

    /// Sorts `records` oldest first in place, moving records bitwise (a copy
    /// would retain their strings). A journal is nearly in order already,
    /// only records near a month's end can be out of place (time zones), so
    /// it first tries moving those few back; a true shuffle gets a full sort.
    package static func sortChronologically(_ records: inout [Record]) {
        let settled = records.withUnsafeMutableBufferPointer { buffer in
            var budget = buffer.count
            for position in buffer.indices.dropFirst() {
                var place = position
                while place > 0, precedes(UnsafeBufferPointer(buffer), place, place - 1) {
                    buffer.swapAt(place, place - 1)
                    place -= 1
                    budget -= 1
                    if budget == 0 { return false }
                }
            }
            return true
        }
        if !settled { records.sort(by: chronologically) }
    }

    /// `chronologically` on two elements in place, comparing instants first.
    private static func precedes(_ buffer: UnsafeBufferPointer<Record>, _ lhs: Int, _ rhs: Int) -> Bool {
        let left = buffer[lhs].time, right = buffer[rhs].time
        if left.secondsSince1970 != right.secondsSince1970 { return left.secondsSince1970 < right.secondsSince1970 }
        return left != right ? left < right : buffer[lhs].id < buffer[rhs].id
    }

    /// True when `records` are oldest first. Compares instants before
    /// anything that would copy a record.
    package static func isChronological(_ records: [Record]) -> Bool {
        records.withUnsafeBufferPointer { buffer in
            buffer.indices.dropFirst().allSatisfy { !precedes(buffer, $0, $0 - 1) }
        }
    }
}
