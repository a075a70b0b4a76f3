import Testing
import TendStorage

/// What `tend sync init REMOTE` accepts, and how a remote is shown.
@Suite("Sync: remotes")
struct SyncRemoteTests {
    @Test("folders are local; URLs and host:path are not")
    func localOrNot() {
        #expect(SyncRemote.isLocalPath("/media/usb/tend.git"))
        #expect(SyncRemote.isLocalPath("usb/tend.git"))
        #expect(SyncRemote.isLocalPath("~/sync/tend.git"))
        #expect(SyncRemote.isLocalPath("./odd:name.git"))
        #expect(!SyncRemote.isLocalPath("sam@desk:tend.git"))
        #expect(!SyncRemote.isLocalPath("desk:/srv/tend.git"))
        #expect(!SyncRemote.isLocalPath("ssh://sam@desk/srv/tend.git"))
        #expect(!SyncRemote.isLocalPath("https://git.example.org/sam/tend.git"))
        #expect(!SyncRemote.isLocalPath("file:///media/usb/tend.git"))
    }

    @Test("a relative folder or ~ becomes absolute; URLs stay as given")
    func resolving() {
        #expect(SyncRemote.resolved("usb/../usb/tend.git", currentDirectory: "/home/sam", home: "/home/sam") == "/home/sam/usb/tend.git")
        #expect(SyncRemote.resolved("~/sync/tend.git", currentDirectory: "/tmp", home: "/home/sam") == "/home/sam/sync/tend.git")
        #expect(SyncRemote.resolved("sam@desk:tend.git", currentDirectory: "/tmp", home: "/home/sam") == "sam@desk:tend.git")
    }

    @Test("a token or password in a URL is never shown; an ssh user name is")
    func display() {
        #expect(SyncRemote.display("https://ghp_secret@github.com/sam/tend.git") == "https://github.com/sam/tend.git")
        #expect(SyncRemote.display("https://sam:hunter2@git.example.org/tend.git") == "https://git.example.org/tend.git")
        #expect(SyncRemote.display("ssh://git@desk/srv/tend.git") == "ssh://git@desk/srv/tend.git")
        #expect(SyncRemote.display("sam@desk:tend.git") == "sam@desk:tend.git")
        #expect(SyncRemote.display("https://example.org/a@b/tend.git") == "https://example.org/a@b/tend.git")
    }

    @Test("a new folder's branch follows the remote's")
    func branches() {
        #expect(SyncBranch.choose(local: "main", remote: ["main", "other"]) == "main")
        #expect(SyncBranch.choose(local: "main", remote: ["master"]) == "master")
        #expect(SyncBranch.choose(local: "main", remote: ["trunk"]) == "trunk")
        #expect(SyncBranch.choose(local: "laptop", remote: ["laptop", "main"]) == "laptop")
        #expect(SyncBranch.choose(local: "main", remote: ["a", "b"]) == nil)
        #expect(SyncBranch.choose(local: "main", remote: []) == nil)
    }
}
