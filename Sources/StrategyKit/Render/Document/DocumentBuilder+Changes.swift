import Foundation

extension DocumentBuilder {
    /// `{{changes.annex}}`: the annex heading and what changed since the version the edition
    /// names in `changesSince`, compared with this edition; nothing at all when it names none.
    var changesAnnex: [Block] {
        guard strategy.edition.changesSince != nil, let changes = context.changes else { return [] }
        let document = ChangesDocument(changes, templates: context.templates)
        return document.blocks(
            level: 2, title: labels.format("changes.annex.title", ["version": changes.since.name]),
            newSide: labels.format("changes.side.edition", [
                "version": strategy.edition.version, "date": labels.date(context.date),
            ]))
    }
}
