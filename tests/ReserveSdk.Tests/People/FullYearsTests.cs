using ReserveSdk;

namespace ReserveSdk.Tests.People;

public sealed class FullYearsTests
{
    [Theory]
    [InlineData("1986-06-30", "2026-06-29", 39)] // the day before the birthday
    [InlineData("1986-06-30", "2026-06-30", 40)] // on the birthday: 40 周岁
    [InlineData("1986-06-30", "2026-07-01", 40)]
    [InlineData("2000-02-29", "2026-02-28", 25)] // leap-day birth, common year: not yet
    [InlineData("2000-02-29", "2026-03-01", 26)] // turns a year older on 1 March
    [InlineData("2000-02-29", "2024-02-29", 24)] // leap year: on the day itself
    [InlineData("2000-02-29", "2024-02-28", 23)]
    [InlineData("2026-07-01", "2026-06-30", 0)] // reference date before the start
    public void Between_CountsWholeYearsOnTheReferenceDate(string from, string on, int expected) =>
        Assert.Equal(expected, FullYears.Between(DateOnly.Parse(from), DateOnly.Parse(on)));

    [Fact]
    public void AgeOn_UnknownBirthDate_IsNull() =>
        Assert.Null(new Person { Name = "甲" }.AgeOn(new DateOnly(2026, 6, 30)));

    [Fact]
    public void AgeOn_UsesTheReferenceDateNotToday()
    {
        var p = new Person { Name = "甲", BirthDate = new DateOnly(1990, 1, 1) };
        Assert.Equal(30, p.AgeOn(new DateOnly(2020, 1, 1)));
        Assert.Equal(29, p.AgeOn(new DateOnly(2019, 12, 31)));
    }
}
