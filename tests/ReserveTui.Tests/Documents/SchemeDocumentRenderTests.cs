using ReserveTui.Documents;
using ReserveTui.Hosting;
using ReserveTui.Services;
using ReserveTui.Tests.Services.Campaigns;

namespace ReserveTui.Tests.Documents;

/// <summary>The scheme document (选拔方案) rendered from the plugin through the templates, strictly.</summary>
public sealed class SchemeDocumentRenderTests : IDisposable
{
    private readonly TempDir _dir = new();

    private DocumentService Service => new(CampaignFixture.Catalog, new TemplateLibrary(Path.Combine(_dir.Path, "templates"), TemplateLibrary.Bundled), null, TimeProvider.System);

    public static TheoryData<string, string> SchemesAndFormats()
    {
        var data = new TheoryData<string, string>();
        foreach (var id in new[] { "college", "street", "school", "enterprise", "village", "county" })
            foreach (var format in new[] { "txt", "md" }) data.Add(id, format);
        return data;
    }

    [Theory]
    [MemberData(nameof(SchemesAndFormats))]
    public void TheSchemeDocument_StatesEveryRuleAndItsCitation_FromThePluginItself(string id, string format)
    {
        var scheme = CampaignFixture.Catalog.Get(id).Definition;
        var rendered = Service.Scheme(id, format);
        var (text, source) = (rendered.Text!, rendered.Source);
        Assert.Equal("bundled", source.Origin);
        Assert.Contains(scheme.Manifest.Name, text);
        Assert.All(scheme.Rules, r =>
        {
            Assert.Contains(r.Description, text);
            Assert.Contains($"〔{r.Citation}〕", text);
        });
        Assert.All(scheme.PoolRules, p => Assert.Contains(p.Description, text));
        Assert.All(scheme.Channels, c => Assert.Contains(c.Name, text));
        Assert.All(scheme.Notes, n => Assert.Contains(n, text));
        Assert.DoesNotContain("\n\n\n", text.Replace("\r", ""));
    }

    [Fact]
    public void AnOperatorsTemplate_Wins_AndTheListSaysSo()
    {
        Override("scheme.md.sbn", "# {{ scheme.name }}（本单位格式）\n");
        var rendered = Service.Scheme("street", "md");
        var (text, source) = (rendered.Text!, rendered.Source);
        Assert.Equal(("operator", "# 街道后备干部选拔方案（本单位格式）\n"), (source.Origin, text));
        var listed = Service.Templates(null);
        Assert.Contains(listed, t => t is { Document: "scheme", Format: "md", Origin: "operator" });
        Assert.Contains(listed, t => t is { Document: "scheme", Format: "txt", Origin: "bundled" });
    }

    [Theory]
    [InlineData("{{ for r in rules }}{{ r.description }}", "scheme.md.sbn(1,")]
    [InlineData("{{ schem.name }}", "scheme.md.sbn(1,4)")]
    [InlineData("{{ scheme.nmae }}", "scheme.md.sbn(1,")]
    public void ABrokenTemplate_IsRefusedWithFileLineAndColumn_NeverASilentBlank(string template, string position)
    {
        Override("scheme.md.sbn", template);
        var refused = Assert.Throws<ReserveException>(() => Service.Scheme("street", "md"));
        Assert.Equal(ErrorCode.BadInput, refused.Code);
        Assert.StartsWith("模板有错误，未生成文档：", refused.Message, StringComparison.Ordinal);
        Assert.Contains(position, refused.Message);
    }

    [Fact]
    public void TheCli_WritesTheFileWhole_OrLeavesWhatWasThere()
    {
        var output = _dir.File("方案.md", "旧内容");
        var ok = CliRunner.Run(_dir.Path, "render", "scheme", "--scheme", "village", "--format", "md", "-o", output);
        Assert.Equal(0, ok.Exit);
        Assert.StartsWith("# 村党支部培养选拔后备干部方案", File.ReadAllText(output), StringComparison.Ordinal);

        // CliRunner's XDG_DATA_HOME is _dir: the operator's templates are in reserve/templates below it.
        Directory.CreateDirectory(Path.Combine(_dir.Path, "reserve", "templates"));
        File.WriteAllText(Path.Combine(_dir.Path, "reserve", "templates", "scheme.md.sbn"), "{{ scheme.nmae }}");
        File.WriteAllText(output, "旧内容");
        var broken = CliRunner.Run(_dir.Path, "render", "scheme", "--scheme", "village", "--format", "md", "-o", output);
        Assert.Equal(3, broken.Exit);
        Assert.Contains("scheme.md.sbn(1,", broken.Err);
        Assert.Equal("旧内容", File.ReadAllText(output));
        Assert.Empty(Directory.GetFiles(_dir.Path, "*.tmp"));
        Assert.Contains("操作员文件夹", CliRunner.Run(_dir.Path, "templates", "list").Out);

        // A folder given as the output file: said so, exit 2, nothing written.
        var folder = CliRunner.Run(_dir.Path, "render", "scheme", "--scheme", "village", "-o", _dir.Path);
        Assert.Equal(2, folder.Exit);
        Assert.Contains("输出路径是一个文件夹", folder.Err);
    }

    private void Override(string name, string text)
    {
        Directory.CreateDirectory(Path.Combine(_dir.Path, "templates"));
        File.WriteAllText(Path.Combine(_dir.Path, "templates", name), text);
    }

    public void Dispose() => _dir.Dispose();
}
