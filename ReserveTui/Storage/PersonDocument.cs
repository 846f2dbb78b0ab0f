using LiteDB;

namespace ReserveTui.Storage;

/// <summary>How a person is stored: plain values LiteDB maps directly (DateOnly and enums as DateTime and text).</summary>
internal sealed class PersonDocument
{
    [BsonId]
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";
    public string? Gender { get; set; }
    public string? Ethnicity { get; set; }
    public DateTime? BirthDate { get; set; }
    public string? IdNumber { get; set; }
    public string? Party { get; set; }
    public string? PartyName { get; set; }
    public string? Education { get; set; }
    public bool? FullTime { get; set; }
    public string? Degree { get; set; }
    public string? Title { get; set; }
    public string? Rank { get; set; }
    public DateTime? RankSince { get; set; }
    public DateTime? WorkStart { get; set; }
    public string? Unit { get; set; }
    public string? UnitKind { get; set; }
    public List<string>? Posts { get; set; }
    public decimal? MidManagementYears { get; set; }
    public bool? Teacher { get; set; }
    public bool? MidLevel { get; set; }
    public string? Discipline { get; set; }
    public string? Misconduct { get; set; }
    public bool? ReturneeGraduate { get; set; }
    public bool? ReadyNow { get; set; }
    public string? Health { get; set; }
    public Dictionary<string, string> Extra { get; set; } = [];

    /// <summary>Lower-case name, unit and ID number joined, so a filter is one Contains on one field.</summary>
    public string Search { get; set; } = "";

    /// <summary>Name, birth date and unit (<see cref="PersonMapping.IdentityOf"/>): finds a person again when there is no ID number. Schema 2.</summary>
    public string Identity { get; set; } = "";
}
