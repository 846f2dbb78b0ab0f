using ReserveSdk;
using ReserveTui.Services;

namespace ReserveTui.Storage;

/// <summary>Person ↔ PersonDocument. Enums are stored by name so a reordered enum cannot change stored facts.</summary>
internal static class PersonMapping
{
    public static PersonDocument ToDocument(string id, Person p) => new()
    {
        Id = id,
        Name = p.Name,
        Gender = p.Gender?.ToString(),
        Ethnicity = p.Ethnicity,
        BirthDate = ToDateTime(p.BirthDate),
        IdNumber = p.IdNumber,
        Party = p.Party?.ToString(),
        PartyName = p.PartyName,
        Education = p.Education?.ToString(),
        FullTime = p.FullTime,
        Degree = p.Degree?.ToString(),
        Title = p.Title?.ToString(),
        Rank = p.Rank?.ToString(),
        RankSince = ToDateTime(p.RankSince),
        WorkStart = ToDateTime(p.WorkStart),
        Unit = p.Unit,
        UnitKind = p.UnitKind,
        Posts = p.Posts?.ToList(),
        MidManagementYears = p.MidManagementYears,
        Teacher = p.Teacher,
        MidLevel = p.MidLevel,
        Discipline = p.Discipline,
        Misconduct = p.Misconduct,
        ReturneeGraduate = p.ReturneeGraduate,
        ReadyNow = p.ReadyNow,
        Health = p.Health,
        Extra = new Dictionary<string, string>(p.Extra),
        Search = string.Join("\u0001", p.Name, p.Unit, p.IdNumber).ToLowerInvariant(),
        Identity = IdentityOf(p.Name, p.BirthDate, p.Unit),
    };

    /// <summary>
    /// Who a person is when the roster has no ID number: name, birth date and unit together (FORMATS.md leaves the
    /// ID number optional, and a re-imported roster must find the people it already brought).
    /// </summary>
    public static string IdentityOf(string name, DateOnly? birth, string? unit) =>
        string.Join("\u0001", name.Trim(), birth?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "", unit?.Trim() ?? "").ToLowerInvariant();

    public static StoredPerson ToStored(PersonDocument d) => new(d.Id, new Person
    {
        Name = d.Name,
        Gender = Parse<Gender>(d.Gender),
        Ethnicity = d.Ethnicity,
        BirthDate = ToDateOnly(d.BirthDate),
        IdNumber = d.IdNumber,
        Party = Parse<PartyAffiliation>(d.Party),
        PartyName = d.PartyName,
        Education = Parse<EducationLevel>(d.Education),
        FullTime = d.FullTime,
        Degree = Parse<DegreeLevel>(d.Degree),
        Title = Parse<TitleLevel>(d.Title),
        Rank = Parse<RankLevel>(d.Rank),
        RankSince = ToDateOnly(d.RankSince),
        WorkStart = ToDateOnly(d.WorkStart),
        Unit = d.Unit,
        UnitKind = d.UnitKind,
        Posts = d.Posts,
        MidManagementYears = d.MidManagementYears,
        Teacher = d.Teacher,
        MidLevel = d.MidLevel,
        Discipline = d.Discipline,
        Misconduct = d.Misconduct,
        ReturneeGraduate = d.ReturneeGraduate,
        ReadyNow = d.ReadyNow,
        Health = d.Health,
        Extra = d.Extra,
    });

    private static DateTime? ToDateTime(DateOnly? d) => d?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    private static DateOnly? ToDateOnly(DateTime? d) => d is { } v ? DateOnly.FromDateTime(v.ToUniversalTime()) : null;

    private static T? Parse<T>(string? name) where T : struct, Enum => name is not null && Enum.TryParse<T>(name, out var v) ? v : null;
}
