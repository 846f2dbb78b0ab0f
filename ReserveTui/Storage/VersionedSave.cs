using LiteDB;
using ReserveTui.Hosting;

namespace ReserveTui.Storage;

/// <summary>Optimistic concurrency for documents that carry a version: a stale write is refused, never merged.</summary>
internal static class VersionedSave
{
    // Read-compare-write inside the caller's transaction: the shared-mode mutex makes it atomic across processes.
    public static void Save<T>(ILiteCollection<T> collection, T doc, int expected, int? stored, Action<int> setVersion)
    {
        Check(expected, stored);
        setVersion(expected + 1);
        collection.Update(doc);
    }

    /// <summary>
    /// Refuses a change made from a stale view. Called first, before any rule is weighed, so the operator hears
    /// "someone changed this" rather than a rule's answer about a state they have not seen.
    /// </summary>
    public static void Check(int expected, int? stored)
    {
        if (stored != expected)
            throw new ReserveException(ErrorCode.Conflict, "该记录已被其他操作员修改，本次操作未保存；请刷新后重试");
    }
}
