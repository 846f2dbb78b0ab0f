using ReserveSdk;
using ReserveTui.Services;

namespace ReserveTui.Tests.Tui;

/// <summary>A people source of any size that records which pages were asked for.</summary>
internal sealed class FakePeople(int count) : IPeopleQuery
{
    public List<(int Skip, int Take)> Requests { get; } = [];

    public int Count(string? filter) => filter is null ? count : Math.Min(count, 3);

    public IReadOnlyList<StoredPerson> Page(string? filter, int skip, int take)
    {
        Requests.Add((skip, take));
        var n = Math.Max(0, Math.Min(take, Count(filter) - skip));
        return Enumerable.Range(skip, n).Select(i => new StoredPerson($"p{i}", new Person
        {
            Name = filter is null ? $"人员{i:000000}" : $"筛中{i}",
            Gender = i % 2 == 0 ? Gender.Male : Gender.Female,
            BirthDate = new DateOnly(1980, 1, 1).AddDays(i % 5000),
            Education = EducationLevel.Bachelor,
            Unit = "示例单位",
        })).ToList();
    }

    public StoredPerson? Show(string id) => int.TryParse(id.AsSpan(1), out var i) && i < count ? Page(null, i, 1).SingleOrDefault() : null;
}
