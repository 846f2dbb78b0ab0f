namespace ReserveTui.Tui;

/// <summary>
/// Reads a screen does on a worker so that the screen answers keys meanwhile (the F8 list over a county's tens of
/// thousands of people). One runs at a time, in the order asked — a second read of the same people beside the first
/// helps no one on a shared server — and one no longer wanted is skipped if it has not started. The program waits
/// for them all before it closes the database.
/// </summary>
internal sealed class BackgroundWork
{
    private readonly Lock _gate = new();
    private Task _tail = Task.CompletedTask;

    /// <summary>Runs <paramref name="work"/> after the work asked for before it; cancelled before it starts, it never runs.</summary>
    public Task<T> Run<T>(Func<T> work, CancellationToken unwanted)
    {
        lock (_gate)
        {
            // Lazy: a cancelled one still completes after the one before it, so the chain stays in order.
            var next = _tail.ContinueWith(_ => work(), unwanted, TaskContinuationOptions.LazyCancellation, TaskScheduler.Default);
            _tail = next;
            return next;
        }
    }

    /// <summary>Waits for everything asked for so far (its failures are its callers'); false if it took longer than <paramref name="patience"/>.</summary>
    public bool Drain(TimeSpan patience)
    {
        Task tail;
        lock (_gate) tail = _tail;
        try
        {
            return tail.Wait(patience);
        }
        catch (AggregateException)
        {
            return true;
        }
    }
}
