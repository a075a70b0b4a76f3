import Testing
import TendStorage

/// The argv and environment of every git command `tend sync` runs.
@Suite("Sync: git arguments")
struct GitArgumentsTests {
    @Test("every command names the data folder and keeps the user's config from changing bytes or prompting")
    func base() {
        let base = GitArguments.base(directory: "/data/tend")
        #expect(Array(base.prefix(3)) == ["git", "-C", "/data/tend"])
        #expect(base.contains("core.autocrlf=false"))
        #expect(base.contains("commit.gpgSign=false"))
    }

    @Test("a push is never forced and names the branch on both sides")
    func push() {
        let push = GitArguments.push("origin", branch: "main", to: "master")
        #expect(push.last == "refs/heads/main:refs/heads/master")
        #expect(!push.contains { $0.hasPrefix("+") || $0.contains("force") || $0 == "-f" })
    }

    @Test("a fetch fills the remote-tracking refs only, without tags")
    func fetch() {
        let fetch = GitArguments.fetch("origin")
        #expect(fetch.last == "+refs/heads/*:refs/remotes/origin/*")
        #expect(fetch.contains("--no-tags"))
    }

    @Test("a merge never opens an editor, and joins unrelated histories only when asked")
    func merge() {
        let first = GitArguments.merge("refs/remotes/origin/main", message: "m", allowUnrelated: true)
        let later = GitArguments.merge("refs/remotes/origin/main", message: "m", allowUnrelated: false)
        #expect(first.contains("--no-edit") && first.contains("--allow-unrelated-histories"))
        #expect(!later.contains("--allow-unrelated-histories"))
        #expect(!later.contains("--squash") && !later.contains("-X"))
    }

    @Test("no command rewrites history")
    func noRewrite() {
        let all = [GitArguments.stageAll, GitArguments.unstageAll, GitArguments.status, GitArguments.commit(message: "m"),
                   GitArguments.fetch("o"), GitArguments.push("o", branch: "b", to: "b"), GitArguments.abortMerge,
                   GitArguments.checkOut("main", from: "refs/remotes/origin/main"),
                   GitArguments.merge("r", message: "m", allowUnrelated: true)].flatMap { $0 }
        for word in ["rebase", "--amend", "--force", "--hard", "filter-branch", "reset --hard"] {
            #expect(!all.contains(word), "\(word)")
        }
    }

    @Test("Tend's own identity only fills in what the user lacks")
    func identity() {
        #expect(GitArguments.identity(hasName: true, hasEmail: true).isEmpty)
        #expect(GitArguments.identity(hasName: false, hasEmail: false) == ["-c", "user.name=Tend", "-c", "user.email=tend@localhost"])
        #expect(GitArguments.identity(hasName: true, hasEmail: false) == ["-c", "user.email=tend@localhost"])
    }

    @Test("git never prompts, speaks English, and never looks above the data folder")
    func environment() {
        let env = GitEnvironment.make(from: ["PATH": "/usr/bin", "GIT_DIR": "/elsewhere/.git", "GIT_WORK_TREE": "/elsewhere",
                                             "LANG": "fr_FR.UTF-8", "LANGUAGE": "fr"], directory: "/home/sam/.local/share/tend")
        #expect(env["GIT_TERMINAL_PROMPT"] == "0")
        #expect(env["GIT_DIR"] == nil && env["GIT_WORK_TREE"] == nil)
        #expect(env["LC_ALL"] == "C" && env["LANGUAGE"] == nil)
        #expect(env["GIT_CEILING_DIRECTORIES"] == "/home/sam/.local/share")
        #expect(env["PATH"] == "/usr/bin")
    }
}
