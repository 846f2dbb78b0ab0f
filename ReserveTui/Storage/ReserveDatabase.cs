using LiteDB;
using ReserveTui.Hosting;

namespace ReserveTui.Storage;

/// <summary>
/// The one LiteDB file. Always opened in shared mode (PITFALLS: direct mode does not stop a second process on
/// Linux), so several operators' processes can use it at once; each operation takes the cross-process mutex
/// briefly, which is why repositories keep operations short and materialise every result.
/// </summary>
internal sealed class ReserveDatabase : IDisposable
{
    /// <summary>The schema this build writes; a file stamped with a newer one is refused.</summary>
    public const int SchemaVersion = 1;

    private const string Collation = "zh-CN/IgnoreCase";

    private ReserveDatabase(LiteDatabase db, string location)
    {
        Db = db;
        Location = location;
    }

    internal LiteDatabase Db { get; }

    public string Location { get; }

    public static ReserveDatabase Open(string path)
    {
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
            var cs = new ConnectionString { Filename = path, Connection = ConnectionType.Shared, Collation = new Collation(Collation) };
            return Stamped(new LiteDatabase(cs), path);
        }
        catch (LiteException ex) when (ex.Message.Contains("collation", StringComparison.OrdinalIgnoreCase))
        {
            throw new ReserveException(ErrorCode.Storage, $"数据库 {path} 的排序规则与本程序（{Collation}）不一致，它可能不是由 reserve 创建的：{ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or LiteException)
        {
            throw new ReserveException(ErrorCode.Storage, $"无法打开数据库 {path}：{ex.Message}");
        }
    }

    /// <summary>A private in-memory database, for tests.</summary>
    public static ReserveDatabase InMemory() => Stamped(new LiteDatabase(new MemoryStream()), ":memory:");

    private static ReserveDatabase Stamped(LiteDatabase db, string location)
    {
        var version = db.UserVersion;
        if (version > SchemaVersion)
        {
            db.Dispose();
            throw new ReserveException(ErrorCode.Storage, $"数据库 {location} 由更新版本的程序创建（结构版本 {version}，本程序支持 {SchemaVersion}），请升级程序");
        }

        if (version == 0) db.UserVersion = SchemaVersion;
        return new ReserveDatabase(db, location);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction: all of it is written or none. The mutex belongs to this
    /// thread until commit, so <paramref name="work"/> must not await.
    /// </summary>
    public T Transaction<T>(Func<T> work)
    {
        // A transaction inside another (a read that records a lapse, inside a change) joins the outer one: LiteDB's
        // inner Commit would otherwise commit the outer work half-done.
        if (_depth.Value > 0) return work();
        try
        {
            Db.BeginTrans();
        }
        catch (Exception ex) when (ex is LiteException or IOException or UnauthorizedAccessException)
        {
            throw new ReserveException(ErrorCode.Storage, $"数据库 {Location} 暂时无法写入（可能正被其他操作员占用，或文件已损坏），本次操作未写入任何内容：{ex.Message}");
        }

        _depth.Value++;
        try
        {
            var result = work();
            Db.Commit();
            return result;
        }
        catch (Exception ex) when (ex is LiteException or IOException or UnauthorizedAccessException)
        {
            Rollback();
            throw new ReserveException(ErrorCode.Storage, $"数据库 {Location} 读写失败，本次操作未写入任何内容：{ex.Message}");
        }
        catch
        {
            Rollback();
            throw;
        }
        finally
        {
            _depth.Value--;
        }
    }

    private readonly ThreadLocal<int> _depth = new(() => 0);

    public void Dispose()
    {
        Db.Dispose();
        _depth.Dispose();
    }

    // A rollback that fails after a storage error must not replace that error.
    private void Rollback()
    {
        try
        {
            Db.Rollback();
        }
        catch (Exception ex) when (ex is LiteException or IOException)
        {
        }
    }
}
