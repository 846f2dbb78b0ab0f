using System.Text.RegularExpressions;
using ReserveSdk;

namespace ReserveScheme.Tests;

/// <summary>
/// docs/schemes-notes.md maps every clause of the seed to the code that encodes it; this keeps the table honest:
/// each scheme has its table, and every reference in it names something the plugin really has.
/// </summary>
public sealed partial class ClauseTableTests
{
    [Theory]
    [MemberData(nameof(AllSchemes.Ids), MemberType = typeof(AllSchemes))]
    public void ClauseTables_NameOnlyIdsThatExist(string id)
    {
        var rows = Rows(id);
        Assert.True(rows.Count >= 20, $"{id}: the clause table has {rows.Count} rows");
        var s = AllSchemes.Get(id);
        var missing = new List<string>();
        foreach (var (line, code) in rows)
        {
            var refs = Reference().Matches(code).Select(m => (Kind: m.Groups[1].Value, Id: m.Groups[2].Value)).ToList();
            if (refs.Count == 0 && !code.Contains("未建模", StringComparison.Ordinal)) missing.Add($"line {line}: neither a reference nor 未建模: {code}");
            missing.AddRange(refs.Where(r => !Exists(s, r.Kind, r.Id)).Select(r => $"line {line}: `{r.Kind}:{r.Id}`"));
        }

        Assert.True(missing.Count == 0, $"{id}: the clause table names what the plugin does not have:\n" + string.Join("\n", missing));
    }

    [Theory]
    [MemberData(nameof(AllSchemes.Ids), MemberType = typeof(AllSchemes))]
    public void ClauseTables_CoverEveryRuleAndPoolRule(string id)
    {
        // The other direction: a rule nobody can trace to a clause is a rule policy staff cannot review.
        var s = AllSchemes.Get(id);
        var named = Rows(id).SelectMany(r => Reference().Matches(r.Code)).Select(m => $"{m.Groups[1].Value}:{m.Groups[2].Value}").ToHashSet();
        var untraced = s.Rules.Select(r => "rule:" + r.Id).Concat(s.PoolRules.Select(p => "pool:" + p.Id)).Where(x => !named.Contains(x)).ToList();
        Assert.True(untraced.Count == 0, $"{id}: not in the clause table: {string.Join(", ", untraced)}");
    }

    [Fact]
    public void TheCheck_CatchesAnIdThatDoesNotExist()
    {
        var college = AllSchemes.Get("college");
        Assert.True(Exists(college, "rule", "age.max.principal"));
        Assert.False(Exists(college, "rule", "age.max.principle"));
        Assert.True(Exists(college, "action", "nominee/file"));
        Assert.False(Exists(college, "action", "campaign/file"));
        Assert.False(Exists(college, "rules", "age.max.principal"));
    }

    private static bool Exists(SchemeDefinition s, string kind, string id) => kind switch
    {
        "rule" => s.Rules.Any(r => r.Id == id),
        "pool" => s.PoolRules.Any(r => r.Id == id),
        "action" => id.Split('/') is [var wf, var action]
            && (wf == "campaign" ? s.CampaignWorkflow : wf == "nominee" ? s.NomineeWorkflow : null)?.Actions.Any(a => a.Id == action) == true,
        "channel" => s.Channels.Any(c => c.Id == id),
        "track" => s.Tracks.Any(t => t.Id == id),
        "removal" => s.Management.RemovalReasons.Any(r => r.Id == id),
        "use" => s.Management.UseRules.Any(u => u.Id == id),
        "scoring" => s.Scoring?.Components.Concat(s.Scoring.Leaves).Any(c => c.Id == id) == true,
        "management" => typeof(ManagementRules).GetProperty(id) is { } p && p.GetValue(s.Management) is { } v
            && v is not false && !(v is System.Collections.ICollection { Count: 0 }),
        _ => false,
    };

    /// <summary>(line, 编码 cell) of each row of the scheme's table under "### id".</summary>
    private static List<(int Line, string Code)> Rows(string id)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoRoot(), "docs", "schemes-notes.md"));
        var start = Array.IndexOf(lines, "### " + id);
        Assert.True(start >= 0, $"docs/schemes-notes.md has no section ### {id}");
        var rows = new List<(int, string)>();
        for (var i = start + 1; i < lines.Length && !lines[i].StartsWith("### ", StringComparison.Ordinal); i++)
        {
            var cells = lines[i].Split('|');
            if (cells.Length != 6 || cells[1].Trim() is "条款" || cells[1].TrimStart().StartsWith("---", StringComparison.Ordinal)) continue;
            rows.Add((i + 1, cells[3]));
        }

        return rows;
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReserveTui.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ReserveTui.sln not found above the test output");
    }

    // Any `kind:id`, so a mistyped kind is reported rather than skipped.
    [GeneratedRegex(@"`([a-z]+):([^`]+)`")]
    private static partial Regex Reference();
}
