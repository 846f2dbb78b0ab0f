using ReserveTui.Hosting;
using ReserveTui.Storage;

namespace ReserveTui.Tui;

/// <summary>
/// The one sentence an operator is shown for a failure: a refusal's own words, a damaged database named with what to
/// do, anything else recorded in the log with its stack and said as one line.
/// </summary>
internal static class FaultText
{
    /// <param name="databaseLocation">The database file named for a damaged page; null before the services exist (the failure's own words then).</param>
    /// <param name="doing">What was being done, as the log records it.</param>
    public static string For(Exception ex, string? databaseLocation, ErrorLog? log, string doing) => ex switch
    {
        ReserveException r => r.Message,
        _ when StorageFault.Is(ex) && databaseLocation is not null => StorageFault.Describe(databaseLocation, ex),
        _ => log?.Record(ex, doing) ?? ex.Message,
    };
}
