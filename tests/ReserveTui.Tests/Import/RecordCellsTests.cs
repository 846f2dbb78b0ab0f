using ReserveTui.Import;

namespace ReserveTui.Tests.Import;

/// <summary>A CSV record's cells read where they lie: as spans and as strings they are the same cells.</summary>
public sealed class RecordCellsTests
{
    [Fact]
    public void SpansAndStrings_AreTheSameCells()
    {
        var text = "a, b ,\"c,\"\"d\"\"\",,中文\n\"x\ny\",z\n".ToCharArray();
        var records = new List<string[]>();
        foreach (var cells in CsvRecords.Read(text, text.Length))
        {
            for (var i = 0; i < cells.Count; i++) Assert.Equal(cells[i], cells.Span(i).ToString());
            records.Add(cells.Strings());
        }

        Assert.Equal(["a", " b ", "c,\"d\"", "", "中文"], records[0]);
        Assert.Equal(["x\ny", "z"], records[1]);
    }

    [Fact]
    public void Blank_OnlyWhenEveryCellIsEmptyOrWhiteSpace()
    {
        var text = " ,\u3000,\n ,x\n,\n".ToCharArray();
        Assert.Equal([true, false, true], CsvRecords.Read(text, text.Length).Select(c => c.Blank()).ToList());
    }

    [Fact]
    public void RepeatingColumns_ShareOneStringPerText_OthersGetTheirOwn()
    {
        var text = "男,张三\n男,张三\n".ToCharArray();
        var texts = new CellTexts();
        var seen = CsvRecords.Read(text, text.Length, [true, false], texts).Select(c => (c[0], c[1])).ToList();
        Assert.Same(seen[0].Item1, seen[1].Item1);
        Assert.NotSame(seen[0].Item2, seen[1].Item2);
        Assert.Equal("张三", seen[1].Item2);
    }

    [Fact]
    public void ACellPastTheLast_IsRefused()
    {
        var text = "a,b\n".ToCharArray();
        var cells = CsvRecords.Read(text, text.Length).First();
        Assert.Throws<ArgumentOutOfRangeException>(() => cells[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => cells.Span(2).Length);
    }
}
