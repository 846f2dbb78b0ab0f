using System.Security.Cryptography;
using LiteDB;
using ReserveTui.Hosting;
using ReserveTui.Storage;

namespace ReserveTui.Tests.Storage;

/// <summary>
/// Issue 12, items 1, 2 and 11: a file that is not a ReserveTui database is never touched; a damaged one is one
/// Chinese sentence and exit 7; a read-only one can be read; read-only verbs never create anything.
/// </summary>
public sealed class DatabaseSafetyTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run(_dir.Path, args);

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    [Theory]
    [InlineData("people", "list")]
    [InlineData("unit", "list")]
    [InlineData("campaign", "list")]
    [InlineData("audit", "verify")]
    [InlineData("backup")]
    [InlineData("unit", "add", "某单位", "--kind", "学院")]
    [InlineData("demo")]
    public void AFileThatIsNotADatabase_IsRefused_ByteForByteUnchanged(params string[] verb)
    {
        foreach (var content in new[] { "# README\n\nsome text that is long enough to look like a file\n", "姓名,身份证号\n张三,110105198503072313\n", "" })
        {
            var file = _dir.File("not-a-db.txt", content);
            var before = Hash(file);
            var (exit, _, err) = Run([.. verb, "--db", file]);
            Assert.Equal((int)ErrorCode.Storage, exit);
            Assert.Contains("这不是 ReserveTui 数据库", err);
            Assert.Equal(before, Hash(file));
            Assert.False(File.Exists(DatabaseBackup.LogFileOf(file)));
        }
    }

    [Fact]
    public void AnotherProgramsLiteDbFile_IsRefused_Unchanged()
    {
        var file = Path.Combine(_dir.Path, "other.db");
        using (var other = new LiteDatabase($"Filename={file};Collation=zh-CN/IgnoreCase")) other.GetCollection("things").Insert(new BsonDocument { ["x"] = 1 });
        var before = Hash(file);
        var (exit, _, err) = Run("people", "list", "--db", file);
        Assert.Equal((int)ErrorCode.Storage, exit);
        Assert.Contains("这不是 ReserveTui 数据库", err);
        Assert.Equal(before, Hash(file));
    }

    [Fact]
    public void AFolder_IsNotADatabase()
    {
        var (exit, _, err) = Run("people", "list", "--db", _dir.Path);
        Assert.Equal((int)ErrorCode.Storage, exit);
        Assert.Contains("是一个文件夹", err);
    }

    [Theory]
    [InlineData("people", "list")]
    [InlineData("pool", "list")]
    [InlineData("campaign", "show", "x")]
    [InlineData("audit", "log")]
    [InlineData("render", "roster")]
    public void AReadingVerb_OnAMissingPath_IsNotFound_AndCreatesNothing(params string[] verb)
    {
        var path = Path.Combine(_dir.Path, "typo", "reserve.db");
        var (exit, _, err) = Run([.. verb, "--db", path]);
        Assert.Equal((int)ErrorCode.NotFound, exit);
        Assert.Contains("找不到数据库", err);
        Assert.False(Directory.Exists(Path.Combine(_dir.Path, "typo")));
    }

    [Fact]
    public void AWritingVerb_CreatesTheDatabase_AndSaysSoOnce()
    {
        var path = Path.Combine(_dir.Path, "new", "reserve.db");
        var first = Run("unit", "add", "某学院", "--kind", "学院", "--db", path);
        Assert.Equal(0, first.Exit);
        Assert.Contains($"已新建数据库 {path}", first.Err);
        var second = Run("unit", "add", "某系", "--kind", "学院", "--db", path);
        Assert.DoesNotContain("已新建数据库", second.Err);
        Assert.Equal(0, Run("unit", "list", "--db", path).Exit);
    }

    [Fact]
    public void ADamagedDatabase_IsOneChineseSentence_Exit7()
    {
        var path = Path.Combine(_dir.Path, "d.db");
        Assert.Equal(0, Run("demo", "--people", "30", "--db", path).Exit);
        Damage(path, PeoplePage(path));
        var (exit, _, err) = Run("people", "list", "--db", path);
        Assert.Equal((int)ErrorCode.Storage, exit);
        Assert.Contains("可能已损坏", err);
        Assert.Contains(path, err);
        Assert.Contains("reserve restore", err);
        Assert.DoesNotContain("   at ", err);
        Assert.DoesNotContain("LiteException", err);
    }

    /// <summary>The offset of the first page holding a person (its "Identity" field), so a test damages what a people read touches.</summary>
    internal static long PeoplePage(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var at = bytes.AsSpan().IndexOf("Identity\0"u8);
        Assert.True(at > 0, "no person stored");
        return at / 8192 * 8192;
    }

    internal static void Damage(string path, long offset)
    {
        using var f = new FileStream(path, FileMode.Open, FileAccess.Write);
        f.Seek(offset, SeekOrigin.Begin);
        f.Write(Enumerable.Repeat((byte)0x5a, 8192).ToArray());
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void AReadOnlyDatabase_CanBeRead_AndAWriteSaysItIsReadOnly()
    {
        var path = Path.Combine(_dir.Path, "ro.db");
        Assert.Equal(0, Run("demo", "--people", "20", "--db", path).Exit);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        try
        {
            var before = Hash(path);
            var list = Run("people", "list", "--db", path);
            Assert.Equal(0, list.Exit);
            Assert.Contains("共 20 人", list.Out);
            Assert.Equal(0, Run("audit", "verify", "--db", path).Exit);
            Assert.Equal(0, Run("pool", "list", "--db", path).Exit);
            var add = Run("unit", "add", "某学院", "--kind", "学院", "--db", path);
            Assert.Equal((int)ErrorCode.Storage, add.Exit);
            Assert.Contains("只读", add.Err);
            Assert.Equal(before, Hash(path));
        }
        finally
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [Fact]
    public void AnOlderFile_IsUpgradedOnOpen_AfterABackup()
    {
        var path = Path.Combine(_dir.Path, "old.db");
        Assert.Equal(0, Run("demo", "--people", "10", "--db", path).Exit);
        // Make it look like a schema-1 file: no identity on people, version 1.
        using (var raw = new LiteDatabase($"Filename={path};Connection=shared;Collation=zh-CN/IgnoreCase"))
        {
            var people = raw.GetCollection("people");
            var all = people.FindAll().ToList();
            foreach (var d in all) d.Remove("Identity");
            people.Update(all);
            raw.UserVersion = 1;
        }

        var (exit, _, err) = Run("unit", "add", "某学院", "--kind", "学院", "--db", path);
        Assert.Equal(0, exit);
        Assert.Contains("已升级到结构版本 2", err);
        var backup = Directory.GetFiles(_dir.Path, "old.v1-*.bak.db").Single();
        Assert.Equal(1, DatabaseFile.HeaderVersion(backup));
        using var db = ReserveDatabase.Open(path, DatabaseAccess.Read);
        Assert.Equal(2, db.Db.UserVersion);
        Assert.All(db.Db.GetCollection("people").FindAll(), d => Assert.False(string.IsNullOrEmpty(d["Identity"].AsString)));
    }

    // A demo database live.db (5 people) and its backup copy.db.
    private (string Live, string Copy) LiveWithBackup()
    {
        var path = Path.Combine(_dir.Path, "live.db");
        var copy = Path.Combine(_dir.Path, "copy.db");
        Assert.Equal(0, Run("demo", "--people", "5", "--db", path).Exit);
        Assert.Equal(0, Run("backup", "-o", copy, "--db", path).Exit);
        return (path, copy);
    }

    [Fact]
    public void BackupThenRestore_GivesBackTheCopy_AndKeepsTheReplacedFile()
    {
        var path = Path.Combine(_dir.Path, "live.db");
        var copy = Path.Combine(_dir.Path, "copy.db");
        Assert.Equal(0, Run("demo", "--people", "10", "--db", path).Exit);
        var backup = Run("backup", "-o", copy, "--db", path);
        Assert.Equal(0, backup.Exit);
        Assert.Contains("已校验", backup.Out);
        Assert.Equal(0, Run("unit", "add", "备份后添加", "--kind", "学院", "--db", path).Exit);

        Assert.NotEqual(0, Run("backup", "-o", copy, "--db", path).Exit);
        var restore = Run("restore", copy, "--db", path);
        Assert.Equal(0, restore.Exit);
        Assert.DoesNotContain("备份后添加", Run("unit", "list", "--db", path).Out);
        var replaced = Directory.GetFiles(_dir.Path, "live.replaced-*.db").Single();
        Assert.Contains("备份后添加", Run("unit", "list", "--db", replaced).Out);
        Assert.Equal(0, Run("audit", "verify", "--db", path).Exit);
        Assert.Contains("\t恢复\t", Run("audit", "log", "--db", path).Out);
    }

    [Fact]
    public void Restore_OfATamperedOrForeignFile_ReplacesNothing()
    {
        var (path, copy) = LiveWithBackup();
        using (var raw = new LiteDatabase($"Filename={copy};Connection=shared;Collation=zh-CN/IgnoreCase"))
        {
            var audit = raw.GetCollection("audit");
            var first = audit.FindById(1);
            first["Operator"] = "someone-else";
            audit.Update(first);
        }

        var before = Hash(path);
        Assert.Equal((int)ErrorCode.Tampered, Run("restore", copy, "--db", path).Exit);
        Assert.Equal((int)ErrorCode.Storage, Run("restore", _dir.File("r.md", "# hello"), "--db", path).Exit);
        Assert.Equal(before, Hash(path));
        Assert.Empty(Directory.GetFiles(_dir.Path, "*.replaced-*"));
        Assert.Empty(Directory.GetFiles(_dir.Path, ".*restoring*"));
    }

    [Fact]
    public void Restore_OverAFileThatIsNotADatabase_RefusesAndChangesNothing()
    {
        var (path, copy) = LiveWithBackup();
        var notes = _dir.File("notes.txt", "operator's notes");
        var before = Hash(notes);
        var (exit, _, err) = CliRunner.RunAsAccount(_dir.Path, "restore", copy, "--db", notes);
        Assert.Equal((int)ErrorCode.Storage, exit);
        Assert.Contains("不是 ReserveTui 数据库，未恢复", err);
        Assert.Equal(before, Hash(notes));
        Assert.Equal((int)ErrorCode.Storage, CliRunner.RunAsAccount(_dir.Path, "restore", copy, "--db", _dir.Path).Exit);
    }

    [Fact]
    public void Restore_MovesAStaleLogAside_SoItIsNeverReplayedIntoTheRestoredFile()
    {
        var (path, copy) = LiveWithBackup();
        // The damaged file was deleted by hand; its log is still there.
        File.Delete(path);
        File.WriteAllBytes(DatabaseBackup.LogFileOf(path), Enumerable.Repeat((byte)0x5a, 8192).ToArray());
        Assert.Equal(0, Run("restore", copy, "--db", path).Exit);
        Assert.False(File.Exists(DatabaseBackup.LogFileOf(path)));
        Assert.Single(Directory.GetFiles(_dir.Path, "live.replaced-*-log.db"));
        Assert.Contains("共 5 人", Run("people", "list", "--db", path).Out);
        Assert.Equal(0, Run("audit", "verify", "--db", path).Exit);
    }
}
