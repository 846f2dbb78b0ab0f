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
    /// <summary>The schema this build writes; a file stamped with a newer one is refused, an older one upgraded.</summary>
    public const int SchemaVersion = SchemaUpgrade.Current;

    internal const string Collation = "zh-CN/IgnoreCase";

    private ReserveDatabase(LiteDatabase db, string location, bool readOnly)
    {
        Db = db;
        Location = location;
        IsReadOnly = readOnly;
    }

    internal LiteDatabase Db { get; }

    public string Location { get; }

    /// <summary>The file is read-only (permissions, or a read-only mount): reads work, every write is refused with a message.</summary>
    public bool IsReadOnly { get; }

    /// <summary>This open created the file (the caller tells the operator once).</summary>
    public bool Created { get; private init; }

    /// <summary>The automatic backup taken before this open upgraded an older file, if it did.</summary>
    public string? UpgradeBackup { get; private set; }

    /// <summary>
    /// Opens the ReserveTui database at <paramref name="path"/>. Anything that is not one — a folder, a README, a
    /// roster, another program's LiteDB file — is refused before LiteDB touches it, and stays byte-for-byte as it was.
    /// </summary>
    /// <param name="waiting">Told once if the open waits <see cref="WaitNotice"/> for another process's lock; kept as <see cref="Waiting"/>.</param>
    public static ReserveDatabase Open(string path, DatabaseAccess access = DatabaseAccess.Write, Action<string>? waiting = null)
    {
        var full = Path.GetFullPath(path);
        var exists = File.Exists(full);
        if (exists || Directory.Exists(full)) DatabaseFile.EnsureDatabase(full);
        if (!exists && access == DatabaseAccess.Read)
            throw new ReserveException(ErrorCode.NotFound, $"找不到数据库 {full}（只读的命令不会新建数据库；请检查 --db 或 RESERVE_DB）");
        var readOnly = exists && DatabaseFile.IsReadOnly(full);
        LiteDatabase? db = null;
        try
        {
            if (!exists)
            {
                var folder = Path.GetDirectoryName(full);
                if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
            }

            var cs = new ConnectionString { Filename = full, Connection = ConnectionType.Shared, Collation = new Collation(Collation), ReadOnly = readOnly };
            int version;
            using (WaitNoticeTimer(waiting, full))
            {
                db = new LiteDatabase(cs);
                version = db.UserVersion;
            }

            var opened = Stamped(db, full, readOnly, isNew: !exists, version);
            if (!exists) DatabaseFile.KeepPrivate(full);

            return new ReserveDatabase(db, full, readOnly) { Created = !exists, UpgradeBackup = opened, Waiting = waiting };
        }
        catch (ReserveException)
        {
            db?.Dispose();
            throw;
        }
        catch (LiteException ex) when (ex.Message.Contains("collation", StringComparison.OrdinalIgnoreCase))
        {
            db?.Dispose();
            throw new ReserveException(ErrorCode.Storage, $"数据库 {full} 的排序规则与本程序（{Collation}）不一致，它可能不是由 reserve 创建的：{ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            db?.Dispose();
            throw new ReserveException(ErrorCode.Storage, $"无法打开数据库 {full}：{ex.Message}");
        }
        catch (Exception ex) when (StorageFault.Is(ex))
        {
            db?.Dispose();
            throw StorageFault.ToReserve(full, ex);
        }
    }

    /// <summary>A private in-memory database, for tests.</summary>
    public static ReserveDatabase InMemory()
    {
        var db = new LiteDatabase(new MemoryStream());
        db.UserVersion = SchemaVersion;
        return new ReserveDatabase(db, ":memory:", readOnly: false);
    }

    // Returns the path of the automatic backup when an older file was upgraded.
    private static string? Stamped(LiteDatabase db, string location, bool readOnly, bool isNew, int version)
    {
        if (version > SchemaVersion)
            throw new ReserveException(ErrorCode.Storage, $"数据库 {location} 由更新版本的程序创建（结构版本 {version}，本程序支持 {SchemaVersion}），请升级程序");
        if (version == 0)
        {
            // A file we did not stamp: ours only if it holds nothing yet (a crash between creation and stamping).
            if (!isNew && db.GetCollectionNames().Any())
                throw new ReserveException(ErrorCode.Storage, $"这不是 ReserveTui 数据库：{location}（它是其他程序的 LiteDB 文件；文件未作任何改动）");
            if (readOnly) throw new ReserveException(ErrorCode.Storage, $"数据库 {location} 是只读文件，且尚未初始化，无法使用");
            db.UserVersion = SchemaVersion;
            return null;
        }

        if (version == SchemaVersion) return null;
        if (readOnly)
            throw new ReserveException(ErrorCode.Storage, $"数据库 {location} 的结构版本为 {version}，需要升级到 {SchemaVersion} 才能使用，但文件是只读的：请用可写的副本打开一次");
        return SchemaUpgrade.Run(db, location, version);
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
        if (IsReadOnly)
            throw new ReserveException(ErrorCode.Storage, $"数据库 {Location} 是只读文件，本次操作未写入任何内容（可以查看，不能修改；需要修改请让管理员恢复写权限）");
        try
        {
            using (WaitNoticeTimer(Waiting, Location)) Db.BeginTrans();
        }
        catch (Exception ex) when (ex is LiteException or IOException or UnauthorizedAccessException)
        {
            throw new ReserveException(ErrorCode.Storage, $"数据库 {Location} 暂时无法写入（可能正被其他操作员占用，或文件已损坏），本次操作未写入任何内容：{ex.Message}");
        }

        _depth.Value++;
        var note = LeaveNote();
        try
        {
            var result = work();
            Db.Commit();
            return result;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Rollback();
            throw new ReserveException(ErrorCode.Storage, $"数据库 {Location} 读写失败，本次操作未写入任何内容：{ex.Message}");
        }
        catch (Exception ex) when (StorageFault.Is(ex))
        {
            Rollback();
            throw StorageFault.ToReserve(Location, ex);
        }
        catch
        {
            Rollback();
            throw;
        }
        finally
        {
            _depth.Value--;
            TakeNote(note);
        }
    }

    private readonly ThreadLocal<int> _depth = new(() => 0);

    /// <summary>How long a write may wait for the lock before the operator is told (<see cref="Waiting"/>).</summary>
    public static readonly TimeSpan WaitNotice = TimeSpan.FromSeconds(2);

    // LiteDB waits for the file's lock without a word (shared mode: a named mutex, no timeout): someone queued
    // behind a long import is told why nothing happens, once, and the work goes on when the lock is free.
    private static Timer? WaitNoticeTimer(Action<string>? tell, string location) => tell is null ? null
        : new Timer(_ => tell(WaitingFor(location)), null, WaitNotice, Timeout.InfiniteTimeSpan);

    /// <summary>What the waiting operator is told: who holds the file and with what, when a long write said so (<see cref="Announce"/>).</summary>
    internal static string WaitingFor(string location)
    {
        string? who = null;
        try
        {
            var note = File.Exists(WriterNote(location)) ? File.ReadAllText(WriterNote(location)).Trim() : "";
            if (note.Length is > 0 and < 300 && !note.Any(char.IsControl)) who = note;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }

        return who is null
            ? $"数据库 {location} 正被其他操作员写入（例如一次大批导入），正在等待，完成后会自动继续……"
            : $"数据库正被 {who}，正在等待，完成后会自动继续……";
    }

    private static string WriterNote(string location) => location + ".writer";

    /// <summary>
    /// Says, for the writes made while the returned value lives, who is writing and what ("张三 导入名册（12-03 20:41
    /// 起）"): each such transaction, once it holds the lock, leaves a note beside the file that another operator's
    /// blocked write reads out instead of waiting in silence, and takes it away when it ends. For long writes (a
    /// roster import); a short one is over before anyone is told.
    /// </summary>
    public IDisposable Announce(string who, string what)
    {
        _announcing.Value = $"{who} {what}（{DateTime.Now:MM-dd HH:mm} 起）";
        return new Announced(this);
    }

    private readonly ThreadLocal<string?> _announcing = new();

    // Written only once the lock is held, so the note names whoever holds it; removed only if it is still ours.
    private string? LeaveNote()
    {
        if (_announcing.Value is not { } note || Location == ":memory:") return null;
        try
        {
            File.WriteAllText(WriterNote(Location), note);
            DatabaseFile.KeepPrivate(WriterNote(Location));
            return note;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null; // only a courtesy to the others: the write itself goes on
        }
    }

    private void TakeNote(string? note)
    {
        try
        {
            if (note is not null && File.Exists(WriterNote(Location)) && File.ReadAllText(WriterNote(Location)) == note) File.Delete(WriterNote(Location));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    private sealed class Announced(ReserveDatabase database) : IDisposable
    {
        public void Dispose() => database._announcing.Value = null;
    }

    /// <summary>Told, once per write, when the write has waited <see cref="WaitNotice"/> for another process's lock (from a timer thread).</summary>
    public Action<string>? Waiting { get; set; }

    /// <summary>
    /// The real clock, set when the rules' clock is not the real one (<c>--now</c> on a training database): the record
    /// then keeps real time and notes the judged time beside it (<see cref="AuditLog"/>). Null: the given time is real.
    /// </summary>
    public TimeProvider? RealClock { get; set; }

    /// <summary>Whether this thread is inside <see cref="Transaction{T}"/>.</summary>
    public bool InTransaction => _depth.Value > 0;

    /// <summary>
    /// After a storage fault outside a transaction: gives back LiteDB's lock if the failed read kept it
    /// (<see cref="LiteLock.ReleaseAfterFault"/>), so the other operators are not left waiting.
    /// </summary>
    public void ReleaseAfterFault()
    {
        if (!InTransaction) LiteLock.ReleaseAfterFault(Db);
    }

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
