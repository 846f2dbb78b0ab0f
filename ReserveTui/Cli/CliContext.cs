using ReserveTui.Hosting;
using ReserveTui.Plugins;
using ReserveTui.Services;
using ReserveTui.Storage;

namespace ReserveTui.Cli;

/// <summary>What a verb needs: options, output streams, and lazily built services (a verb that needs no database opens none).</summary>
internal sealed class CliContext(AppOptions options, TextWriter stdout, TextWriter stderr, DatabaseAccess access = DatabaseAccess.Write) : IDisposable
{
    private SchemeCatalog? _catalog;
    private ReserveDatabase? _database;
    private Services.Campaigns.CampaignStore? _store;
    private Services.Access.OperatorAccess? _access;
    private bool _markTraining;

    public AppOptions Options { get; } = options;

    public TextWriter Out { get; } = stdout;

    public TextWriter Error { get; } = stderr;

    public SchemeCatalog Catalog => _catalog ??= PluginHost.Load(Options.PluginFolders, Options.NamedPluginFolders);

    public ReserveDatabase Database => _database ??= OpenDatabase();

    /// <summary>Who is acting, admitted when the database opened (<see cref="Services.Access.SessionGate"/>).</summary>
    public Services.Access.OperatorAccess Access
    {
        get
        {
            _ = Database;
            return _access!;
        }
    }

    /// <summary>A file the operator named to read: as named, or over SSH the exchange folder's (<see cref="Services.Access.OperatorFiles"/>).</summary>
    public string InputFile(string named) => Options.OverSsh ? Access.Files.Input(named) : named;

    /// <summary>A file the operator named to write: as named, or over SSH a new file in the exchange folder.</summary>
    public string OutputFile(string named) => Options.OverSsh ? Access.Files.Output(named) : named;

    /// <summary>The database for <c>reserve demo</c> / <c>init --training</c>: a new or empty file is marked as a training database before anything else.</summary>
    public ReserveDatabase TrainingDatabase()
    {
        _markTraining = true;
        return Database;
    }

    private ReserveDatabase OpenDatabase()
    {
        var database = ReserveDatabase.Open(Options.DatabasePath, access, message => Error.WriteLine(message));
        try
        {
            _access = Services.Access.SessionGate.Admit(database, Options, _markTraining);
        }
        catch
        {
            database.Dispose();
            throw;
        }

        // Said once, on stderr, so a script reading stdout is not disturbed and a mistyped path is noticed.
        if (database.Created) Error.WriteLine($"已新建数据库 {database.Location}");
        if (database.UpgradeBackup is { } backup) Error.WriteLine($"数据库已升级到结构版本 {ReserveDatabase.SchemaVersion}；升级前的文件已备份为 {backup}");
        return database;
    }

    /// <summary>Closes the database (a restore replaces the file under it).</summary>
    public void CloseDatabase()
    {
        _store = null;
        _database?.Dispose();
        _database = null;
    }

    public PeopleService People => new(Database, Options.Clock, Access);

    public Services.Access.UserService Users => new(Database, Options.Clock);

    private Services.Campaigns.CampaignStore Store => _store ??= new(Database, Catalog, Options.Clock, Options.Operator, Access);

    public Services.Campaigns.CampaignService Campaigns => new(Store);

    /// <summary>
    /// Campaigns judged at <paramref name="at"/> instead of now: the way to look at another day on a real database,
    /// where the clock cannot be set. It reads only: its operator is a viewer, so any write it reached would be refused.
    /// </summary>
    public Services.Campaigns.CampaignService CampaignsAsOf(DateTimeOffset at) =>
        new(new Services.Campaigns.CampaignStore(Database, Catalog, new FixedTimeProvider(at, Options.Clock.LocalTimeZone), Options.Operator,
            Access with { Role = Services.Access.OperatorRole.Viewer }) { Reading = true });

    public Services.Pool.PoolService Pool => new(Store);

    public ReserveTui.Storage.AuditLog Record => Store.Record;

    public Services.Campaigns.NominationService Nominations => new(Store);

    public Services.Campaigns.BallotService Ballots => new(Store);

    public Services.Campaigns.ScoreService Scores => new(Store);

    public DocumentService Documents => new(Catalog, new ReserveTui.Documents.TemplateLibrary(Options.Paths.UserTemplates, ReserveTui.Documents.TemplateLibrary.Bundled), () => Store, Options.Clock);

    public UnitService Units => new(Database, Options.Clock, Options.Operator, UnitService.KindsOf(Catalog), Access);

    public void Json(object value) => Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(value, CliJson.Options));

    public void Dispose() => _database?.Dispose();
}
