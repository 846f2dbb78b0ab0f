using ReserveSdk;
using ReserveTui.Hosting;
using ReserveTui.Plugins;
using ReserveTui.Services;
using ReserveTui.Services.Campaigns;
using ReserveTui.Storage;

namespace ReserveTui.Tests.Services.Campaigns;

/// <summary>An in-memory database with units, people, the bundled schemes and a clock the test moves.</summary>
internal sealed class CampaignFixture : IDisposable
{
    public static readonly SchemeCatalog Catalog = PluginHost.Load([Path.Combine(AppContext.BaseDirectory, "plugins")]);

    public static readonly Dictionary<string, string> Publication = new()
    {
        ["purpose"] = "充实后备干部队伍", ["conditions"] = "见选拔方案", ["scope"] = "全体在职人员",
        ["eligible"] = "符合条件人员名单（附件）", ["method"] = "民主推荐、组织考察", ["time_place"] = "2026年7月1日 会议室",
    };

    public CampaignFixture(ReserveDatabase? database = null)
    {
        Database = database ?? ReserveDatabase.InMemory();
        Clock = new FixedTimeProvider(new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.FromHours(8)), TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "CST", "CST"));
        Store = new CampaignStore(Database, Catalog, Clock, "tester");
        Service = new CampaignService(Store);
        Nominations = new NominationService(Store);
        Ballots = new BallotService(Store);
        Scores = new ScoreService(Store);
    }

    public CampaignStore Store { get; }

    /// <summary>Documents over this fixture's database and clock, with the operator's templates under <see cref="Files"/>.</summary>
    public DocumentService Documents => new(Catalog, new ReserveTui.Documents.TemplateLibrary(System.IO.Path.Combine(Files, "templates"), ReserveTui.Documents.TemplateLibrary.Bundled), () => Store, Clock);

    public ReserveDatabase Database { get; }

    public FixedTimeProvider Clock { get; }

    public CampaignService Service { get; }

    public NominationService Nominations { get; }

    public BallotService Ballots { get; }

    public ScoreService Scores { get; }

    /// <summary>Marks the database as a training one, for tests whose command lines set the clock (--now).</summary>
    public void MarkTraining() => Database.Transaction(() =>
    {
        new DatabaseSettings(Database).MarkTraining(DateTime.UtcNow, "test");
        return 0;
    });

    public void Unit(string name, string kind, int principal = 2, int deputy = 4, string? parent = null) =>
        new UnitService(Database, Clock, "tester").Add(name, kind, principal, deputy, parent);

    public void People(params Person[] people) => new PeopleService(Database, Clock).Add(people, "tester", "test");

    /// <summary>What the terminal UI is given, over this fixture's database and clock.</summary>
    public ReserveTui.Tui.TuiServices Screens(string language = "zh") =>
        new(Catalog, new PeopleService(Database, Clock), new ReserveTui.Tui.UiText(language))
        {
            Documents = Documents,
            DocumentsFolder = System.IO.Path.Combine(Files, "documents"),
            Campaigns = Service, Nominations = Nominations, Ballots = Ballots, Scores = Scores, Units = new UnitService(Database, Clock, "tester"), Clock = Clock,
            Pool = new ReserveTui.Services.Pool.PoolService(Store),
        };

    /// <summary>The common start: unit 示例街道, an eligible person, a published street campaign, that person nominated (中层后备, 民主推荐).</summary>
    public (CampaignView Campaign, NominationView Nominee) StreetWithNominee(string name = "甲")
    {
        Unit("示例街道", "街道");
        People(Eligible(name));
        var c = Service.New("street", "示例街道", 2026, new DateOnly(2026, 6, 30));
        c = Service.ApproveAndPublish(c.Id);
        return (c, Nominations.Nominate(c.Id, name, "中层后备", "民主推荐"));
    }

    /// <summary>
    /// <see cref="StreetWithNominee"/> taken on to the public notice: conditions attested, 述职, one ballot, 民主推荐,
    /// 考察 (all fit, <paramref name="conclusion"/>), the campaign's notice opened and the nominee publicized.
    /// </summary>
    public (CampaignView Campaign, NominationView Nominee) StreetNomineeInNotice(string name = "甲", string conclusion = "合格")
    {
        var (c, n) = StreetWithNominee(name);
        foreach (var rule in n.Eligibility.Rules.Where(r => r.Outcome == ReserveSdk.RuleOutcome.Pending)) Nominations.Attest(n.Id, rule.RuleId);
        Nominations.ActNomination(n.Id, "debrief");
        Ballots.AddBallot(c.Id, "班子成员", [name]);
        Nominations.ActNomination(n.Id, "recommend");
        Service.Act(c.Id, "close-nomination");
        Nominations.Inspect(n.Id, 1m, 0m, 0m, conclusion);
        Nominations.ActNomination(n.Id, "inspect");
        Service.Act(c.Id, "open-notice");
        Nominations.ActNomination(n.Id, "publicize");
        return (Service.Show(c.Id), Nominations.ShowNomination(n.Id));
    }

    /// <summary>
    /// An enterprise campaign in 研究审定 with the named candidates inspected and scored from <paramref name="scoreRows"/>
    /// (rows of 姓名,笔试,演讲答辩,公司领导班子,相关中层干部,职工代表). Returns the campaign and each name's nomination id.
    /// </summary>
    public (CampaignView Campaign, Dictionary<string, string> Ids) EnterpriseAtDeciding(string[] names, string scoreRows)
    {
        Unit("示例公司", "企业", 1, 4);
        People([.. names.Select(x => Eligible(x))]);
        var c = Service.ApproveAndPublish(Service.New("enterprise", "示例公司", 2026, new DateOnly(2026, 6, 30)).Id);
        var ids = names.ToDictionary(x => x, x => Nominations.Nominate(c.Id, x, "中层助理后备", "单位推荐").Id);
        foreach (var id in ids.Values)
        {
            Nominations.Attest(id, "health");
            Nominations.ReceiveDocuments(id, Catalog.Get("enterprise").Definition.RegistrationDocuments);
        }

        foreach (var (campaignAction, nomineeAction) in new[] { ("close-registration", "qualify"), ("close-review", "sit-written"), ("close-written", "speak") })
        {
            Service.Act(c.Id, campaignAction);
            foreach (var id in ids.Values) Nominations.ActNomination(id, nomineeAction);
        }

        Service.Act(c.Id, "close-speech");
        foreach (var id in ids.Values)
        {
            Nominations.Inspect(id, 1m, 0m, 0m, "合格");
            Nominations.ActNomination(id, "inspect");
        }

        using var dir = new TempDir();
        Scores.ImportScores(c.Id, dir.File("s.csv", "姓名,笔试,演讲答辩,公司领导班子,相关中层干部,职工代表\n" + scoreRows));
        return (Service.Act(c.Id, "close-inspection"), ids);
    }

    public static Person Eligible(string name, Gender gender = Gender.Male) => new()
    {
        Name = name, Gender = gender, BirthDate = new DateOnly(1988, 3, 1), Education = EducationLevel.Bachelor, FullTime = true,
        Rank = RankLevel.Section, RankSince = new DateOnly(2020, 1, 1), WorkStart = new DateOnly(2010, 7, 1), Title = TitleLevel.Intermediate,
        MidLevel = true, MidManagementYears = 3, Discipline = "无", Misconduct = "无", Teacher = false, Posts = [],
    };

    /// <summary>A folder of this fixture's own (templates, saved documents), removed with it.</summary>
    public string Files { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reserve-fixture-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Database.Dispose();
        if (Directory.Exists(Files)) Directory.Delete(Files, recursive: true);
    }
}
