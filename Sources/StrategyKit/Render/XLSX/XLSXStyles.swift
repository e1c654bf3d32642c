/// The one stylesheet of every workbook: a cell format per ``XLSXStyle``, in its order.
enum XLSXStyles {
    /// `xl/styles.xml`, with the money format showing `currency`.
    static func xml(currency: String) -> String {
        let code = currency.filter { $0.isLetter }
        let money = code.isEmpty ? "#,##0.00" : "#,##0.00\\ \"\(code)\""
        // Cell formats in XLSXStyle order: numFmt, font, fill, border, wrap, bold.
        let formats: [(XLSXStyle, numFmt: Int, font: Int, fill: Int, border: Int, wrap: Bool)] = [
            (.normal, 0, 0, 0, 0, false),
            (.header, 0, 1, 2, 1, true),
            (.prefilled, 0, 0, 3, 1, true),
            (.input, 49, 0, 0, 1, true),
            (.wrapped, 0, 0, 0, 0, true),
            (.money, 164, 0, 0, 0, false),
            (.moneyTotal, 164, 1, 0, 0, false),
            (.number, 0, 0, 0, 0, false),
            (.bold, 0, 1, 0, 0, false),
            (.percent, 165, 0, 0, 0, false),
        ]
        var xml = XLSXWriter.declaration + "<styleSheet xmlns=\"\(XLSXWriter.mainNamespace)\">"
            + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"\(XMLEscaping.attribute(money))\"/>"
            + "<numFmt numFmtId=\"165\" formatCode=\"0.0%\"/></numFmts>"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
            + "<fills count=\"4\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFD9E1F2\"/><bgColor indexed=\"64\"/></patternFill></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFEDEDED\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
            + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
            + "<border><left style=\"thin\"><color rgb=\"FFBFBFBF\"/></left><right style=\"thin\"><color rgb=\"FFBFBFBF\"/></right>"
            + "<top style=\"thin\"><color rgb=\"FFBFBFBF\"/></top><bottom style=\"thin\"><color rgb=\"FFBFBFBF\"/></bottom><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"\(formats.count)\">"
        for format in formats {
            xml += "<xf numFmtId=\"\(format.numFmt)\" fontId=\"\(format.font)\" fillId=\"\(format.fill)\""
                + " borderId=\"\(format.border)\" xfId=\"0\""
            if format.numFmt != 0 { xml += " applyNumberFormat=\"1\"" }
            if format.font != 0 { xml += " applyFont=\"1\"" }
            if format.fill != 0 { xml += " applyFill=\"1\"" }
            if format.border != 0 { xml += " applyBorder=\"1\"" }
            xml += format.wrap
                ? " applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>" : "/>"
        }
        return xml + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "<dxfs count=\"0\"/><tableStyles count=\"0\"/></styleSheet>"
    }
}
