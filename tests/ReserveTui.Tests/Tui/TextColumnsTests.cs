using ReserveTui.Tui.Widgets;

namespace ReserveTui.Tests.Tui;

/// <summary>Wrapping Chinese text to terminal columns.</summary>
public sealed class TextColumnsTests
{
    [Fact]
    public void APercentSign_NeverStartsALine_ItsNumberMovesDownWithIt()
    {
        // "占比 10%" fills the 8 columns exactly, so the comma would start the next line: it takes "10%" with it,
        // whole (a number is a word, never broken).
        var lines = TextColumns.Wrap("占比 10%，要求", 8).ToList();
        Assert.DoesNotContain(lines, l => l.StartsWith('%') || l.StartsWith('，'));
        Assert.Equal(["占比", "10%，要", "求"], lines);
    }

    [Fact]
    public void Wrap_NeverStartsALineWithAClosingMark_TheCharacterBeforeItMovesDown()
    {
        // 16 columns hold eight characters: the ninth, "、", would start the second line.
        var lines = TextColumns.Wrap("尚未记录审核单位、日期、文号", 16).ToList();
        Assert.Equal(["尚未记录审核单", "位、日期、文号"], lines);
        Assert.All(lines, l => Assert.True(TextColumns.Width(l) <= 16));
        Assert.DoesNotContain(lines, l => "、，。；：）".Contains(l[0], StringComparison.Ordinal));
    }

    [Fact]
    public void Wrap_BreaksPlainTextAtTheWidth_AndKeepsTheIndent()
    {
        Assert.Equal(["  一二三四五六", "  七八九"], TextColumns.Wrap("  一二三四五六七八九", 14));
    }

    [Fact]
    public void Width_CountsZeroWidthAsNone_AndEmojiAsTwo_LikeTheTerminal()
    {
        Assert.Equal(4, TextColumns.Width("韩丽"));
        Assert.Equal(2, TextColumns.Width("e\u0301\u200Bx")); // e, a combining accent, a zero-width space, x
        Assert.Equal(2, TextColumns.Width("😀"));
        // Eight columns hold four emoji; no surrogate pair is split across lines.
        Assert.Equal(["😀😀😀😀", "😀"], TextColumns.Wrap("😀😀😀😀😀", 8));
    }

    [Theory]
    [InlineData(60)]
    [InlineData(54)]
    [InlineData(37)]
    [InlineData(23)]
    public void AWordOfLatinLettersAndDigits_IsNeverBroken_AndTheMarksRulesHold(int columns)
    {
        var text = "方案插件 street 已从 v1.1.0 升级到 v1.2.0（2026-12-03 起生效），批次按原版本开展；公示 2026-07-01 至 2026-07-07，07-08 起可结束公示（〔第二篇(二) 五3〕）。";
        var lines = TextColumns.Wrap(text, columns).ToList();
        Assert.All(lines, l => Assert.True(TextColumns.Width(l) <= columns, $"“{l}” is wider than {columns}"));
        Assert.Equal(text.Replace(" ", ""), string.Concat(lines).Replace(" ", ""));
        foreach (var word in new[] { "street", "v1.1.0", "v1.2.0", "2026-12-03", "2026-07-01", "2026-07-07", "07-08" })
            Assert.Contains(lines, l => l.Contains(word, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => "，。、；：）〕」".Contains(l[0], StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => "（〔「".Contains(l[^1], StringComparison.Ordinal));
    }

    [Fact]
    public void AWordWiderThanTheLine_IsCutAtTheLineEnd()
    {
        var lines = TextColumns.Wrap("路径 /home/operator/documents/reserve/exchange/notice.docx 已保存", 20).ToList();
        Assert.All(lines, l => Assert.True(TextColumns.Width(l) <= 20));
        Assert.Equal("路径/home/operator/documents/reserve/exchange/notice.docx已保存", string.Concat(lines).Replace(" ", ""));
    }

    [Theory]
    [InlineData("示例文字 abc ；后面的话还有很多很多", 12)]
    [InlineData("一二三四五六七 abc；八九十", 12)]
    [InlineData("一二三四五六  七八九十一二三四", 14)]
    [InlineData("一二三四五六七八九十一二三四五六 ", 16)]
    public void SpacesAtTheBreak_NeitherStartALine_NorLeaveAClosingMarkAtOne_NorAddAnEmptyLine(string text, int columns)
    {
        var lines = TextColumns.Wrap(text, columns).ToList();
        Assert.All(lines, l => Assert.True(TextColumns.Width(l) <= columns));
        Assert.DoesNotContain(lines, l => l.Length == 0 || l.StartsWith(' ') || "，。、；：）〕」".Contains(l[0], StringComparison.Ordinal));
        Assert.Equal(text.Replace(" ", ""), string.Concat(lines).Replace(" ", ""));
    }
}
