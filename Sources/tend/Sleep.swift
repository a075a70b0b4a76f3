#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The thread sleeps for `seconds`, the whole of it even when a signal
/// interrupts (what `Thread.sleep(forTimeInterval:)` did, without
/// swift-corelibs-foundation, which links ICU).
func sleep(seconds: Double) {
    var left = timespec(tv_sec: Int(seconds), tv_nsec: Int((seconds - seconds.rounded(.down)) * 1e9))
    var rest = timespec()
    while nanosleep(&left, &rest) == -1, errno == EINTR { left = rest }
}
