using ReserveTui.Plugins;
using ReserveTui.Services;

namespace ReserveTui.Tui;

/// <summary>What the screens use: services only, never storage types.</summary>
internal sealed record TuiServices(SchemeCatalog Catalog, IPeopleQuery People, UiText Text)
{
    /// <summary>Run after a storage fault is shown: gives back a lock the failed read kept (ReserveDatabase.ReleaseAfterFault).</summary>
    public Action? AfterStorageFault { get; init; }

    /// <summary>The database file's path, named in storage fault messages.</summary>
    public string DatabaseLocation { get; init; } = ":memory:";

    /// <summary>Campaigns, when a database is open (screens that need it say so otherwise).</summary>
    public Services.Campaigns.CampaignService? Campaigns { get; init; }

    /// <summary>Nominees (人选), when a database is open.</summary>
    public Services.Campaigns.NominationService? Nominations { get; init; }

    /// <summary>Recommendation ballots and the tally, when a database is open.</summary>
    public Services.Campaigns.BallotService? Ballots { get; init; }

    /// <summary>Scores and the ranking, when a database is open.</summary>
    public Services.Campaigns.ScoreService? Scores { get; init; }

    /// <summary>The clock (reference date of the person profile); tests fix it.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Where unexpected failures are recorded; screens show one sentence and keep running.</summary>
    public Hosting.ErrorLog? Log { get; init; }

    /// <summary>Documents rendered from templates, and the folder the screens save them in.</summary>
    public DocumentService? Documents { get; init; }

    /// <summary>Where a saved document goes ($XDG_DATA_HOME/reserve/documents).</summary>
    public string DocumentsFolder { get; init; } = Path.Combine(Path.GetTempPath(), "reserve-documents");

    /// <summary>Units (单位), when a database is open.</summary>
    public UnitService? Units { get; init; }

    /// <summary>Who is operating (the top bar names them; keys their role cannot use are hidden and refused).</summary>
    public Services.Access.OperatorAccess? Access { get; init; }

    /// <summary>Reads the screens do on a worker; the program waits for them before it closes the database.</summary>
    public BackgroundWork Background { get; init; } = new();

    /// <summary>The reserve pool (人才库).</summary>
    public Services.Pool.PoolService? Pool { get; init; }
}
