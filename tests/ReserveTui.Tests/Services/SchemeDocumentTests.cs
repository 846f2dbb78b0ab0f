using ReserveTui.Services;
using ReserveTui.Tests.Services.Campaigns;

namespace ReserveTui.Tests.Services;

/// <summary>The scheme as text (F2 and <c>reserve scheme show</c>).</summary>
public sealed class SchemeDocumentTests
{
    [Fact]
    public void Channels_SayDirectEntryOnce()
    {
        var text = new StringWriter();
        SchemeDocument.WriteText(CampaignFixture.Catalog.Get("county").Definition, text);
        var channels = text.ToString().Split('\n').Single(l => l.StartsWith("推荐渠道：", StringComparison.Ordinal));
        Assert.Contains("差额人选（直接列为相应层次后备）、", channels);
        Assert.Contains("未录用的考察对象（直接列为相应层次后备）、", channels);
        Assert.DoesNotContain("后备）（直接列为后备）", channels);
        Assert.Contains("选调生（直接列为副科级后备）", channels);
        Assert.Contains("  选调生（直接列为副科级后备）：只能列为副科级后备〔第五篇 推荐+考选〕", text.ToString());
    }
}
