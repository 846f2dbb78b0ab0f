using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ReserveTui.Tests.Architecture;

/// <summary>
/// The layers of DESIGN.md, enforced: each fixed package is known to one folder of the host only, the SDK
/// references nothing but the framework, and a plugin references the SDK alone.
/// </summary>
public sealed partial class LayerTests
{
    /// <summary>Package namespace → the only folder of ReserveTui/ whose code may use it.</summary>
    public static TheoryData<string, string> Owners => new()
    {
        { "LiteDB", "Storage" },
        { "Stateless", "Workflow" },
        { "Scriban", "Documents" },
        { "DocumentFormat", "Documents" },
        { "Markdig", "Documents" },
        { "Terminal.Gui", "Tui" },
        { "McMaster", "Plugins" },
    };

    [Theory]
    [MemberData(nameof(Owners))]
    public void APackage_IsUsedOnlyInTheLayerThatOwnsIt(string package, string folder)
    {
        var host = Path.Combine(Root, "ReserveTui");
        var offenders = Directory.EnumerateFiles(host, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => !Path.GetRelativePath(host, f).StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Where(f => Uses(File.ReadAllText(f), package))
            .Select(f => Path.GetRelativePath(Root, f))
            .ToList();
        Assert.True(offenders.Count == 0, $"{package} outside ReserveTui/{folder}/: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void TheCheck_SeesAUsingAndAQualifiedName_NotAComment()
    {
        Assert.True(Uses("using LiteDB;\nclass A {}", "LiteDB"));
        Assert.True(Uses("class A { LiteDB.BsonValue v; }", "LiteDB"));
        Assert.False(Uses("// only LiteDB knows about this\nclass A {}", "LiteDB"));
        Assert.False(Uses("class A { string s = \"LiteDB.x\"; }", "LiteDB"));
    }

    [Fact]
    public void TheSdkProject_ReferencesNoPackageOrProject()
    {
        // The built assembly's references are checked by ReserveSdk.Tests (PublicSurface_ReferencesOnlyTheFramework).
        var project = XDocument.Load(Path.Combine(Root, "ReserveSdk", "ReserveSdk.csproj"));
        Assert.DoesNotContain(project.Descendants("PackageReference"), p => p.Attribute("PrivateAssets")?.Value != "all");
        Assert.Empty(project.Descendants("ProjectReference"));
    }

    [Fact]
    public void APlugin_ReferencesTheSdkAlone_WithoutCopyingIt()
    {
        var projects = Directory.GetFiles(Path.Combine(Root, "plugins"), "*.csproj", SearchOption.AllDirectories);
        Assert.Equal(6, projects.Length);
        foreach (var path in projects)
        {
            var project = XDocument.Load(path);
            Assert.Empty(project.Descendants("PackageReference"));
            var reference = Assert.Single(project.Descendants("ProjectReference"));
            Assert.EndsWith("ReserveSdk.csproj", reference.Attribute("Include")!.Value.Replace('\\', '/'), StringComparison.Ordinal);
            Assert.Equal(("false", "runtime"), (reference.Attribute("Private")?.Value, reference.Attribute("ExcludeAssets")?.Value));
        }
    }

    private static bool Uses(string source, string package)
    {
        var code = Literals().Replace(Comments().Replace(source, ""), "\"\"");
        return Regex.IsMatch(code, $@"(^|[^\w.]){Regex.Escape(package)}(\.|;)", RegexOptions.Multiline);
    }

    private static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReserveTui.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("ReserveTui.sln not found above the test output");
        }
    }

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comments();

    [GeneratedRegex(@"""(?:[^""\\\n]|\\.)*""")]
    private static partial Regex Literals();
}
