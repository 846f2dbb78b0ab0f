using ReserveSdk;

namespace ReserveScheme.Tests;

/// <summary>The six bundled schemes, for tests that hold for every one of them.</summary>
public static class AllSchemes
{
    public static IReadOnlyList<SchemeDefinition> Definitions { get; } =
    [
        new global::ReserveScheme.College.CollegeScheme().Define(),
        new global::ReserveScheme.Street.StreetScheme().Define(),
        new global::ReserveScheme.School.SchoolScheme().Define(),
        new global::ReserveScheme.Enterprise.EnterpriseScheme().Define(),
        new global::ReserveScheme.Village.VillageScheme().Define(),
        new global::ReserveScheme.County.CountyScheme().Define(),
    ];

    public static TheoryData<string> Ids => new(Definitions.Select(d => d.Manifest.Id));

    public static SchemeDefinition Get(string id) => Definitions.Single(d => d.Manifest.Id == id);
}
