#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What tells one version of a file from another without reading it: its
/// device and inode, size, modification time and change time.
///
/// The change time (ctime) is what makes this sound: the kernel sets it on
/// every write, rename and chmod, and no tool can set it back (`touch -r`,
/// `cp -p` and `rsync -t` restore the modification time, never the change
/// time). So an in-place edit that keeps the size and the modification time
/// still shows here.
struct FileIdentity: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modified: Int64
    var modifiedNanoseconds: Int64
    var changed: Int64
    var changedNanoseconds: Int64

    init(device: UInt64, inode: UInt64, size: Int64, modified: Int64, modifiedNanoseconds: Int64,
         changed: Int64, changedNanoseconds: Int64) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modified = modified
        self.modifiedNanoseconds = modifiedNanoseconds
        self.changed = changed
        self.changedNanoseconds = changedNanoseconds
    }

    init(_ info: stat) {
        #if canImport(Darwin)
        let modified = info.st_mtimespec, changed = info.st_ctimespec
        #else
        let modified = info.st_mtim, changed = info.st_ctim
        #endif
        self.init(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
                  modified: Int64(modified.tv_sec), modifiedNanoseconds: Int64(modified.tv_nsec),
                  changed: Int64(changed.tv_sec), changedNanoseconds: Int64(changed.tv_nsec))
    }

    /// The identity of the file at `path` (not following a link), or nil when it cannot be examined.
    init?(path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The words a cache stores it as.
    var words: [UInt64] {
        [device, inode, UInt64(bitPattern: size), UInt64(bitPattern: modified), UInt64(bitPattern: modifiedNanoseconds),
         UInt64(bitPattern: changed), UInt64(bitPattern: changedNanoseconds)]
    }

    init?(words: ArraySlice<UInt64>) {
        guard words.count == 7 else { return nil }
        let w = Array(words)
        self.init(device: w[0], inode: w[1], size: Int64(bitPattern: w[2]), modified: Int64(bitPattern: w[3]),
                  modifiedNanoseconds: Int64(bitPattern: w[4]), changed: Int64(bitPattern: w[5]),
                  changedNanoseconds: Int64(bitPattern: w[6]))
    }

    /// False when the file changed so recently that a further change could
    /// land within the same clock tick and leave every field as it is: such
    /// a file is read, never cached, until it has been still for `seconds`.
    func isSettled(seconds: Int64) -> Bool {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let nowNanoseconds = Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
        let last = max(modified * 1_000_000_000 + modifiedNanoseconds, changed * 1_000_000_000 + changedNanoseconds)
        return last < nowNanoseconds - seconds * 1_000_000_000
    }
}
