/// The version `tend --version` prints; `make` passes the VERSION file's value.
enum TendVersion {
    static let current = "0.1.0"
}
