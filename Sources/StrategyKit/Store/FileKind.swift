import Foundation

/// What is at a path, without following a symbolic link.
enum FileKind: Equatable, Sendable {
    case regular, directory, symbolicLink, other

    /// The kind of `url`, or nil when nothing is there.
    static func of(_ url: URL) -> FileKind? {
        var status = stat()
        guard lstat(url.path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .directory
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    /// "a symbolic link", for messages.
    var phrase: String {
        switch self {
        case .regular: "a regular file"
        case .directory: "a folder"
        case .symbolicLink: "a symbolic link"
        case .other: "a special file (pipe, socket or device)"
        }
    }
}
