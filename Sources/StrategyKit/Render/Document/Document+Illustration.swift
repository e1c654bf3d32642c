import Foundation

extension Document {
    /// The document with `notice` set apart at its head (after the title page, when it has
    /// one), in bold inside a quote so that every format shows it; unchanged when `notice` is
    /// nil or empty. An example workspace says so in every document it renders.
    public func withIllustrationNotice(_ notice: String?) -> Document {
        guard let notice, !notice.isEmpty else { return self }
        var blocks = self.blocks
        let block = Block.quote([.paragraph([.strong([.text(notice)])])])
        if case .titlePage? = blocks.first {
            blocks.insert(block, at: 1)
        } else {
            blocks.insert(block, at: 0)
        }
        var document = self
        document.blocks = blocks
        return document
    }
}

extension Strategy {
    /// The illustration notice in `language`, or nil for a real strategy.
    func illustrationNotice(_ language: Language) -> String? {
        illustration?[language]
    }
}
