using ReserveSdk;

namespace ReserveSdk.Tests.People;

public sealed class TermsTests
{
    [Theory]
    [InlineData("研究生", EducationLevel.Master)]
    [InlineData("本科", EducationLevel.Bachelor)]
    [InlineData("大专", EducationLevel.JuniorCollege)]
    [InlineData("中专", EducationLevel.SecondaryVocational)]
    [InlineData(" 博士研究生 ", EducationLevel.Doctor)]
    public void TryParseEducation_AcceptsFormatsSpellings(string text, EducationLevel expected)
    {
        Assert.True(Terms.TryParseEducation(text, out var e));
        Assert.Equal(expected, e);
    }

    [Fact]
    public void TryParseEducation_UnknownWord_Fails() => Assert.False(Terms.TryParseEducation("小学毕业", out _));

    [Fact]
    public void TryParseParty_DemocraticPartyName_KeepsTheName()
    {
        Assert.True(Terms.TryParseParty("九三学社", out var p, out var name));
        Assert.Equal(PartyAffiliation.DemocraticParty, p);
        Assert.Equal("九三学社", name);
    }

    [Fact]
    public void HighSchoolAndSecondaryVocational_ShareATier() =>
        Assert.True(EducationLevels.AtLeast(EducationLevel.SecondaryVocational, EducationLevel.HighSchool)
            && EducationLevels.AtLeast(EducationLevel.HighSchool, EducationLevel.SecondaryVocational)
            && !EducationLevels.AtLeast(EducationLevel.HighSchool, EducationLevel.JuniorCollege));

    [Fact]
    public void Person_DerivedFlags_AreUnknownWithoutFacts()
    {
        var p = new Person { Name = "甲" };
        Assert.Null(p.HasDisciplineRecord);
        Assert.Null(p.IsEthnicMinority);
        Assert.Null(p.IsNonCpc);
        var q = p with { Discipline = "无", Ethnicity = "回族", Party = PartyAffiliation.NonPartisan };
        Assert.False(q.HasDisciplineRecord);
        Assert.True(q.IsEthnicMinority);
        Assert.True(q.IsNonCpc);
    }

    [Theory]
    [InlineData("男", true, Gender.Male)]
    [InlineData(" 女 ", true, Gender.Female)]
    [InlineData("m", true, Gender.Male)]
    [InlineData("Male", true, Gender.Male)]
    [InlineData("FEMALE", true, Gender.Female)]
    [InlineData("f", true, Gender.Female)]
    [InlineData("男性", false, Gender.Male)]
    [InlineData("", false, Gender.Male)]
    public void Gender_ChineseOrEnglishInAnyCase(string text, bool parsed, Gender expected)
    {
        Assert.Equal(parsed, Terms.TryParseGender(text, out var g));
        if (parsed) Assert.Equal(expected, g);
    }

    [Theory]
    [InlineData("是", true, true)]
    [InlineData("否", true, false)]
    [InlineData("yes", true, true)]
    [InlineData("True", true, true)]
    [InlineData("y", true, true)]
    [InlineData("1", true, true)]
    [InlineData("No", true, false)]
    [InlineData("FALSE", true, false)]
    [InlineData("0", true, false)]
    [InlineData("不是", false, false)]
    [InlineData("2", false, false)]
    public void YesNo_ChineseOrEnglishInAnyCase(string text, bool parsed, bool expected)
    {
        Assert.Equal(parsed, Terms.TryParseYesNo(text, out var v));
        if (parsed) Assert.Equal(expected, v);
    }
}
