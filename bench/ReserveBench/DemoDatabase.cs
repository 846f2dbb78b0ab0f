using ReserveTui.Hosting;
using ReserveTui.Plugins;
using ReserveTui.Services;
using ReserveTui.Storage;

namespace ReserveBench;

/// <summary>
/// What the benchmarks over an organisation start from: `reserve demo` with <c>people</c> people in a database file
/// of its own (shared mode, as the program opens it), the bundled plugins, and the clock of 2026-12-03; the folder
/// goes with it.
/// </summary>
internal sealed class DemoDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "reserve-bench-" + Guid.NewGuid().ToString("N"));

    public DemoDatabase(int people)
    {
        Directory.CreateDirectory(_folder);
        Database = ReserveDatabase.Open(Path.Combine(_folder, "demo.db"));
        new DemoService(Database, Clock).Fill(people, "bench");
    }

    public ReserveDatabase Database { get; }

    public SchemeCatalog Catalog { get; } = PluginHost.Load([Path.Combine(AppContext.BaseDirectory, "plugins")]);

    public TimeProvider Clock { get; } = new FixedTimeProvider(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.FromHours(8)), TimeZoneInfo.Utc);

    public void Dispose()
    {
        Database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
