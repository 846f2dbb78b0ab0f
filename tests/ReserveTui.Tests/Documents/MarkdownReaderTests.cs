using ReserveTui.Documents;
using ReserveTui.Documents.Layout;

namespace ReserveTui.Tests.Documents;

/// <summary>What the .docx, .xlsx and HTML writers are given: the blocks read from a template's Markdown.</summary>
public sealed class MarkdownReaderTests
{
    [Fact]
    public void Blocks_KeepTitleHeadingsListsTablesAndTheSignature()
    {
        const string md = "# 标题\n\n正文**要点**其后\n\n## 名单\n\n| 姓名 | 得票率 |\n|---|---|\n| 甲 | 66.7% |\n\n- 一项\n  - 细项\n1. 第一\n2. 第二\n\n<!-- 落款 -->\n\n示例单位\n\n2026年7月8日\n";
        var doc = MarkdownReader.Read(md, "备用");
        Assert.Equal("标题", doc.Title);
        var body = Assert.IsType<DocParagraph>(doc.Blocks[1]);
        Assert.Equal([new DocRun("正文"), new DocRun("要点", Bold: true), new DocRun("其后")], body.Runs);
        Assert.False(body.Signature);
        var table = Assert.Single(doc.Tables);
        Assert.Equal("名单", table.Caption);
        Assert.Equal(["姓名", "得票率"], table.Header);
        Assert.Equal(["甲", "66.7%"], table.Rows.Single());
        var items = doc.Blocks.OfType<DocListItem>().Select(i => (i.Depth, i.Number, i.Text)).ToList();
        Assert.Equal([(0, null, "一项"), (1, null, "细项"), (0, 1, "第一"), (0, 2, "第二")], items);
        Assert.Equal(["示例单位", "2026年7月8日"], doc.Blocks.OfType<DocParagraph>().Where(p => p.Signature).Select(p => p.Text));
    }

    [Fact]
    public void ControlCharacters_AreDropped_SoTheFileStaysReadable()
    {
        var doc = MarkdownReader.Read("# 名\u0001单\n\n| 姓名 |\n|---|\n| 甲\u0007乙 |\n", "x");
        Assert.Equal("名单", doc.Title);
        Assert.Equal("甲乙", doc.Tables.Single().Rows.Single().Single());
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(
            DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(DocxWriter.Write(doc)), false)));
    }

    [Fact]
    public void HalfASurrogatePair_AndNonCharacters_AreDropped_WholePairsKept()
    {
        Assert.Equal("甲乙😀丙", MarkdownReader.XmlSafe("甲\uD83D乙😀\uFFFE丙\uDE00"));
        var doc = MarkdownReader.Read("# 名单\n\n| 姓名 |\n|---|\n| 甲\uD83D |\n", "x");
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(
            DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(DocxWriter.Write(doc)), false)));
    }

    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(12, "十二")]
    [InlineData(20, "二十")]
    [InlineData(105, "一百零五")]
    [InlineData(110, "一百一十")]
    [InlineData(1010, "一千零一十")]
    [InlineData(0, "0")]
    public void ChineseNumerals_AreWrittenAsOfficialDocumentsNumberItems(int n, string expected) => Assert.Equal(expected, ChineseNumerals.Of(n));

    [Fact]
    public void SheetNames_AreCleanedCutAndUnique()
    {
        Assert.Equal("a_b_c", XlsxWriter.SheetName("a/b?c", []));
        var name = XlsxWriter.SheetName(new string('名', 40), []);
        Assert.Equal(31, name.Length);
        Assert.Equal("名单(2)", XlsxWriter.SheetName("名单", ["名单"]));
        Assert.Equal("表", XlsxWriter.SheetName("''", []));
    }
}
