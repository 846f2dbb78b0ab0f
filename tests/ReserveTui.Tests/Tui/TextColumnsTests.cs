using ReserveTui.Tui.Widgets;

namespace ReserveTui.Tests.Tui;

/// <summary>Wrapping Chinese text to terminal columns.</summary>
public sealed class TextColumnsTests
{
    [Fact]
    public void APercentSign_NeverStartsALine_ItsNumberMovesDownWithIt()
    {
        // "占比 10%" fills the 8 columns exactly, so the comma would start the next line and take the % with it.
        var lines = TextColumns.Wrap("占比 10%，要求", 8).ToList();
        Assert.DoesNotContain(lines, l => l.StartsWith('%') || l.StartsWith('，'));
        Assert.Equal(["占比 1", "0%，要求"], lines);
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
}
