import Foundation

/// Turns a ``Document`` into the bytes of one format. Pure: no file system, clock or locale.
public protocol DocumentWriter {
    /// The file extension (`md`, `html`, `docx`).
    var fileExtension: String { get }
    /// The document's bytes.
    func write(_ document: Document, labels: Labels) throws -> Data
}
