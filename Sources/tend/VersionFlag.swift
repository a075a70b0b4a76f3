/// `tend --version`, answered before ArgumentParser builds the command tree
/// (that costs some 16 M instructions for one line of output). Only the
/// exact `tend --version`: anything else, `--version` among other
/// arguments too, goes through ArgumentParser as before.
enum VersionFlag {
    /// Prints the version as ArgumentParser would, if that is all that was asked.
    static func answer(_ arguments: [String]) -> Bool {
        guard arguments.count == 2, arguments[1] == "--version" else { return false }
        print(TendVersion.current)
        return true
    }
}
