using ReserveSdk;

namespace ReserveSdk.Tests.Workflows;

public sealed class WorkflowBuilderTests
{
    [Fact]
    public void Build_UnreachableState_Throws()
    {
        var b = new WorkflowBuilder("w", "流程").State("a", "甲").State("lost", "孤立").Final("z", "终").Action("go", "前进", "a", "z");
        Assert.Contains("unreachable", Assert.Throws<InvalidOperationException>(b.Build).Message);
    }

    [Fact]
    public void Build_ActionLeavingAFinalState_Throws()
    {
        var b = new WorkflowBuilder("w", "流程").State("a", "甲").Final("z", "终").Action("go", "前进", "a", "z").Action("back", "返回", "z", "a");
        Assert.Throws<InvalidOperationException>(b.Build);
    }

    [Fact]
    public void DaysSince_ClosesOnDaySevenNotDaySix()
    {
        var guard = Guards.DaysSince("open-notice", 7, "公示期满 7 天后方可结束");
        var opened = new DateTimeOffset(2026, 6, 1, 17, 0, 0, TimeSpan.FromHours(8));
        GuardContext At(DateTimeOffset now) => new(now, new Dictionary<string, DateTimeOffset> { ["open-notice"] = opened }, new Dictionary<string, string>());
        Assert.False(guard.Check(At(new DateTimeOffset(2026, 6, 7, 23, 59, 0, TimeSpan.FromHours(8)))));
        Assert.True(guard.Check(At(new DateTimeOffset(2026, 6, 8, 8, 0, 0, TimeSpan.FromHours(8)))));
        Assert.False(guard.Check(new GuardContext(opened, new Dictionary<string, DateTimeOffset>(), new Dictionary<string, string>())));
    }
}
