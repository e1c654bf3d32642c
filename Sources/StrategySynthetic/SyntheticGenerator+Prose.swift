/// `prose/<lang>/<section>.md`: the six sections of the shipped template, in ru and en, with
/// max(1, N / 50) paragraphs each, a `###` heading every ten paragraphs and now and then a list.
extension SyntheticGenerator {
    func prose() -> [String: String] {
        var random = random(10)
        var files: [String: String] = [:]
        for section in Self.proseSections {
            var ru = ""
            var en = ""
            for paragraph in 0..<counts.paragraphsPerSection {
                var block: Bilingual
                if paragraph % 10 == 9 {
                    block = Bilingual("### ", "### ") + random.pick(SyntheticText.headings)
                        + Bilingual(" \(paragraph / 10 + 1)\n\n", " \(paragraph / 10 + 1)\n\n")
                        + random.paragraph()
                } else if paragraph % 7 == 6 {
                    let items = (0..<3).map { _ in Bilingual("- ", "- ") + random.sentence() }
                    block = Bilingual.joined(items, separator: "\n")
                } else {
                    block = random.paragraph()
                }
                if paragraph > 0 {
                    ru += "\n\n"
                    en += "\n\n"
                }
                ru += block.ru
                en += block.en
            }
            files["prose/ru/\(section.id).md"] = ru + "\n"
            files["prose/en/\(section.id).md"] = en + "\n"
        }
        return files
    }
}
