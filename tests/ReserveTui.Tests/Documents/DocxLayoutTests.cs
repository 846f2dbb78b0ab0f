using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ReserveTui.Documents.Layout;
using ReserveTui.Services;
using ReserveTui.Tests.Services.Campaigns;

namespace ReserveTui.Tests.Documents;

/// <summary>
/// The .docx documents, read back from the package: valid Open XML, and laid out after GB/T 9704-2012 — A4, the
/// margins, 22 lines of 28 characters, the fonts and sizes of title, headings, body and page numbers, the 落款, and
/// tables whose header row repeats. Set RESERVE_DOCS_OUT to a folder to keep the files (to look at them as pages).
/// </summary>
public sealed class DocxLayoutTests
{
    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    public static TheoryData<string> SchemeIds() => [.. DemoCampaign.Schemes.Keys];

    [Theory]
    [MemberData(nameof(SchemeIds))]
    public void EveryDocument_OfEveryScheme_IsValidOpenXml(string scheme)
    {
        using var f = new CampaignFixture();
        var demo = DemoCampaign.Build(f, scheme);
        var checkedCount = 0;
        foreach (var kind in DocumentKind.All)
        {
            var request = new DocumentRequest(kind.Id, "docx")
            {
                Scheme = kind.Subject is DocumentSubject.Scheme or DocumentSubject.Pool ? scheme : null,
                Campaign = kind.Subject == DocumentSubject.Campaign ? demo.CampaignId : null,
                Reserve = kind.Subject == DocumentSubject.Reserve ? demo.ReserveIds[0] : null,
            };
            RenderedDocument rendered;
            try
            {
                rendered = f.Documents.Render(request);
            }
            catch (Hosting.ReserveException) when (kind.Id is "registration" or "ranking" && scheme != "enterprise")
            {
                continue;
            }

            using var doc = Open(rendered.Content);
            var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{kind.Id}: {e.Description} @ {e.Path?.XPath}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
            Keep($"{scheme}-{kind.Id}.docx", rendered.Content);
            checkedCount++;
        }

        Assert.True(checkedCount >= 10);
    }

    [Fact]
    public void ThePage_IsA4_WithTheMarginsAndGridOfGbt9704()
    {
        using var f = new CampaignFixture();
        var demo = DemoCampaign.Build(f, "street");
        using var doc = Open(f.Documents.Campaign("notice", demo.CampaignId, "docx").Content);
        var section = doc.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal(11906u, size.Width!.Value);   // 210 mm
        Assert.Equal(16838u, size.Height!.Value);  // 297 mm
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal(37.0, Mm(margin.Top!.Value), 1);
        Assert.Equal(28.0, Mm(margin.Left!.Value), 1);
        Assert.Equal(156.0, 210 - Mm(margin.Left!.Value) - Mm(margin.Right!.Value), 1);
        Assert.Equal(225.0, 297 - Mm(margin.Top!.Value) - Mm(margin.Bottom!.Value), 1);
        var grid = section.GetFirstChild<DocGrid>()!;
        Assert.Equal(DocGridValues.Lines, grid.Type!.Value);
        Assert.Equal(22, (int)Math.Floor((297 - 37 - 35) / Mm(grid.LinePitch!.Value)));
        // 28 characters: the body size less its letter spacing (twentieths of a point) fits 28 times, not 29.
        var defaults = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        var pitchMm = (16 + defaults.GetFirstChild<Spacing>()!.Val!.Value / 20.0) / 72 * 25.4;
        Assert.Equal(28, (int)Math.Floor(156 / pitchMm));
        // Page numbers on both sides of the sheet: odd pages right, even pages left.
        Assert.NotNull(doc.MainDocumentPart.DocumentSettingsPart!.Settings!.GetFirstChild<EvenAndOddHeaders>());
        Assert.Equal(2, section.Elements<FooterReference>().Count());
    }

    [Fact]
    public void FontsAndSizes_AreThoseOfGbt9704_InTheEastAsianSlotToo()
    {
        using var f = new CampaignFixture();
        var demo = DemoCampaign.Build(f, "street");
        using var doc = Open(f.Documents.Campaign("tally", demo.CampaignId, "docx").Content);
        var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("仿宋_GB2312", defaults.RunFonts!.EastAsia!.Value);
        Assert.Equal("32", defaults.FontSize!.Val!.Value); // 三号

        (string? EastAsia, string? Ascii, string? Size) Of(string name)
        {
            var style = styles.Elements<Style>().Single(s => s.StyleName!.Val!.Value == name);
            var run = style.StyleRunProperties!;
            return (run.RunFonts!.EastAsia!.Value, run.RunFonts!.Ascii!.Value, run.FontSize!.Val!.Value);
        }

        Assert.Equal(("方正小标宋简体", "方正小标宋简体", "44"), Of("公文标题"));   // 二号
        Assert.Equal(("黑体", "黑体", "32"), Of("一级标题"));                       // 三号
        Assert.Equal(("楷体_GB2312", "楷体_GB2312", "32"), Of("二级标题"));         // 三号
        var title = doc.MainDocumentPart.Document!.Body!.Elements<Paragraph>().First();
        Assert.Equal("GbtTitle", title.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.Equal("民主推荐结果统计表", title.InnerText);
        var centred = styles.Elements<Style>().Single(s => s.StyleId == "GbtTitle").StyleParagraphProperties!.Justification!.Val!.Value;
        Assert.Equal(JustificationValues.Center, centred);

        var footer = doc.MainDocumentPart.FooterParts.First().Footer!;
        Assert.Contains("PAGE", footer.Descendants<FieldCode>().Single().Text);
        Assert.StartsWith("— ", footer.InnerText);
        Assert.EndsWith(" —", footer.InnerText);
        var number = footer.Descendants<RunProperties>().First();
        Assert.Equal("宋体", number.RunFonts!.EastAsia!.Value);
        Assert.Equal("28", number.FontSize!.Val!.Value); // 四号
    }

    [Fact]
    public void TheNotice_NamesTheNomineesAndItsFirstAndLastDay_WithTheIssuerAtTheFoot()
    {
        using var f = new CampaignFixture();
        var demo = DemoCampaign.Build(f, "street");
        using var doc = Open(f.Documents.Campaign("notice", demo.CampaignId, "docx").Content);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var text = body.InnerText;
        Assert.Contains("甲", text);
        Assert.Contains("乙", text);
        Assert.Contains("2026年7月1日至2026年7月7日", text);
        // The table's header row repeats on every page it runs onto.
        var table = body.Elements<Table>().Single();
        Assert.NotNull(table.Elements<TableRow>().First().TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Equal(3, table.Elements<TableRow>().Count());
        // 落款: the issuing body and the date in Arabic numerals, right-aligned four characters in.
        var signature = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "GbtSignature").Select(p => p.InnerText).ToList();
        Assert.Equal(["示例单位", "2026年7月8日"], signature);
        var style = doc.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "GbtSignature").StyleParagraphProperties!;
        Assert.Equal(JustificationValues.Right, style.Justification!.Val!.Value);
        Assert.Equal(400, style.Indentation!.RightChars!.Value);
    }

    [Fact]
    public void A10000RowTable_StaysOneTableWithItsHeaderRepeated()
    {
        var rows = Enumerable.Range(1, 10_000).Select(i => (IReadOnlyList<string>)[$"{i}", $"人员{i}", "示例单位"]).ToList();
        var bytes = DocxWriter.Write(new LaidOutDocument("名册", [new DocHeading(1, [new DocRun("名册")]), new DocTable("名册", ["序号", "姓名", "单位"], rows)]));
        using var doc = Open(bytes);
        var table = doc.MainDocumentPart!.Document!.Body!.Elements<Table>().Single();
        Assert.Equal(10_001, table.Elements<TableRow>().Count());
        Assert.Empty(new OpenXmlValidator().Validate(doc));
    }

    private static double Mm(double twips) => twips / 1440.0 * 25.4;

    private static void Keep(string name, byte[] content)
    {
        if (Environment.GetEnvironmentVariable("RESERVE_DOCS_OUT") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, name), content);
        }
    }
}
