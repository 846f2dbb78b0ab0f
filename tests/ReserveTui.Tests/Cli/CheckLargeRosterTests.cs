using System.Text;
using System.Text.Json;

namespace ReserveTui.Tests.Cli;

/// <summary>
/// <c>check</c> judges a roster in batches on several threads: what a script reads must not show it. Rows come out
/// in input order, a duplicate is found across batches, and a file that breaks halfway prints nothing but the
/// reason, in Chinese, as it would have on one thread.
/// </summary>
public sealed class CheckLargeRosterTests
{
    private const int Rows = 2_500;

    [Fact]
    public void ThousandsOfRows_ComeOutInInputOrder_WithTheirOwnVerdicts()
    {
        using var dir = new TempDir();
        var roster = dir.File("roster.csv", Roster(Rows));
        var (exit, stdout, stderr) = CliRunner.Run(dir.Path, "check", "--scheme", "college", "--track", "deputy-division", "--people", roster, "--on", "2026-06-30", "--json");
        Assert.Equal((0, ""), (exit, stderr));
        var rows = JsonDocument.Parse(stdout).RootElement.EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, Rows), rows.Select(r => r.GetProperty("row").GetInt32()));
        Assert.Equal(Enumerable.Range(1, Rows).Select(i => $"人{i}"), rows.Select(r => r.GetProperty("name").GetString()));
        // Ages cycle 30..49 by row: the verdict follows each row's own age, not a neighbour's.
        for (var i = 1; i <= Rows; i++)
        {
            var age = rows[i - 1].GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "age.max.deputy");
            Assert.Equal($"年龄 {Age(i)} 岁，{(Age(i) <= 40 ? "不超过 40 岁" : "超过 40 岁上限")}", age.GetProperty("explanation").GetString());
            Assert.Equal(Age(i) <= 40 ? "pending-attestation" : "ineligible", rows[i - 1].GetProperty("verdict").GetString());
        }
    }

    [Fact]
    public void DuplicateIdFarApart_IsFound_AndNothingIsPrinted()
    {
        using var dir = new TempDir();
        var lines = Roster(Rows).Split('\n').ToList();
        lines[2_300] = lines[5].Replace("人5,", "人2300,", StringComparison.Ordinal);
        var roster = dir.File("dup.csv", string.Join('\n', lines));
        var (exit, stdout, stderr) = CliRunner.Run(dir.Path, "check", "--scheme", "college", "--track", "deputy-division", "--people", roster, "--on", "2026-06-30");
        Assert.Equal((3, ""), (exit, stdout));
        Assert.Contains("第 2300 行 身份证号: 与第 5 行重复", stderr);
    }

    [Fact]
    public void OneIdInThreeBatches_EachLaterRowNamesTheFirst_InRowOrder()
    {
        using var dir = new TempDir();
        var lines = Roster(Rows).Split('\n').ToList();
        lines[1_200] = lines[5].Replace("人5,", "人1200,", StringComparison.Ordinal);
        lines[2_400] = lines[5].Replace("人5,", "人2400,", StringComparison.Ordinal);
        var roster = dir.File("dup3.csv", string.Join('\n', lines));
        var (exit, stdout, stderr) = CliRunner.Run(dir.Path, "check", "--scheme", "college", "--track", "deputy-division", "--people", roster, "--on", "2026-06-30");
        Assert.Equal((3, ""), (exit, stdout));
        var first = stderr.IndexOf("第 1200 行 身份证号: 与第 5 行重复", StringComparison.Ordinal);
        var second = stderr.IndexOf("第 2400 行 身份证号: 与第 5 行重复", StringComparison.Ordinal);
        Assert.True(first >= 0 && second > first, stderr);
        Assert.Contains("名册有 2 处错误", stderr);
    }

    [Fact]
    public void BrokenEncodingHalfway_IsSaidInChinese_AndNothingIsPrinted()
    {
        using var dir = new TempDir();
        var text = Encoding.UTF8.GetBytes(Roster(Rows));
        var at = Encoding.UTF8.GetByteCount(string.Join('\n', Roster(Rows).Split('\n').Take(1_800)));
        var bytes = text[..at].Concat(new byte[] { 0xD5, 0xC5, 0xC8, 0xFD }).Concat(text[at..]).ToArray();
        var roster = dir.File("gbk.csv");
        File.WriteAllBytes(roster, bytes);
        var (exit, stdout, stderr) = CliRunner.Run(dir.Path, "check", "--scheme", "college", "--track", "deputy-division", "--people", roster, "--on", "2026-06-30");
        Assert.Equal((3, ""), (exit, stdout));
        Assert.Contains("不是 UTF-8 编码", stderr);
        Assert.DoesNotContain("Aggregate", stderr);
    }

    [Fact]
    public void QuoteNeverClosedHalfway_NamesItsRow_AndNothingIsPrinted()
    {
        using var dir = new TempDir();
        var lines = Roster(Rows).Split('\n').ToList();
        lines[1_900] = lines[1_900].Replace("人1900,", "\"人1900,", StringComparison.Ordinal);
        var roster = dir.File("quote.csv", string.Join('\n', lines));
        var (exit, stdout, stderr) = CliRunner.Run(dir.Path, "check", "--scheme", "college", "--track", "deputy-division", "--people", roster, "--on", "2026-06-30");
        Assert.Equal((3, ""), (exit, stdout));
        Assert.Contains("第 1900 行（文件第 1901 行）的引号没有闭合", stderr);
    }

    [Fact]
    public void BlankLinesAndQuotedLineBreaks_AcrossTheFile_KeepEveryRowsNumber()
    {
        // A remark column with a quoted cell that breaks lines and holds commas every 50 rows, a blank line every 97,
        // CR LF line ends: the file is cut into pieces read on different threads, and the numbers must be the ones the
        // reader from the start gives (blank lines keep their number).
        using var dir = new TempDir();
        var lines = Roster(Rows).TrimEnd('\n').Split('\n').Select((line, i) => i == 0 ? line + ",备注" : line + (i % 50 == 0 ? ",\"第一行\r\n第二行，含,逗号\"\"引号\"\"\"" : ",")).ToList();
        for (var i = lines.Count - 1; i > 0; i--)
            if (i % 97 == 0) lines.Insert(i, "");
        var roster = dir.File("mixed.csv", string.Join("\r\n", lines) + "\r\n");
        var expected = ReserveTui.Import.RosterReader.Read(roster).Select(r => (r.Row, r.Person!.Name)).ToList();
        var (exit, stdout, stderr) = CliRunner.Run(dir.Path, "check", "--scheme", "college", "--track", "deputy-division", "--people", roster, "--on", "2026-06-30", "--json");
        Assert.Equal((0, ""), (exit, stderr));
        var rows = JsonDocument.Parse(stdout).RootElement.EnumerateArray().Select(r => (r.GetProperty("row").GetInt32(), r.GetProperty("name").GetString()!)).ToList();
        Assert.Equal(Rows, rows.Count);
        Assert.Equal(expected, rows);
        Assert.Contains(rows, r => r.Item1 > Rows);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16")]
    public void AByteOrderMark_IsReadPast_AndUtf16IsReadToo(string encoding)
    {
        // UTF-8 files are cut into pieces as bytes; a UTF-16 file (Notepad's "Unicode") is read from the start as
        // before. Either way every row comes out, numbered and named as in the file.
        using var dir = new TempDir();
        var text = Roster(300);
        var bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(text),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            _ => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
        };
        var roster = dir.File("roster.csv");
        File.WriteAllBytes(roster, bytes);
        var (exit, stdout, stderr) = CliRunner.Run(dir.Path, "check", "--scheme", "college", "--track", "deputy-division", "--people", roster, "--on", "2026-06-30", "--json");
        Assert.Equal((0, ""), (exit, stderr));
        var rows = JsonDocument.Parse(stdout).RootElement.EnumerateArray().Select(r => (r.GetProperty("row").GetInt32(), r.GetProperty("name").GetString())).ToList();
        Assert.Equal(Enumerable.Range(1, 300).Select(i => (i, (string?)$"人{i}")), rows);
    }

    [Fact]
    public void ByteOrderMarkAndABadByte_IsRefusedByCell_AsImportRefusesIt()
    {
        // StreamReader reads on leniently once it finds UTF-8's byte order mark: the bad bytes become U+FFFD and the
        // name's check refuses the row. Cut into pieces, the file must say the same, row and all, as import's reader.
        using var dir = new TempDir();
        var text = Roster(Rows);
        var at = Encoding.UTF8.GetByteCount(string.Join('\n', text.Split('\n').Take(1_800))) + 1;
        var body = Encoding.UTF8.GetBytes(text);
        var bytes = Encoding.UTF8.GetPreamble().Concat(body[..at]).Concat(new byte[] { 0xD5, 0xC5 }).Concat(body[at..]).ToArray();
        var roster = dir.File("bom-gbk.csv");
        File.WriteAllBytes(roster, bytes);
        var expected = ReserveTui.Import.RosterReader.Read(roster).SelectMany(r => r.Errors).Select(e => e.ToString()).ToList();
        Assert.Single(expected);
        var (exit, stdout, stderr) = CliRunner.Run(dir.Path, "check", "--scheme", "college", "--track", "deputy-division", "--people", roster, "--on", "2026-06-30");
        Assert.Equal((3, ""), (exit, stdout));
        Assert.Contains(expected[0], stderr);
        Assert.DoesNotContain("不是 UTF-8 编码", stderr);
    }

    [Fact]
    public void AnXlsxRoster_IsJudgedInBatches_AsTheSameRowsInCsvAre()
    {
        // .xlsx is read from the start (it is a zip, not cut into pieces) and judged in batches on every core.
        using var dir = new TempDir();
        var csv = dir.File("roster.csv", Roster(700));
        var xlsx = Path.Combine(dir.Path, "roster.xlsx");
        var lines = Roster(700).TrimEnd('\n').Split('\n');
        var header = lines[0].Split(',');
        MiniExcelLibs.MiniExcel.SaveAs(xlsx, lines.Skip(1).Select(l => header.Zip(l.Split(','), (h, v) => (h, (object)v)).ToDictionary(x => x.h, x => x.Item2)));
        var fromCsv = CliRunner.Run(dir.Path, "check", "--scheme", "college", "--track", "deputy-division", "--people", csv, "--on", "2026-06-30", "--json");
        var fromXlsx = CliRunner.Run(dir.Path, "check", "--scheme", "college", "--track", "deputy-division", "--people", xlsx, "--on", "2026-06-30", "--json");
        Assert.Equal((0, ""), (fromXlsx.Exit, fromXlsx.Err));
        Assert.Equal(700, JsonDocument.Parse(fromXlsx.Out).RootElement.GetArrayLength());
        Assert.Equal(fromCsv.Out, fromXlsx.Out);
    }

    private static int Age(int row) => 30 + row % 20;

    // Row i: 人i, born on 06-30 so the age on 2026-06-30 is exact, a valid ID number of that birth date (no gender
    // column, so its 17th digit may be either), 正科.
    private static string Roster(int rows)
    {
        var b = new StringBuilder("姓名,出生日期,身份证号,学历,现职级\n");
        for (var i = 1; i <= rows; i++)
        {
            var year = 2026 - Age(i);
            b.Append($"人{i},{year}-06-30,{Id($"1101{i / 1000:00}{year}0630{i % 1000:000}")},大学本科,正科\n");
        }

        return b.ToString();
    }

    private static string Id(string first17)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = first17.Select((c, i) => (c - '0') * weights[i]).Sum();
        return first17 + "10X98765432"[sum % 11];
    }
}
