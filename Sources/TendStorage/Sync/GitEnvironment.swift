/// The environment git runs in for `tend sync`.
public enum GitEnvironment {
    /// Variables that would point git at another repository than the data
    /// folder (set when Tend runs from inside a git hook, say).
    static let redirecting = ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY",
                              "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_NAMESPACE", "GIT_COMMON_DIR", "GIT_PREFIX"]

    /// `base` (the user's environment) made safe: git never asks for a
    /// password on the terminal (an answer can't come from inside our run),
    /// never opens an editor, speaks English (Tend reads its messages), and
    /// never looks above `directory` for a repository (a dotfiles repository
    /// in the home folder must not take the journal's commits).
    public static func make(from base: [String: String], directory: String) -> [String: String] {
        var environment = base
        for key in redirecting { environment[key] = nil }
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["GCM_INTERACTIVE"] = "never"
        environment["GIT_MERGE_AUTOEDIT"] = "no"
        environment["GIT_EDITOR"] = "true"
        environment["LC_ALL"] = "C"
        environment["LANGUAGE"] = nil
        let parent = directory.split(separator: "/", omittingEmptySubsequences: true).dropLast().joined(separator: "/")
        environment["GIT_CEILING_DIRECTORIES"] = "/" + parent
        return environment
    }
}
