using ReserveTui.Plugins;
using ReserveTui.Workflow;

namespace ReserveTui.Tests.Workflow;

/// <summary>
/// Each scheme's workflow graphs against golden files, so any change to a procedure shows up as a diff.
/// To accept an intended change: reserve scheme graph &lt;id&gt; --workflow &lt;campaign|nominee&gt; &gt; tests/ReserveTui.Tests/Workflow/golden/&lt;id&gt;.&lt;wf&gt;.mmd
/// </summary>
public sealed class WorkflowGraphTests
{
    private static readonly SchemeCatalog Catalog = PluginHost.Load([Path.Combine(AppContext.BaseDirectory, "plugins")]);

    public static TheoryData<string, string> Graphs
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var id in new[] { "college", "street", "school", "enterprise", "village", "county" })
            {
                data.Add(id, "campaign");
                data.Add(id, "nominee");
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Mermaid_MatchesTheGoldenFile(string id, string workflow)
    {
        var scheme = Catalog.Get(id).Definition;
        var actual = WorkflowGraph.Mermaid(workflow == "campaign" ? scheme.CampaignWorkflow : scheme.NomineeWorkflow);
        var golden = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Workflow", "golden", $"{id}.{workflow}.mmd"));
        Assert.Equal(golden, actual);
    }

    [Fact]
    public void StreetNominee_ShowsTheSevenDayNoticeAndDisqualification()
    {
        var street = Catalog.Get("street").Definition;
        Assert.Contains("结束公示<br/>[公示期 7 天，期满后方可结束公示]", WorkflowGraph.Mermaid(street.CampaignWorkflow));
        Assert.Contains("notice --> disqualified : 举报经查实，取消人选资格<br/>[只有举报经查实，才能取消人选资格]", WorkflowGraph.Mermaid(street.NomineeWorkflow));
    }

    [Fact]
    public void Dot_QuotesChineseLabelsAndMarksEndStates()
    {
        var dot = WorkflowGraph.Dot(Catalog.Get("county").Definition.NomineeWorkflow);
        Assert.Contains("\"admitted\" [label=\"已入库\", peripheries=2];", dot);
        Assert.Contains("\"nominated\" -> \"admitted\" [label=\"直接列为相应层次的后备干部\\n[", dot);
    }
}
