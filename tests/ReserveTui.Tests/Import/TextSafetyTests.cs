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
    public void AWholeRecordLookedAtOnce_FindsEveryCharacterAProblemCouldComeOf_WhereverItLies()
    {
        // Records of 1 to 40 characters (the vector steps are 16): each character of the BMP at three places in each.
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            var refused = TextSafety.Problem($"甲{ch}乙", TextSafety.LineLimit) is not null;
            foreach (var length in new[] { 1, 15, 16, 17, 31, 32, 33, 40 })
            {
                // At a place that moves with the character, and at both ends.
                foreach (var at in new[] { c % length, 0, length - 1 })
                {
                    var text = new string('中', length).ToCharArray();
                    text[at] = ch;
                    Assert.True(TextSafety.AnySuspect(text) == refused, $"U+{c:X4} at {at} of {length}");
                }
            }
        }
    }

    [Fact]
    public void NothingIsFoundInNothing() => Assert.False(TextSafety.AnySuspect([]));

    [Fact]
    public void AnEmojiIsOneCharacter_AndLengthIsCountedAsAPersonCountsIt()
    {
        Assert.Null(TextSafety.Problem("张😀", 2));
        Assert.Equal("过长（3 字），不超过 2 字", TextSafety.Problem("张😀三", 2));
        Assert.Equal("过长（3 字），不超过 2 字", TextSafety.Problem("张三丰", 2));
    }
}
