/// The style sheet inlined into every HTML page: screen first, then print on A4.
///
/// Screen: a 60rem text column in a system font stack that has Cyrillic on every platform;
/// tables scroll inside their own box so the header row can stick to its top; the tables of
/// `.landscape` blocks (the action matrix) take the whole window. Print: A4 portrait with
/// page numbers, the title page alone, a page break before each main section (not on the
/// dashboard, whose sections flow on), charts scaled to the page's width, the
/// `.landscape` blocks on the named page `matrix` (A4 landscape), header rows repeated on
/// every page, rows kept whole.
///
/// It must contain neither `<` nor `&`: the page is also read as XML, and `<style>` is not
/// CDATA there.
enum HTMLStyle {
    static let css = """
    :root {
      color-scheme: light;
      --text: #1c2230;
      --muted: #5b6477;
      --rule: #d6dae3;
      --rule-strong: #9aa4b8;
      --accent: #1d4b8f;
      --head: #e9eef6;
      --stripe: #f8f9fc;
      --total: #eef1f6;
    }
    *, *::before, *::after { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body {
      margin: 0;
      background: #fff;
      color: var(--text);
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "PT Sans",
        "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
      font-size: 1rem;
      line-height: 1.55;
    }
    h1, h2, h3, h4, h5, h6 { line-height: 1.25; text-wrap: balance; scroll-margin-top: 1rem; }
    h1 { font-size: 2rem; margin-top: 2rem; margin-bottom: 1rem; }
    h2 {
      font-size: 1.5rem;
      margin-top: 3rem;
      margin-bottom: 1rem;
      padding-bottom: .3rem;
      border-bottom: 1px solid var(--rule);
      color: var(--accent);
    }
    h3 { font-size: 1.2rem; margin-top: 2rem; margin-bottom: .6rem; }
    h4, h5, h6 { font-size: 1rem; margin-top: 1.5rem; margin-bottom: .5rem; }
    p, ul, ol, dl { margin-top: 0; margin-bottom: .9rem; }
    li { margin: .2rem 0; }
    li > ul, li > ol { margin-top: .2rem; margin-bottom: .2rem; }
    a { color: var(--accent); text-underline-offset: .15em; }
    code {
      font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono",
        "DejaVu Sans Mono", monospace;
      font-size: .9em;
      background: #f0f2f6;
      border-radius: 3px;
      padding: .05em .3em;
    }
    pre {
      white-space: pre;
      overflow-x: auto;
      background: #f0f2f6;
      border-radius: 3px;
      padding: .6rem .8rem;
      margin: 0 0 .9rem;
      line-height: 1.35;
    }
    pre code { background: none; padding: 0; border-radius: 0; font-size: .85em; }
    img { max-width: 100%; height: auto; }
    blockquote {
      margin: 1rem 0;
      padding: .2rem 1rem;
      border-left: 4px solid var(--rule-strong);
      color: #374055;
    }
    hr { border: 0; border-top: 1px solid var(--rule); margin-top: 2rem; margin-bottom: 2rem; }

    header.title-page { padding: 3rem 0 2.5rem; }
    .title-page .members {
      list-style: none;
      padding: 0;
      margin: 0 0 3rem;
      color: var(--muted);
      font-size: .95rem;
    }
    .title-page .members li { margin: .15rem 0; }
    .title-page .title {
      font-size: clamp(1.7rem, 5vw, 2.4rem);
      margin: 0 0 .8rem;
      color: var(--accent);
    }
    .title-page .subtitle { font-size: 1.3rem; margin: 0 0 2.5rem; }
    .title-page .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: .4rem 1.5rem;
      margin: 0;
    }
    .title-page .facts div { display: contents; }
    .title-page .facts dt { color: var(--muted); }
    .title-page .facts dd { margin: 0; font-weight: 600; }

    nav.toc ul { list-style: none; margin: 0; padding: 0; }
    nav.toc ul ul { padding-left: 1.5rem; }
    nav.toc li { margin: .25rem 0; }
    nav.toc a { text-decoration: none; }
    nav.toc a:hover, nav.toc a:focus { text-decoration: underline; }

    .table-wrap { margin-top: 1.25rem; margin-bottom: 1.75rem; }
    table { width: 100%; font-size: .92rem; line-height: 1.4; }
    caption { caption-side: top; text-align: left; font-weight: 600; }
    th, td {
      text-align: left;
      vertical-align: top;
      overflow-wrap: break-word;
      hyphens: auto;
    }
    td a, td code { overflow-wrap: anywhere; }
    thead th { font-weight: 600; vertical-align: bottom; background: var(--head); }
    tr.total td { font-weight: 700; background: var(--total); }
    td p { margin: 0; }
    td p + p { margin-top: .4rem; }
    .align-end { text-align: right; font-variant-numeric: tabular-nums; }
    .align-center { text-align: center; }

    @media screen {
      main.document { padding: 2rem 1.5rem 4rem; }
      main.document > *, section.landscape > * { max-width: 60rem; margin-inline: auto; }
      main.document > section.landscape, section.landscape > .table-wrap { max-width: none; }
      header.title-page { margin-bottom: 2rem; border-bottom: 3px solid var(--accent); }
      figure.chart { margin: 1.5rem 0; }
      figure.chart { max-width: 60rem; overflow: hidden; }
      figure.chart svg { display: block; width: 100%; max-width: 100%; height: auto; }
      figure.chart figcaption { font-size: 0.9em; color: #4a5565; margin-top: 0.4rem; }
      .inline-chart svg { max-width: 100%; height: auto; }
      nav.toc {
        margin-top: 1rem;
        margin-bottom: 2.5rem;
        padding: 1rem 1.5rem;
        background: var(--stripe);
        border-left: 4px solid var(--accent);
      }
      /* The table scrolls inside its box, both ways, so the header row can stick to the
         box's top while a long matrix scrolls under it. */
      .table-wrap {
        overflow: auto;
        max-height: calc(100vh - 3rem);
        border: 1px solid var(--rule);
      }
      table { border-collapse: separate; border-spacing: 0; }
      /* Landscape tables (the matrix) take the whole window and scroll rather than squeeze. */
      section.landscape table { min-width: 64rem; font-size: .86rem; }
      caption { padding: .6rem .7rem; border-bottom: 1px solid var(--rule); }
      th, td {
        padding: .45rem .6rem;
        border-right: 1px solid var(--rule);
        border-bottom: 1px solid var(--rule);
      }
      section.landscape th, section.landscape td { padding: .4rem .45rem; }
      th:last-child, td:last-child { border-right: 0; }
      tbody tr:last-child td { border-bottom: 0; }
      thead th {
        position: sticky;
        top: 0;
        z-index: 1;
        border-bottom: 2px solid var(--rule-strong);
      }
      tbody tr:nth-child(even) td { background: var(--stripe); }
      tr.total td { background: var(--total); border-top: 2px solid var(--rule-strong); }
    }

    @page {
      size: A4;
      margin: 18mm 16mm;
      @bottom-center { content: counter(page); font-size: 9pt; color: #555; }
    }
    @page :first {
      @bottom-center { content: none; }
    }
    @page matrix {
      size: A4 landscape;
      margin: 14mm 12mm;
    }

    @media print {
      html { font-size: 10.5pt; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      a { color: #0b3570; }
      a[href^="http"]::after {
        content: " (" attr(href) ")";
        font-size: .85em;
        color: #333;
        overflow-wrap: anywhere;
      }
      td a[href^="http"]::after, th a[href^="http"]::after { content: none; }

      header.title-page {
        display: flex;
        flex-direction: column;
        justify-content: center;
        min-height: 235mm;
        padding: 0;
        break-after: page;
      }
      h2 { break-before: page; margin-top: 0; }
      nav.toc + h2 { break-before: auto; margin-top: 2rem; }
      h1, h2, h3, h4, h5, h6, caption { break-after: avoid; }
      p, li { orphans: 3; widows: 3; }
      pre { white-space: pre-wrap; break-inside: avoid; }
      img { break-inside: avoid; }

      section.landscape { page: matrix; }
      table { border-collapse: collapse; font-size: 9pt; }
      section.landscape table { font-size: 8pt; }
      caption { padding: 0 0 .3rem; }
      th, td { border: .5pt solid #8a93a6; padding: .25rem .35rem; }
      thead { display: table-header-group; }
      tr { break-inside: avoid; }
      tr.total td { border-top: 1.5pt solid #5b6477; }

      /* Charts fit the page's width and stay whole. */
      figure.chart { margin: .8rem 0; break-inside: avoid; }
      figure.chart svg { display: block; width: 100%; max-width: 100%; height: auto; max-height: 245mm; }
      figure.chart figcaption { font-size: 8.5pt; color: #4a5565; }
      .inline-chart svg { max-width: 100%; height: auto; }

      /* The dashboard (its h1 is #dashboard) is one report, not a book: its sections flow on
         from the title instead of each starting a page. */
      html:has(h1#dashboard) { font-size: 9pt; }
      main.document:has(> h1#dashboard) > h2 { break-before: auto; margin-top: 1rem; font-size: 1.35rem; }
      main.document:has(> h1#dashboard) > h1 { margin-top: 0; font-size: 1.7rem; }
      main.document:has(> h1#dashboard) table { font-size: 7.5pt; line-height: 1.3; }
      main.document:has(> h1#dashboard) th, main.document:has(> h1#dashboard) td { padding: .15rem .3rem; }
      main.document:has(> h1#dashboard) figure.chart svg { max-height: 190mm; width: auto; max-width: 100%; }
    }

    """
}
