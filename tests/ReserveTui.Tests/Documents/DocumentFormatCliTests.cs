using System.Xml;
using System.Xml.Linq;
using MiniExcelLibs;
using ReserveTui.Documents.Layout;
using ReserveTui.Storage;
using ReserveTui.Tests.Services.Campaigns;

namespace ReserveTui.Tests.Documents;

/// <summary>
/// <c>reserve render</c> in every format over a stored demo campaign: .xlsx re-reads to the document's rows, HTML is
/// well-formed, the pool's documents take their filters, and a broken template or a wrong option writes nothing.
/// </summary>
public sealed class DocumentFormatCliTests : IDisposable
{
    private const string Now = "2026-07-10T09:00:00+08:00";
    private readonly TempDir _dir = new();
    private readonly string _db;
    private readonly DemoCampaign _demo;

    public DocumentFormatCliTests()
    {
        _db = Path.Combine(_dir.Path, "demo.db");
        using var f = new CampaignFixture(ReserveDatabase.Open(_db));
        _demo = DemoCampaign.Build(f, "enterprise");
        // The command lines below set the clock (--now): a training database's privilege.
        f.MarkTraining();
    }

    private (int Exit, string Out, string Err) Reserve(params string[] args) => CliRunner.Run(_dir.Path, ["--db", _db, "--now", Now, .. args]);

    [Theory]
    [InlineData("tally")]
    [InlineData("ranking")]
    [InlineData("nominees")]
    [InlineData("decision")]
    public void Xlsx_ReReadsToTheRowsOfTheDocumentsTables(string document)
    {
        var path = Path.Combine(_dir.Path, $"{document}.xlsx");
        Assert.Equal(0, Reserve("render", document, "--campaign", _demo.CampaignId, "--format", "xlsx", "-o", path).Exit);
        var tables = MarkdownReader.Read(Reserve("render", document, "--campaign", _demo.CampaignId, "--format", "md").Out, document).Tables.ToList();
        var sheets = MiniExcel.GetSheetNames(path);
        Assert.Equal(tables.Count, sheets.Count);
        for (var i = 0; i < tables.Count; i++)
        {
            var columns = XlsxWriter.Columns(tables[i]);
            var rows = MiniExcel.Query(path, useHeaderRow: true, sheetName: sheets[i]).Cast<IDictionary<string, object?>>().ToList();
            Assert.Equal(tables[i].Rows.Count, rows.Count);
            for (var r = 0; r < rows.Count; r++)
                Assert.Equal(tables[i].Rows[r], columns.Select(c => rows[r][c]?.ToString() ?? "").ToList());
        }
    }

    [Theory]
    [InlineData("notice")]
    [InlineData("publication")]
    [InlineData("registration")]
    public void Html_IsWellFormed_WithTheTitleAndTheTablesHeaderRow(string document)
    {
        var result = Reserve("render", document, "--campaign", _demo.CampaignId, "--format", "html");
        Assert.Equal(0, result.Exit);
        using var reader = XmlReader.Create(new StringReader(result.Out), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        var html = XDocument.Load(reader);
        XNamespace x = "http://www.w3.org/1999/xhtml";
        var title = html.Descendants(x + "h1").Single().Value;
        Assert.Equal(html.Descendants(x + "title").Single().Value, title);
        Assert.Contains("@page { size: A4", html.Descendants(x + "style").Single().Value);
        Assert.All(html.Descendants(x + "table"), t => Assert.NotNull(t.Element(x + "thead")));
    }

    [Fact]
    public void TheNoticeAsDocx_IsWrittenWhole_AndABinaryFormatNeedsAFile()
    {
        var path = Path.Combine(_dir.Path, "公示.docx");
        var ok = Reserve("render", "notice", "--campaign", _demo.CampaignId, "--format", "docx", "-o", path);
        Assert.Equal(0, ok.Exit);
        Assert.Contains("已生成", ok.Out);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(path)[..2]));
        var toScreen = Reserve("render", "notice", "--campaign", _demo.CampaignId, "--format", "docx");
        Assert.Equal(2, toScreen.Exit);
        Assert.Contains("请用 -o 给出文件名", toScreen.Err);
        var noTable = Reserve("render", "scheme", "--scheme", "county", "--format", "xlsx", "-o", Path.Combine(_dir.Path, "s.xlsx"));
        Assert.Equal(2, noTable.Exit);
        Assert.Contains("没有表格", noTable.Err);
        Assert.False(File.Exists(Path.Combine(_dir.Path, "s.xlsx")));
        var pdf = Reserve("render", "notice", "--campaign", _demo.CampaignId, "--format", "pdf", "-o", Path.Combine(_dir.Path, "n.pdf"));
        Assert.Equal(2, pdf.Exit);
        Assert.Contains("txt、md、html、docx、xlsx", pdf.Err);
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    [InlineData("html")]
    public void ABrokenOverride_IsRefusedWithItsPosition_AndTheOldFileStays(string format)
    {
        var templates = Path.Combine(_dir.Path, "reserve", "templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "tally.md.sbn"), "# 统计表\n\n{{ for c in categories }}\n| {{ c.nmae }} |\n{{ end }}\n");
        var listed = Reserve("templates", "list");
        Assert.Contains(listed.Out.Split('\n'), l => l.StartsWith("tally\tmd\t操作员文件夹\t", StringComparison.Ordinal));
        var path = Path.Combine(_dir.Path, $"old.{format}");
        File.WriteAllText(path, "before");
        var broken = Reserve("render", "tally", "--campaign", _demo.CampaignId, "--format", format, "-o", path);
        Assert.Equal(3, broken.Exit);
        Assert.Contains("tally.md.sbn(4,8)", broken.Err);
        Assert.Contains("nmae", broken.Err);
        Assert.Equal("before", File.ReadAllText(path));
        Assert.Empty(Directory.GetFiles(_dir.Path, "*.tmp"));
    }

    [Fact]
    public void ThePoolsDocuments_TakeTheirFilters_AndSayWhatIsWrong()
    {
        var roster = Reserve("render", "roster", "--scheme", "enterprise", "--status", "in-pool", "--format", "md");
        Assert.Equal(0, roster.Exit);
        Assert.Contains("共 2 人", roster.Out);
        Assert.Contains("| 甲 | 示例单位 |", roster.Out);
        Assert.Contains("共 0 人", Reserve("render", "roster", "--status", "lapsed").Out);
        var badStatus = Reserve("render", "roster", "--status", "gone");
        Assert.Equal(2, badStatus.Exit);
        Assert.Contains("in-pool（在库）", badStatus.Err);
        Assert.Equal(4, Reserve("render", "roster", "--unit", "没有这个单位").Exit);

        var structure = Reserve("render", "structure", "--scheme", "enterprise", "--unit", "示例单位");
        Assert.Equal(0, structure.Exit);
        Assert.Contains("在库 2 人", structure.Out);
        Assert.Equal(2, Reserve("render", "structure").Exit);

        var dossier = Reserve("render", "dossier", "--reserve", _demo.ReserveIds[0], "--format", "md");
        Assert.Equal(0, dossier.Exit);
        Assert.Contains("## 全程记实", dossier.Out);
        Assert.Contains("于2026年7月", dossier.Out);
        Assert.Equal(4, Reserve("render", "dossier", "--reserve", "000000000000000000000000").Exit);
        Assert.Equal(2, Reserve("render", "dossier").Exit);
    }

    [Fact]
    public void TheNoticeContact_IsPrintedOnTheNotice_AndFixedOnceTheCampaignEnds()
    {
        Assert.Contains("受理方式：电话 0536-1234567；来信寄示例单位组织人事科", Reserve("render", "notice", "--campaign", _demo.CampaignId).Out);
        var late = Reserve("campaign", "notice-contact", _demo.CampaignId, "电话 110");
        Assert.NotEqual(0, late.Exit);
        Assert.Contains("不能再修改公示受理方式", late.Err);
    }

    public void Dispose() => _dir.Dispose();
}
