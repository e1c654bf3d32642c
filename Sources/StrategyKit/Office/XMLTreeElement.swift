/// An element of a part read whole (``XMLPullReader/tree(_:limits:)``): for the small parts of
/// a package (relationships, workbook, styles, comments); large ones are read as events.
struct XMLTreeElement: Hashable, Sendable {
    /// A child: an element or a run of text.
    indirect enum Node: Hashable, Sendable {
        case element(XMLTreeElement)
        case text(String)
    }

    var name: XMLName
    var attributes: [XMLAttribute]
    var children: [Node] = []
    /// The 1-based line and column of the start tag's `<`.
    var line: Int
    var column: Int

    init(tag: XMLStartTag) {
        name = tag.name
        attributes = tag.attributes
        line = tag.line
        column = tag.column
    }

    /// The value of the attribute `local` in `namespace` ("" for an unprefixed attribute).
    func attribute(_ local: String, namespace: String = "") -> String? {
        attributes.first { $0.name.local == local && $0.name.namespace == namespace }?.value
    }

    /// The child elements, in order.
    var elements: [XMLTreeElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// The child elements with the local name `local` (in any namespace when `namespaces` is
    /// nil, else in one of them: OOXML has a transitional and a strict URI for each).
    func elements(_ local: String, in namespaces: Set<String>? = nil) -> [XMLTreeElement] {
        elements.filter { element in
            element.name.local == local && namespaces.map { $0.contains(element.name.namespace) } ?? true
        }
    }

    /// The first child element named `local` (see ``elements(_:in:)``).
    func element(_ local: String, in namespaces: Set<String>? = nil) -> XMLTreeElement? {
        elements(_: local, in: namespaces).first
    }

    /// All text inside the element, depth first.
    var text: String {
        children.map { child in
            switch child {
            case .text(let text): text
            case .element(let element): element.text
            }
        }.joined()
    }
}
