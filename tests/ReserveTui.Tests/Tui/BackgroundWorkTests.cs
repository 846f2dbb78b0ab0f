using ReserveTui.Tui;

namespace ReserveTui.Tests.Tui;

/// <summary>A screen's reads on a worker: one at a time in order, skipped when unwanted before they start, all waited for before the database closes.</summary>
public sealed class BackgroundWorkTests
{
    [Fact]
    public void Work_RunsOneAtATime_InTheOrderAsked()
    {
        var work = new BackgroundWork();
        var order = new List<int>();
        var running = 0;
        var overlapped = false;
        var tasks = Enumerable.Range(0, 5).Select(i => work.Run(() =>
        {
            if (Interlocked.Increment(ref running) > 1) overlapped = true;
            Thread.Sleep(20);
            lock (order) order.Add(i);
            Interlocked.Decrement(ref running);
            return i;
        }, CancellationToken.None)).ToList();
        Assert.True(work.Drain(TimeSpan.FromSeconds(30)));
        Assert.False(overlapped);
        Assert.Equal([0, 1, 2, 3, 4], order);
        Assert.All(tasks, t => Assert.True(t.IsCompletedSuccessfully));
    }

    [Fact]
    public async Task WorkNoLongerWanted_BeforeItStarts_NeverRuns_AndTheRestStillDo()
    {
        var work = new BackgroundWork();
        using var release = new ManualResetEventSlim();
        using var unwanted = new CancellationTokenSource();
        var ran = new List<string>();
        var first = work.Run(() => { release.Wait(); lock (ran) ran.Add("first"); return 1; }, CancellationToken.None);
        var skipped = work.Run(() => { lock (ran) ran.Add("skipped"); return 2; }, unwanted.Token);
        var last = work.Run(() => { lock (ran) ran.Add("last"); return 3; }, CancellationToken.None);
        unwanted.Cancel();
        Assert.False(skipped.IsCompleted); // it still keeps its place behind the first
        release.Set();
        Assert.True(work.Drain(TimeSpan.FromSeconds(30)));
        Assert.True(skipped.IsCanceled);
        Assert.Equal(["first", "last"], ran);
        Assert.Equal(3, await last);
        Assert.Equal(1, await first);
    }

    [Fact]
    public void Drain_WaitsForWorkStillRunning_AndToleratesItsFailure()
    {
        var work = new BackgroundWork();
        using var release = new ManualResetEventSlim();
        var failing = work.Run<int>(() => { release.Wait(); throw new InvalidOperationException("boom"); }, CancellationToken.None);
        Assert.False(work.Drain(TimeSpan.FromMilliseconds(50)));
        release.Set();
        Assert.True(work.Drain(TimeSpan.FromSeconds(30)));
        Assert.True(failing.IsFaulted);
    }
}
