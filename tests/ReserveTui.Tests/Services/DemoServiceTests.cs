using ReserveSdk;
using ReserveTui.Hosting;
using ReserveTui.Services;
using ReserveTui.Storage;

namespace ReserveTui.Tests.Services;

public sealed class DemoServiceTests
{
    [Fact]
    public void Fill_WritesUnitsAndPeople_OnlyIntoAnEmptyDatabase()
    {
        using var db = ReserveDatabase.InMemory();
        var demo = new DemoService(db, TimeProvider.System);
        Assert.Equal((14, 300), demo.Fill(300, "tester"));
        Assert.Equal(14, new UnitRepository(db).Count());
        var ex = Assert.Throws<ReserveException>(() => demo.Fill(10, "tester"));
        Assert.Equal(ErrorCode.Refused, ex.Code);
        Assert.Equal(300, new PeopleRepository(db).Count());
    }

    [Fact]
    public void People_AreDeterministicAndVaried()
    {
        var a = DemoData.People(500).ToList();
        Assert.Equal(a.Select(p => p.Name), DemoData.People(500).Select(p => p.Name));
        Assert.Contains(a, p => p.BirthDate is null);
        Assert.Contains(a, p => p.Gender == Gender.Female);
        Assert.True(a.Select(p => p.Education).Distinct().Count() >= 6);
        Assert.Contains(a, p => p.HasDisciplineRecord == true);
        Assert.Equal(a.Count(p => p.IdNumber is not null), a.Select(p => p.IdNumber).OfType<string>().Distinct().Count());
        Assert.All(a.Where(p => p.IdNumber is not null), p => Assert.Null(ReserveTui.Import.IdNumbers.Problem(p.IdNumber!)));
    }
}
