using ReserveSdk;
using ReserveTui.Services.Pool;
using ReserveTui.Storage;
using ReserveTui.Tests.Services.Campaigns;

namespace ReserveTui.Tests.Services.Pool;

/// <summary>Reserves placed in the pool directly (as admission would), on chosen days, for the pool's rules.</summary>
internal static class PoolFixture
{
    public static PoolService Pool(this CampaignFixture f) => new(f.Store);

    /// <summary>Puts <paramref name="person"/> in the pool of <paramref name="scheme"/> on <paramref name="admitted"/>, with the scheme's dates.</summary>
    public static string Admit(this CampaignFixture f, string scheme, string trackId, Person person, DateOnly admitted)
    {
        if (f.Store.People.FindByName(person.Name).Count == 0) f.People(person);
        var stored = f.Store.People.FindByName(person.Name).Single();
        var rules = CampaignFixture.Catalog.Get(scheme).Definition.Management;
        var id = CampaignRepository.NewId();
        f.Store.Repo.Insert(new ReserveDocument
        {
            Id = id, PersonId = stored.Id, PersonName = person.Name, SchemeId = scheme, TrackId = trackId, CampaignId = "none", NominationId = "none",
            AdmittedOn = Utc(admitted), TrainingEnd = Utc(rules.TrainingEnd(admitted)), PeriodEnd = rules.PeriodEnd(admitted) is { } end ? Utc(end) : null,
        });
        return id;
    }

    /// <summary>Sets the fixture's clock to 09:00 (UTC+8) on <paramref name="day"/>.</summary>
    public static void On(this CampaignFixture f, DateOnly day) =>
        f.Clock.Advance(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)) - f.Clock.GetUtcNow());

    private static DateTime Utc(DateOnly d) => d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
