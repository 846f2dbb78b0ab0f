using ReserveSdk;

namespace ReserveTui.Services;

/// <summary>A person's key facts as display cells, shared by the CLI list and the people screen.</summary>
internal static class PersonRow
{
    public static IReadOnlyList<string> Headers { get; } = ["姓名", "性别", "出生日期", "学历", "职称", "现职级", "单位"];

    public static IReadOnlyList<string> Cells(StoredPerson s)
    {
        var p = s.Person;
        return
        [
            p.Name,
            p.Gender is { } g ? Terms.Chinese(g) : "",
            p.BirthDate?.ToString("yyyy-MM-dd") ?? "",
            p.Education is { } e ? Terms.Chinese(e) : "",
            p.Title is { } t ? Terms.Chinese(t) : "",
            p.Rank is { } r ? Terms.Chinese(r) : "",
            p.Unit ?? "",
        ];
    }

    public static string Text(StoredPerson s) => string.Join("\t", Cells(s));
}
