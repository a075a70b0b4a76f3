/// What `tend doctor` found: lines that cannot be read, records that
/// disagree, files with loose permissions. Nothing here is ever fixed
/// silently; each finding says where and what to do.
public struct DoctorReport: Sendable {
    /// One finding.
    public struct Finding: Hashable, Sendable {
        /// Problems make `tend doctor` exit non-zero; notes do not.
        public enum Severity: String, Hashable, Sendable {
            case problem, note
        }

        public let severity: Severity
        /// The file, when the finding is about one.
        public let path: String?
        /// The 1-based line number, when the finding is about one line.
        public let line: Int?
        public let message: String

        public init(_ severity: Severity, path: String? = nil, line: Int? = nil, _ message: String) {
            self.severity = severity
            self.path = path
            self.line = line
            self.message = message
        }
    }

    public var files = 0
    public var lines = 0
    public var records = 0
    public var findings: [Finding] = []

    public init() {}

    /// True when nothing needs attention.
    public var isHealthy: Bool { !findings.contains { $0.severity == .problem } }
}
