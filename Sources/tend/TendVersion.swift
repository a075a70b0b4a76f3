/// The version `tend --version` prints, and the only place it is written down:
/// the Makefile reads this line for `make deb` (keep it one line, in quotes).
enum TendVersion {
    static let current = "0.1.0"
}
