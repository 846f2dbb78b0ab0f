using ReserveSdk;
using ReserveTui.Services;
using ReserveTui.Storage;

namespace ReserveTui.Tests.Services;

/// <summary>Issue 15: the people list searches in memory, and still sees what another operator changed since.</summary>
public sealed class PeopleSearchTests
{
    [Fact]
    public void AFilter_FindsByNameUnitOrIdNumber_InNameOrder_AndSeesAnotherOperatorsAdditionsAndChanges()
    {
        using var db = ReserveDatabase.InMemory();
        var mine = new PeopleService(db, TimeProvider.System);
        var theirs = new PeopleService(db, TimeProvider.System);
        theirs.Add([new Person { Name = "张", Unit = "示例街道" }, new Person { Name = "安", Unit = "示例学院", IdNumber = "110105198606301239" }], "tester", "test");
        Assert.Equal(2, mine.Count(null));
        Assert.Equal(["安", "张"], mine.Page(null, 0, 10).Select(p => p.Person.Name)); // name order: an before zhang
        Assert.Equal("安", Assert.Single(mine.Page("学院", 0, 10)).Person.Name);
        Assert.Equal("安", Assert.Single(mine.Page("  0630123 ", 0, 10)).Person.Name);
        Assert.Equal(0, mine.Count(new string('安', 201)));

        // Another operator adds someone: the next question sees them, without reopening anything.
        theirs.Add([new Person { Name = "卜", Unit = "示例街道" }], "tester", "test");
        Assert.Equal(2, mine.Count("示例街道"));
        Assert.Equal(["卜", "张"], mine.Page("街道", 0, 10).Select(p => p.Person.Name));
        Assert.Equal(["张"], mine.Page("街道", 1, 10).Select(p => p.Person.Name));
    }
}
