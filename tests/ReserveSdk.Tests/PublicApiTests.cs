using PublicApiGenerator;

namespace ReserveSdk.Tests;

/// <summary>
/// ReserveSdk's public surface is a promise to plugin authors: every change to it must show up as a diff of
/// ReserveSdk/PublicAPI.txt, written by PublicApiGenerator (signatures as C#: out, nullable, defaults, params,
/// [Obsolete] and all). To accept an intended change, run the tests with RESERVE_UPDATE_API=1 and commit the file.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicSurface_MatchesTheBaseline()
    {
        var actual = typeof(ISchemePlugin).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).Replace("\r\n", "\n");
        var baseline = Path.Combine(RepoRoot(), "ReserveSdk", "PublicAPI.txt");
        if (Environment.GetEnvironmentVariable("RESERVE_UPDATE_API") == "1") File.WriteAllText(baseline, actual);
        Assert.True(File.Exists(baseline), "ReserveSdk/PublicAPI.txt is missing: run the tests once with RESERVE_UPDATE_API=1");
        Assert.Equal(File.ReadAllText(baseline), actual);
    }

    [Fact]
    public void TheBaseline_KeepsWhatTheOldReflectionDropped()
    {
        var api = File.ReadAllText(Path.Combine(RepoRoot(), "ReserveSdk", "PublicAPI.txt"));
        Assert.Contains("[System.Obsolete(", api);
        Assert.Contains("string? citation", api);
        Assert.Contains("params ReserveSdk.Guard[] guards", api);
        Assert.Contains("string clearName = \"公示无异议\"", api);
    }

    [Fact]
    public void PublicSurface_ReferencesOnlyTheFramework()
    {
        // An allow-list: a plugin shares the SDK's whole reference closure (McMaster sharedTypes).
        var references = typeof(ISchemePlugin).Assembly.GetReferencedAssemblies().Select(a => a.Name!);
        Assert.All(references, n => Assert.True(n == "netstandard" || n.StartsWith("System", StringComparison.Ordinal), $"ReserveSdk references {n}"));
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReserveTui.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ReserveTui.sln not found above the test output");
    }
}
