#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TendProcess

/// Reads the terminal's bytes and the signal pipe, and decodes keys.
///
/// Bytes are read straight from the file descriptor in large reads (ncurses'
/// `get_wch` reads one byte at a time and drops a character split across
/// two reads); the `KeyDecoder` keeps whatever is incomplete. Waiting is one
/// `poll` on both descriptors, so a signal wakes it at once.
struct InputReader {
    enum Reading: Equatable {
        case key(Key)
        case signal(Int32)
        /// The terminal went away (its end of the line closed).
        case hungUp
    }

    /// At most this much is read before the caller gets a turn, so a flood
    /// or a huge paste never keeps a signal or a redraw waiting long.
    static let bytesPerTurn = 1 << 18

    private let fd: Int32
    private let signalFD: Int32
    private var decoder: KeyDecoder
    private var lastByte = 0.0
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)

    /// Keys typed before the reader started (read with the terminal's
    /// answers at start), handed out first.
    private var early: [Key]

    /// `typedEarly`: bytes read from the terminal before this reader existed;
    /// the decoder drops the answers among them and keeps every key.
    init(fd: Int32, signalFD: Int32, decoder: KeyDecoder, typedEarly: [UInt8] = []) {
        self.fd = fd; self.signalFD = signalFD; self.decoder = decoder
        early = self.decoder.decode(typedEarly)
        if !typedEarly.isEmpty { lastByte = MonotonicClock.seconds() }
    }

    /// Waits up to `timeout` seconds (forever when nil) until a key is
    /// complete or a signal came; empty when the time ran out.
    mutating func next(timeout: Double?) -> [Reading] {
        let deadline = timeout.map { MonotonicClock.seconds() + max(0, $0) }
        var readings = early.map(Reading.key)
        early = []
        var turnBytes = 0
        while true {
            var wait = deadline.map { max(0, $0 - MonotonicClock.seconds()) }
            if let delay = decoder.settleDelay {
                let settle = max(0, lastByte + delay - MonotonicClock.seconds())
                wait = min(wait ?? settle, settle)
            }
            if turnBytes >= Self.bytesPerTurn || !readings.isEmpty { wait = 0 }
            var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: signalFD, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, nfds_t(fds.count), Self.milliseconds(wait))
            if ready < 0, errno != EINTR { return readings + [.hungUp] }
            if fds[1].revents & Int16(POLLIN) != 0 {
                readings += SignalTrap.takePendingSignals().map(Reading.signal)
            }
            if ready > 0, fds[0].revents != 0, turnBytes < Self.bytesPerTurn {
                let count = read(fd, &buffer, buffer.count)
                if count == 0 || (count < 0 && errno != EINTR && errno != EAGAIN) { return readings + [.hungUp] }
                if count > 0 {
                    turnBytes += count
                    lastByte = MonotonicClock.seconds()
                    readings += decoder.decode(buffer[..<count]).map(Reading.key)
                }
            }
            if let delay = decoder.settleDelay, MonotonicClock.seconds() >= lastByte + delay {
                readings += decoder.settle().map(Reading.key)
            }
            if !readings.isEmpty || turnBytes >= Self.bytesPerTurn { return readings }
            if let deadline, MonotonicClock.seconds() >= deadline { return [] }
        }
    }

    private static func milliseconds(_ seconds: Double?) -> Int32 {
        guard let seconds else { return -1 }
        return Int32(min(seconds * 1000, 3_600_000).rounded(.up))
    }
}
