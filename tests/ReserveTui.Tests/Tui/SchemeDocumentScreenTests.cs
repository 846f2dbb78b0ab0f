using ReserveTui.Tests.Services.Campaigns;
using ReserveTui.Tui.Screens;
using Terminal.Gui.Input;

namespace ReserveTui.Tests.Tui;

/// <summary>F2: the scheme document previewed in the terminal (F6) and saved whole (F7).</summary>
public sealed class SchemeDocumentScreenTests : IDisposable
{
    private readonly CampaignFixture _f = new();
    private readonly TuiHarness _tui;

    public SchemeDocumentScreenTests() => _tui = new TuiHarness(_f.Screens());

    [Fact]
    public void F6PreviewsTheSchemeDocument_F7SavesIt_EscReturnsToTheRules()
    {
        _tui.Press(Key.F2);
        var screen = Assert.IsType<SchemesScreen>(_tui.Window.Current);
        _tui.Press(Key.F7);
        Assert.Equal("先按 F6 预览方案文档", screen.Message); // nothing to save yet, nothing written
        Assert.False(Directory.Exists(Path.Combine(_f.Files, "documents")));

        _tui.Press(Key.F6);
        Assert.Contains("（文档预览，Esc 返回）", _tui.Screen);
        var college = CampaignFixture.Catalog.Get("college").Definition;
        Assert.All(college.Rules, r => Assert.Contains(r.Description, screen.Details));

        _tui.Press(Key.F7);
        var saved = Path.Combine(_f.Files, "documents", "选拔方案-college-v1.1.0.docx");
        Assert.Equal("已保存 docx、md，位置见文末", screen.Message);
        Assert.EndsWith($"已保存：\n  {saved}\n  {Path.ChangeExtension(saved, ".md")}", screen.Details);
        Assert.StartsWith("# 学院后备干部选拔方案", File.ReadAllText(Path.ChangeExtension(saved, ".md")), StringComparison.Ordinal);
        using (var docx = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(saved, false))
            Assert.Equal("学院后备干部选拔方案", docx.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().First().InnerText);

        _tui.Press(Key.Esc);
        Assert.DoesNotContain("文档预览", _tui.Screen);
        Assert.Contains("F6  方案文档", _tui.Screen);
    }

    [Fact]
    public void ABrokenOverrideTemplate_IsReportedWithItsPosition_AndTheRulesStay()
    {
        Directory.CreateDirectory(Path.Combine(_f.Files, "templates"));
        File.WriteAllText(Path.Combine(_f.Files, "templates", "scheme.txt.sbn"), "{{ scheme.nmae }}");
        _tui.Press(Key.F2, Key.F6);
        var screen = Assert.IsType<SchemesScreen>(_tui.Window.Current);
        Assert.Equal("模板有错误，未生成文档：scheme.txt.sbn(1,11)：模型中没有字段“nmae”（字段名见 templates/README.md）", screen.Message);
        Assert.DoesNotContain("文档预览", _tui.Screen);
    }

    public void Dispose()
    {
        _tui.Dispose();
        _f.Dispose();
    }
}
