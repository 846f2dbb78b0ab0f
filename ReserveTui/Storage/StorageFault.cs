using System.Diagnostics;
using LiteDB;
using ReserveTui.Hosting;

namespace ReserveTui.Storage;

/// <summary>
/// Recognises a fault of the database, wherever it surfaces, and says it as one Chinese sentence. Damage is told
/// apart from other storage failures: LiteDB's own "the file is not in a valid state" codes, or an exception thrown
/// from inside LiteDB that is not a LiteException (garbage bytes surface as casts, ranges and ticks). Only damage is
/// answered with "restore a backup"; a duplicate key or a lock timeout is a failed operation to try again.
/// </summary>
internal static class StorageFault
{
    private static readonly System.Reflection.Assembly LiteDb = typeof(LiteDatabase).Assembly;

    // INVALID_DATABASE, INVALID_FORMAT, INVALID_FREE_SPACE_PAGE, INVALID_DATAFILE_STATE (LiteDB's ENSURE), and 0 (a
    // page that reads as another type).
    private static readonly HashSet<int> DamageCodes = [0, 103, 200, 213, 999];

    /// <summary>Any failure of the database file or engine (damage included).</summary>
    public static bool Is(Exception ex) =>
        ex is LiteException || IsDamage(ex) || (ex.InnerException is { } inner && Is(inner));

    /// <summary>The file's content is not what LiteDB wrote: restore a backup.</summary>
    public static bool IsDamage(Exception ex) => ex switch
    {
        LiteException lite => DamageCodes.Contains(lite.ErrorCode),
        ReserveException => false,
        _ => ThrownInside(ex) || (ex.InnerException is { } inner && IsDamage(inner)),
    };

    /// <summary>The sentence an operator sees: which file, that nothing was written, and what to do.</summary>
    public static string Describe(string location, Exception ex) => IsDamage(ex)
        ? $"数据库 {location} 无法读取（{Summary(ex)}），文件可能已损坏。本次操作未写入任何内容；请停止在此文件上工作，用 reserve restore 从最近的备份恢复（备份见 reserve backup）。"
        : $"数据库 {location} 操作失败（{Summary(ex)}），本次操作未写入任何内容；请重试，如反复出现请联系管理员。";

    public static ReserveException ToReserve(string location, Exception ex) => new(ErrorCode.Storage, Describe(location, ex));

    // The first frame that is not the runtime's own (a ThrowHelper, a DateTime constructor) decides.
    private static bool ThrownInside(Exception ex)
    {
        foreach (var frame in new StackTrace(ex, false).GetFrames())
        {
            var type = frame.GetMethod()?.DeclaringType;
            if (type is null || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true) continue;
            return type.Assembly == LiteDb;
        }

        return false;
    }

    private static string Summary(Exception ex)
    {
        var message = ex.Message.ReplaceLineEndings(" ");
        return message.Length > 120 ? message[..120] + "…" : message;
    }
}
