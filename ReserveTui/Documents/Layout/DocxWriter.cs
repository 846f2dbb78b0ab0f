using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReserveTui.Documents.Layout;

/// <summary>
/// Lays a document out as .docx after GB/T 9704-2012 (see <see cref="GbtPage"/>): title, headings, body with a
/// two-character indent, the issuing body and date at the foot, tables as Word tables whose header row repeats on
/// every page, and "— 1 —" page numbers (odd pages right, even pages left, one character in). Fonts are set in the
/// East Asian slot as well as the Latin ones, so Word and WPS both pick them.
/// </summary>
internal static class DocxWriter
{
    private const string TitleStyle = "GbtTitle";
    private const string FirstHeadingStyle = "GbtHeading1";
    private const string SecondHeadingStyle = "GbtHeading2";
    private const string SignatureStyle = "GbtSignature";
    private const string TableTextStyle = "GbtTableText";
    private const string WideTableTextStyle = "GbtWideTableText";
    private const string ListStyle = "GbtListItem";

    public static byte[] Write(LaidOutDocument document)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            package.PackageProperties.Title = document.Title;
            package.PackageProperties.Creator = "ReserveTui";
            var main = package.AddMainDocumentPart();
            Styles(main.AddNewPart<StyleDefinitionsPart>());
            var settings = main.AddNewPart<DocumentSettingsPart>();
            settings.Settings = new Settings(new EvenAndOddHeaders());
            var odd = Footer(main, JustificationValues.Right);
            var even = Footer(main, JustificationValues.Left);

            // The body is streamed: a 10,000-row roster would otherwise be a million-element tree built only to be
            // serialised once.
            using var writer = OpenXmlWriter.Create(main);
            writer.WriteStartElement(new Document());
            writer.WriteStartElement(new Body());
            foreach (var block in document.Blocks)
            {
                if (block is DocTable table) WriteTable(writer, table);
                else foreach (var element in Lay(block)) writer.WriteElement(element);
            }

            writer.WriteElement(Section(main.GetIdOfPart(odd), main.GetIdOfPart(even)));
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static IEnumerable<OpenXmlElement> Lay(DocBlock block)
    {
        switch (block)
        {
            case DocHeading h:
                yield return Paragraph(h.Level switch { 1 => TitleStyle, 2 => FirstHeadingStyle, _ => SecondHeadingStyle }, h.Runs);
                break;
            case DocParagraph p:
                yield return Paragraph(p.Signature ? SignatureStyle : null, p.Runs);
                break;
            case DocListItem item:
                var prefix = item.Number is { } n ? $"{n}. " : item.Depth > 0 ? "· " : "";
                var paragraph = Paragraph(ListStyle, [new DocRun(prefix), .. item.Runs]);
                if (item.Depth > 0)
                    paragraph.ParagraphProperties!.Append(new Indentation { LeftChars = 200 * item.Depth, Left = (320 * 2 * item.Depth).ToString() });
                yield return paragraph;
                break;
        }
    }

    private static Paragraph Paragraph(string? style, IEnumerable<DocRun> runs)
    {
        var paragraph = new Paragraph();
        if (style is not null) paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        foreach (var run in runs) paragraph.Append(Run(run));
        return paragraph;
    }

    private static Run Run(DocRun run)
    {
        var r = new Run();
        if (run.Bold) r.Append(new RunProperties(new Bold()));
        var lines = run.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) r.Append(new Break());
            r.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return r;
    }

    private static void WriteTable(OpenXmlWriter writer, DocTable t)
    {
        var wide = Math.Max(t.Header.Count, t.Rows.Count == 0 ? 0 : t.Rows.Max(r => r.Count)) > 6;
        var style = wide ? WideTableTextStyle : TableTextStyle;
        var widths = ColumnWidths(t, wide ? GbtPage.WideTableSize : GbtPage.TableSize);
        writer.WriteStartElement(new Table());
        // Fixed layout: the widths below are kept as given (LibreOffice otherwise shares the width out evenly).
        writer.WriteElement(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Dxa, Width = widths.Sum().ToString() },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(new TableCellLeftMargin { Width = CellMarginTwips, Type = TableWidthValues.Dxa }, new TableCellRightMargin { Width = CellMarginTwips, Type = TableWidthValues.Dxa })));
        writer.WriteElement(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));

        // One instance of each element, written again for every cell: only the text differs.
        var cellProperties = widths.Select(w => new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = w.ToString() })).ToArray();
        var (row, cell, paragraph, run, text) = (new TableRow(), new TableCell(), new Paragraph(), new Run(), new Text { Space = SpaceProcessingModeValues.Preserve });
        var plain = new ParagraphProperties(new ParagraphStyleId { Val = style });
        var centred = new ParagraphProperties(new ParagraphStyleId { Val = style }, new Justification { Val = JustificationValues.Center });
        var bold = new RunProperties(new Bold());
        // The header row repeats at the top of every page the table runs onto; no row is split across pages.
        if (t.Header.Count > 0) WriteRow(t.Header, new TableRowProperties(new TableHeader(), new CantSplit()), centred, bold);
        var bodyRow = new TableRowProperties(new CantSplit());
        foreach (var values in t.Rows) WriteRow(values, bodyRow, plain, null);
        writer.WriteEndElement();
        // Word needs a paragraph between two tables, and after the last one before the section break.
        writer.WriteElement(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = TableTextStyle })));

        void WriteRow(IReadOnlyList<string> values, TableRowProperties rowProperties, ParagraphProperties paragraphProperties, RunProperties? runProperties)
        {
            writer.WriteStartElement(row);
            writer.WriteElement(rowProperties);
            for (var i = 0; i < values.Count; i++)
            {
                writer.WriteStartElement(cell);
                writer.WriteElement(cellProperties[Math.Min(i, cellProperties.Length - 1)]);
                writer.WriteStartElement(paragraph);
                writer.WriteElement(paragraphProperties);
                writer.WriteStartElement(run);
                if (runProperties is not null) writer.WriteElement(runProperties);
                writer.WriteStartElement(text);
                writer.WriteString(values[i]);
                writer.WriteEndElement();
                writer.WriteEndElement();
                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }
    }

    /// <summary>Cell padding on each side: 1 mm, so an eleven-column table keeps its width for text.</summary>
    private const int CellMarginTwips = 57;

    /// <summary>
    /// The type area's width shared among the columns (first 200 rows read, CJK counted as two half-width units at
    /// the table's font size): each column first gets room for its longest unbreakable piece — a number, a share like
    /// 66.7%, a short cell such as a name — so nothing is cut mid-number or mid-name; what is left goes to the columns in proportion to how
    /// much more their text wants.
    /// </summary>
    private static IReadOnlyList<int> ColumnWidths(DocTable t, int halfPoints)
    {
        var count = Math.Max(t.Header.Count, t.Rows.Count == 0 ? 0 : t.Rows.Max(r => r.Count));
        if (count == 0) return [];
        var unit = halfPoints * 10.0 / 2; // a half-width character, in twips
        var least = new double[count];
        var want = new double[count];
        foreach (var row in t.Rows.Take(200).Prepend(t.Header))
            for (var i = 0; i < row.Count && i < count; i++)
            {
                // A short body cell — a name, 男, 正科 — is kept on one line whole: names are never split. Headers may wrap.
                var whole = !ReferenceEquals(row, t.Header) && row[i].Length <= 5 && !row[i].Any(char.IsWhiteSpace) ? Columns(row[i]) : Unbroken(row[i]);
                least[i] = Math.Max(least[i], Math.Max(4, whole + 1) * unit + 2 * CellMarginTwips);
                want[i] = Math.Max(want[i], Math.Min(60, Columns(row[i]) + 1) * unit + 2 * CellMarginTwips);
            }

        var area = (double)GbtPage.TypeAreaWidthTwips;
        var floor = least.Sum();
        if (floor >= area) return least.Select(l => (int)(l * area / floor)).ToList();
        var more = want.Select((w, i) => Math.Max(0, w - least[i])).ToList();
        var moreTotal = more.Sum();
        var extra = area - floor;
        return least.Select((l, i) => (int)(l + (moreTotal == 0 ? extra / count : extra * more[i] / moreTotal))).ToList();
    }

    /// <summary>The widest run of Latin letters, digits and signs, which a line must not break.</summary>
    private static int Unbroken(string text)
    {
        int best = 0, run = 0;
        foreach (var ch in text)
        {
            run = ch is > ' ' and < (char)0x2E80 ? run + 1 : 0;
            best = Math.Max(best, run);
        }

        // Digits and Latin letters run wider than half a CJK character in most CJK fonts: a fifth more, to be safe.
        return (best * 6 + 4) / 5;
    }

    private static int Columns(string text) => text.Sum(ch => ch > 0x2E80 ? 2 : 1);

    private static FooterPart Footer(MainDocumentPart main, JustificationValues side)
    {
        var part = main.AddNewPart<FooterPart>();
        var fonts = Fonts(GbtPage.PageNumber, GbtPage.PageNumber);
        RunProperties Props() => new(fonts.CloneNode(true), new FontSize { Val = GbtPage.PageNumberSize.ToString() }, new FontSizeComplexScript { Val = GbtPage.PageNumberSize.ToString() });
        var indent = side == JustificationValues.Right ? new Indentation { RightChars = 100, Right = "280" } : new Indentation { LeftChars = 100, Left = "280" };
        part.Footer = new Footer(new Paragraph(
            new ParagraphProperties(indent, new Justification { Val = side }),
            new Run(Props(), new Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(Props(), new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(Props(), new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(Props(), new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(Props(), new Text("1")),
            new Run(Props(), new FieldChar { FieldCharType = FieldCharValues.End }),
            new Run(Props(), new Text(" —") { Space = SpaceProcessingModeValues.Preserve })));
        return part;
    }

    private static SectionProperties Section(string oddFooter, string evenFooter) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = oddFooter },
        new FooterReference { Type = HeaderFooterValues.Even, Id = evenFooter },
        new PageSize { Width = GbtPage.WidthTwips, Height = GbtPage.HeightTwips },
        new PageMargin
        {
            Top = GbtPage.TopTwips, Bottom = GbtPage.BottomTwips, Left = (uint)GbtPage.LeftTwips, Right = (uint)GbtPage.RightTwips,
            Header = 851, Footer = (uint)GbtPage.FooterTwips, Gutter = 0,
        },
        new DocGrid { Type = DocGridValues.Lines, LinePitch = GbtPage.LinePitchTwips });

    private static RunFonts Fonts(string eastAsia, string latin) =>
        new() { Ascii = latin, HighAnsi = latin, EastAsia = eastAsia, ComplexScript = latin, Hint = FontTypeHintValues.EastAsia };

    private static void Styles(StyleDefinitionsPart part)
    {
        static string Size(int halfPoints) => halfPoints.ToString();
        var exact = new SpacingBetweenLines { Line = GbtPage.LinePitchTwips.ToString(), LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" };

        Style Paragraph(string id, string name, string font, int size, bool bold = false, params OpenXmlElement[] paragraph)
        {
            var run = new StyleRunProperties(Fonts(font, font == GbtPage.Body ? GbtPage.Latin : font), new FontSize { Val = Size(size) }, new FontSizeComplexScript { Val = Size(size) });
            if (bold) run.PrependChild(new Bold());
            return new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new PrimaryStyle(),
                new StyleParagraphProperties(paragraph.Select(e => e.CloneNode(true))), run)
            { Type = StyleValues.Paragraph, StyleId = id };
        }

        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(Fonts(GbtPage.Body, GbtPage.Latin),
                    new Spacing { Val = GbtPage.LetterSpacing }, new FontSize { Val = Size(GbtPage.BodySize) }, new FontSizeComplexScript { Val = Size(GbtPage.BodySize) },
                    new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(exact.CloneNode(true)))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle(),
                new StyleParagraphProperties(new Indentation { FirstLineChars = 200, FirstLine = "640" }, new Justification { Val = JustificationValues.Both }))
            { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            // Child order is the schema's (spacing, ind, jc): the validator refuses any other.
            Paragraph(TitleStyle, "公文标题", GbtPage.Title, GbtPage.TitleSize, false,
                new SpacingBetweenLines { Line = GbtPage.LinePitchTwips.ToString(), LineRule = LineSpacingRuleValues.Exact, Before = "0", After = GbtPage.LinePitchTwips.ToString() },
                new Indentation { FirstLineChars = 0, FirstLine = "0" }, new Justification { Val = JustificationValues.Center }),
            Paragraph(FirstHeadingStyle, "一级标题", GbtPage.FirstHeading, GbtPage.BodySize, false, new KeepNext()),
            Paragraph(SecondHeadingStyle, "二级标题", GbtPage.SecondHeading, GbtPage.BodySize, false, new KeepNext()),
            Paragraph(ListStyle, "条目", GbtPage.Body, GbtPage.BodySize),
            // 落款: right-aligned, four characters in from the right edge (GB/T 9704 7.3.5).
            Paragraph(SignatureStyle, "落款", GbtPage.Body, GbtPage.BodySize, false,
                new Indentation { FirstLineChars = 0, FirstLine = "0", RightChars = 400, Right = "1280" }, new Justification { Val = JustificationValues.Right }),
            Paragraph(TableTextStyle, "表格文字", GbtPage.Body, GbtPage.TableSize, false,
                new SnapToGrid { Val = false }, new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto, Before = "0", After = "0" }, new Indentation { FirstLineChars = 0, FirstLine = "0" },
                new Justification { Val = JustificationValues.Left }),
            Paragraph(WideTableTextStyle, "表格文字（宽表）", GbtPage.Body, GbtPage.WideTableSize, false,
                new SnapToGrid { Val = false }, new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto, Before = "0", After = "0" }, new Indentation { FirstLineChars = 0, FirstLine = "0" },
                new Justification { Val = JustificationValues.Left }));
    }
}
