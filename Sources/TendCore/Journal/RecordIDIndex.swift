/// Where each id sits in an array of records: an open-addressing table of
/// positions, four bytes a slot, that compares ids through the records
/// themselves. A `[RecordID: Int]` for 100,000 records took 8 MB and most
/// of the time the history fold spent.
package struct RecordIDIndex: Sendable {
    /// Position + 1 of a record, or 0 for an empty slot.
    private var slots: [Int32]
    private var count = 0

    /// An index with room for `expectedCount` ids before it grows.
    package init(expectedCount: Int = 0) {
        var size = 1024
        while size < 2 * expectedCount { size *= 2 }
        slots = Array(repeating: 0, count: size)
    }

    /// The position in `records` of the record whose id is `id`; when there
    /// is none, `position` is stored for it and returned.
    package mutating func position(of id: RecordID, storing position: Int, in records: [Record]) -> Int {
        if 2 * (count + 1) > slots.count { grow(records) }
        let mask = slots.count - 1
        var slot = id.indexHash & mask
        while true {
            let stored = Int(slots[slot])
            if stored == 0 {
                slots[slot] = Int32(position + 1)
                count += 1
                return position
            }
            if records[stored - 1].id == id { return stored - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// The position in `records` of the record whose id is `id`, if any.
    package func position(of id: RecordID, in records: [Record]) -> Int? {
        let mask = slots.count - 1
        var slot = id.indexHash & mask
        while slots[slot] != 0 {
            let stored = Int(slots[slot])
            if records[stored - 1].id == id { return stored - 1 }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Doubles the table (it stays at most half full, so probes stay short).
    private mutating func grow(_ records: [Record]) {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        let mask = slots.count - 1
        for stored in old where stored != 0 {
            var slot = records[Int(stored) - 1].id.indexHash & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = stored
        }
    }
}
