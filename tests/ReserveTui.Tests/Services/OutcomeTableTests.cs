using CsCheck;
using ReserveTui.Services;

namespace ReserveTui.Tests.Services;

/// <summary>The outcome table numbers rows as a dictionary of their contents would, however many and however alike.</summary>
public sealed class OutcomeTableTests
{
    [Fact]
    public void NumbersRows_InOrderOfFirstSight_AsADictionaryWould()
    {
        // Small numbers over few columns: many repeats, many near misses (rows differing in one place), many growths.
        Gen.Int[0, 3].Array[3].Array[0, 3_000].Sample(rows =>
        {
            var table = new OutcomeTable(3);
            var expected = new Dictionary<string, int>();
            foreach (var row in rows)
            {
                var key = string.Join(",", row);
                if (!expected.TryGetValue(key, out var number)) expected[key] = number = expected.Count;
                Assert.Equal(number, table.Number(row));
                Assert.Equal(row, table[number].ToArray());
            }

            Assert.Equal(expected.Count, table.Count);
        }, iter: 300);
    }

    [Fact]
    public void ARowOfAnotherWidth_IsRefused()
    {
        var table = new OutcomeTable(3);
        Assert.Throws<ArgumentException>(() => table.Number([1, 2]));
        Assert.Throws<ArgumentOutOfRangeException>(() => table[0].Length);
    }
}
