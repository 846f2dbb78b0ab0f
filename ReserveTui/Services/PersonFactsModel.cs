using ReserveSdk;

namespace ReserveTui.Services;

/// <summary>
/// A person's basic facts (基本情况) as documents print them, in Chinese: every field is text or null when not
/// recorded, so a template can write <c>{{ p.rank ?? "—" }}</c>.
/// </summary>
internal static class PersonFactsModel
{
    public static IReadOnlyDictionary<string, object?> Of(Person? p, string fallbackName) => new Dictionary<string, object?>
    {
        ["name"] = p?.Name ?? fallbackName,
        ["gender"] = p?.Gender is { } g ? Terms.Chinese(g) : null,
        ["ethnicity"] = p?.Ethnicity,
        ["birth"] = p?.BirthDate is { } b ? $"{b.Year}年{b.Month}月" : null,
        ["party"] = p?.Party is { } party ? Terms.Chinese(party) : null,
        ["education"] = p?.Education is { } e ? Terms.Chinese(e) + (p.FullTime == false ? "（在职）" : "") : null,
        ["degree"] = p?.Degree is { } d ? Terms.Chinese(d) : null,
        ["title"] = p?.Title is { } t ? Terms.Chinese(t) : null,
        ["rank"] = p?.Rank is { } k ? Terms.Chinese(k) : null,
        ["work_start"] = p?.WorkStart is { } w ? $"{w.Year}年{w.Month}月" : null,
        ["unit"] = p?.Unit,
        ["posts"] = p?.Posts is { Count: > 0 } posts ? string.Join("、", posts) : null,
    };
}
