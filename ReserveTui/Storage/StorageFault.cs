using System.Diagnostics;
using LiteDB;
using ReserveTui.Hosting;

namespace ReserveTui.Storage;

/// <summary>
/// Recognises a fault of the database file, wherever it surfaces, and says it as one Chinese sentence. A damaged
/// page does not always raise LiteException: garbage bytes surface as casts, ranges and ticks thrown from inside
/// LiteDB, so the innermost frame decides.
/// </summary>
internal static class StorageFault
{
    private static readonly System.Reflection.Assembly LiteDb = typeof(LiteDatabase).Assembly;

    public static bool Is(Exception ex) =>
        ex is LiteException || (ex is not ReserveException && ThrownInside(ex)) || (ex.InnerException is { } inner && Is(inner));

    /// <summary>The sentence an operator sees: which file, that nothing was written, and what to do.</summary>
    public static string Describe(string location, Exception ex) =>
        $"数据库 {location} 无法读取（{Summary(ex)}），文件可能已损坏。本次操作未写入任何内容；请停止在此文件上工作，用 reserve restore 从最近的备份恢复（备份见 reserve backup）。";

    public static ReserveException ToReserve(string location, Exception ex) => new(ErrorCode.Storage, Describe(location, ex));

    private static bool ThrownInside(Exception ex)
    {
        var frame = new StackTrace(ex, false).GetFrames().FirstOrDefault();
        return frame?.GetMethod()?.DeclaringType?.Assembly == LiteDb;
    }

    private static string Summary(Exception ex)
    {
        var message = ex.Message.ReplaceLineEndings(" ");
        return message.Length > 120 ? message[..120] + "…" : message;
    }
}
