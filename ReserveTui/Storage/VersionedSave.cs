using LiteDB;
using ReserveTui.Hosting;

namespace ReserveTui.Storage;

/// <summary>Optimistic concurrency for documents that carry a version: a stale write is refused, never merged.</summary>
internal static class VersionedSave
{
    // Read-compare-write inside the caller's transaction: the shared-mode mutex makes it atomic across processes.
    public static void Save<T>(ILiteCollection<T> collection, T doc, int expected, int? stored, Action<int> setVersion)
    {
        if (stored != expected)
            throw new ReserveException(ErrorCode.Conflict, "该记录已被其他操作员修改，本次操作未保存；请刷新后重试");
        setVersion(expected + 1);
        collection.Update(doc);
    }
}
