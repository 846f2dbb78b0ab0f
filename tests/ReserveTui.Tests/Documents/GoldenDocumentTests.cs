using ReserveTui.Hosting;
using ReserveTui.Services;
using ReserveTui.Tests.Services.Campaigns;

namespace ReserveTui.Tests.Documents;

/// <summary>
/// Every document, as txt and md, rendered from the fixed demo campaign of each scheme and compared with the checked-in
/// expected output in <c>Documents/golden/&lt;scheme&gt;/</c>, so any change to a template, a model or a plugin's wording
/// shows up as a diff. To accept an intended change, run the tests with RESERVE_UPDATE_GOLDEN=1 and commit the files.
/// </summary>
public sealed class GoldenDocumentTests
{
    /// <summary>The documents a scheme without a step has none of: they are refused, and the test says which.</summary>
    private static readonly IReadOnlyDictionary<string, string[]> NotInScheme = new Dictionary<string, string[]>
    {
        ["college"] = ["registration", "ranking"],
        ["street"] = ["registration", "ranking"],
        ["school"] = ["registration", "ranking"],
        ["enterprise"] = [],
        ["village"] = ["registration", "ranking"],
        ["county"] = ["registration", "ranking"],
    };

    public static TheoryData<string> SchemeIds() => [.. DemoCampaign.Schemes.Keys];

    [Theory]
    [MemberData(nameof(SchemeIds))]
    public void EveryDocument_OfTheDemoCampaign_MatchesItsGoldenFile(string scheme)
    {
        using var f = new CampaignFixture();
        var demo = DemoCampaign.Build(f, scheme);
        var documents = f.Documents;
        var refused = new List<string>();
        var mismatched = new List<string>();
        foreach (var kind in DocumentKind.All)
        {
            foreach (var format in new[] { "txt", "md" })
            {
                var request = new DocumentRequest(kind.Id, format)
                {
                    Scheme = kind.Subject is DocumentSubject.Scheme or DocumentSubject.Pool ? scheme : null,
                    Campaign = kind.Subject == DocumentSubject.Campaign ? demo.CampaignId : null,
                    Reserve = kind.Subject == DocumentSubject.Reserve ? demo.ReserveIds[0] : null,
                };
                string text;
                try
                {
                    text = documents.Render(request).Text!;
                }
                catch (ReserveException) when (NotInScheme[scheme].Contains(kind.Id))
                {
                    refused.Add(kind.Id);
                    continue;
                }

                if (!Matches(scheme, $"{kind.Id}.{format}", text)) mismatched.Add($"{kind.Id}.{format}");
            }
        }

        Assert.Equal(NotInScheme[scheme].Order(), refused.Distinct().Order());
        Assert.True(mismatched.Count == 0, $"{scheme}: differs from golden: {string.Join(", ", mismatched)} (RESERVE_UPDATE_GOLDEN=1 to accept)");
    }

    private static bool Matches(string scheme, string name, string actual)
    {
        var path = Path.Combine(RepoRoot(), "tests", "ReserveTui.Tests", "Documents", "golden", scheme, name);
        if (Environment.GetEnvironmentVariable("RESERVE_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }

        return File.Exists(path) && File.ReadAllText(path) == actual;
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReserveTui.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ReserveTui.sln not found above the test output");
    }
}
