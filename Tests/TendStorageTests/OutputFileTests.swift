import Foundation
import Testing
@testable import TendStorage
import TendTestSupport

/// A device or a pipe named as an output stays what it was: replacing it
/// with a plain file (as root, even /dev/null) broke the machine it ran on.
@Suite("Storage: writing over what is not a plain file")
struct OutputFileTests {
    @Test("the atomic writer refuses to replace a pipe, and leaves it a pipe")
    func atomicWriterRefusesAPipe() throws {
        let dir = TemporaryDirectory()
        let path = dir.appending("pipe")
        #expect(mkfifo(path, 0o600) == 0)
        #expect(throws: StorageError.notARegularFile(path: path)) { try AtomicFileWriter.write(Array("x".utf8), to: path) }
        #expect(AtomicFileWriter.existingType(path) == S_IFIFO)
        #expect(Disk.files(in: dir.path) == ["pipe"])
    }

    @Test("an output that is a pipe is written into, as a shell's > would")
    func outputIntoAPipe() throws {
        let dir = TemporaryDirectory()
        let path = dir.appending("pipe")
        #expect(mkfifo(path, 0o600) == 0)
        // The read end first, without waiting, so the write end can open.
        let reader = open(path, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        try OutputFile.write(Array("the export".utf8), to: path)
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(reader, &buffer, buffer.count)
        #expect(String(decoding: buffer.prefix(max(0, count)), as: UTF8.self) == "the export")
        #expect(AtomicFileWriter.existingType(path) == S_IFIFO)
    }

    @Test("an output that is a plain file is replaced whole")
    func outputIntoAFile() throws {
        let dir = TemporaryDirectory()
        let path = dir.appending("export.json")
        try OutputFile.write(Array("first, and longer".utf8), to: path)
        try OutputFile.write(Array("second".utf8), to: path)
        #expect(Disk.text(path) == "second")
        #expect(Disk.mode(path) == 0o600)
    }
}
