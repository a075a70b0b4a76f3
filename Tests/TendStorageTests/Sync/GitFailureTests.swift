import Testing
import TendStorage

/// Reading what git's stderr says went wrong.
@Suite("Sync: git's messages")
struct GitFailureTests {
    @Test("a refused key, a token or a disabled prompt is authentication")
    func authentication() {
        #expect(GitFailure.classify("git@github.com: Permission denied (publickey).\nfatal: Could not read from remote repository.") == .authentication)
        #expect(GitFailure.classify("fatal: could not read Username for 'https://example.org': terminal prompts disabled") == .authentication)
        #expect(GitFailure.classify("remote: HTTP Basic: Access denied\nfatal: Authentication failed for 'https://x/'") == .authentication)
        #expect(GitFailure.classify("Host key verification failed.\nfatal: Could not read from remote repository.") == .authentication)
    }

    @Test("no host, no route or a refused connection is unreachable")
    func unreachable() {
        #expect(GitFailure.classify("ssh: Could not resolve hostname desk: Name or service not known\nfatal: Could not read from remote repository.") == .unreachable)
        #expect(GitFailure.classify("fatal: unable to access 'http://127.0.0.1:9/x.git/': Failed to connect to 127.0.0.1 port 9 after 0 ms: Couldn't connect to server") == .unreachable)
        #expect(GitFailure.classify("ssh: connect to host desk port 22: Connection timed out") == .unreachable)
    }

    @Test("a missing repository is not found")
    func notFound() {
        #expect(GitFailure.classify("fatal: '/media/usb/tend.git' does not appear to be a git repository\nfatal: Could not read from remote repository.") == .notFound)
        #expect(GitFailure.classify("remote: Repository not found.\nfatal: repository 'https://x/y.git/' not found") == .notFound)
    }

    @Test("a remote that moved on is a rejection; a checked-out branch is its own case")
    func push() {
        #expect(GitFailure.classify(" ! [rejected]        main -> main (fetch first)\nerror: failed to push some refs") == .rejected)
        #expect(GitFailure.classify("remote: error: refusing to update checked out branch: refs/heads/main") == .checkedOut)
    }

    @Test("the detail is the fatal line, without its prefix, safe for a terminal")
    func detail() {
        #expect(GitFailure.detail("hint: try this\nfatal: the \u{1B}[31mred\u{1B}[0m thing\n") == "the ␛red␛ thing")
        #expect(GitFailure.detail("") == "")
        #expect(GitFailure.detail(String(repeating: "x", count: 500)).count == 240)
    }
}
