using ReserveTui.Import;

namespace ReserveTui.Tests.Import;

/// <summary>Every character of the Basic Multilingual Plane, alone between two letters: refused exactly when it is one to refuse.</summary>
public sealed class TextSafetyTests
{
    [Fact]
    public void EveryCharacter_IsRefusedExactlyWhenItShouldBe()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            var refused = char.IsControl(ch) || char.IsSurrogate(ch) || ch is '\uFFFD' or '\uFFFE' or '\uFFFF'
                || ch is >= '\u202A' and <= '\u202E' || ch is >= '\u2066' and <= '\u2069';
            Assert.True(refused == (TextSafety.Problem($"甲{ch}乙", TextSafety.LineLimit) is not null), $"U+{c:X4}");
        }
    }

    [Fact]
    public void AnEmojiIsOneCharacter_AndLengthIsCountedAsAPersonCountsIt()
    {
        Assert.Null(TextSafety.Problem("张😀", 2));
        Assert.Equal("过长（3 字），不超过 2 字", TextSafety.Problem("张😀三", 2));
        Assert.Equal("过长（3 字），不超过 2 字", TextSafety.Problem("张三丰", 2));
    }
}
