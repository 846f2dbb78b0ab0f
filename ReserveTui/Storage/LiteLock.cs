using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using LiteDB;

namespace ReserveTui.Storage;

/// <summary>
/// LiteDB's shared-mode lock from outside LiteDB. Shared mode serialises processes with a named mutex whose name
/// LiteDB derives from the file's path ("Global\" + SHA-1 of the lower-cased full path + ".Mutex", SharedEngine in
/// 5.0.20); holding the same mutex keeps every ReserveTui process away from the file while a restore swaps it.
/// </summary>
internal static class LiteLock
{
    /// <summary>Waits for and holds the lock of the database at <paramref name="path"/> until disposed.</summary>
    public static IDisposable Hold(string path)
    {
        var name = "Global\\" + Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(path).ToLower()))) + ".Mutex";
        var mutex = new Mutex(false, name);
        try
        {
            mutex.WaitOne();
        }
        catch (AbandonedMutexException)
        {
        }

        return new Held(mutex);
    }

    /// <summary>
    /// Gives back a lock a failed read left held. LiteDB 5.0.20's SharedEngine.Query takes the mutex and releases it
    /// only when the reader is disposed, but a reader that fails on its first document (a damaged page) is never
    /// built: the mutex stays with this thread and every other process waits for ever. Outside a transaction this
    /// closes the half-open engine and releases every hold this thread has. True when something was released.
    /// Called on a thread that does not hold the lock (a fault met on a worker, shown on the UI thread), it leaves
    /// the engine alone: another thread may be reading with it.
    /// </summary>
    public static bool ReleaseAfterFault(LiteDatabase db)
    {
        const BindingFlags Private = BindingFlags.Instance | BindingFlags.NonPublic;
        if (typeof(LiteDatabase).GetField("_engine", Private)?.GetValue(db) is not SharedEngine shared) return false;
        var type = typeof(SharedEngine);
        if (type.GetField("_transactionRunning", Private)?.GetValue(shared) is true) return false;
        if (type.GetField("_mutex", Private)?.GetValue(shared) is not Mutex mutex) return false;
        // Held by this thread already (the fault's hold), or free: this thread holds it now, one hold more.
        try
        {
            if (!mutex.WaitOne(0)) return false;
        }
        catch (AbandonedMutexException)
        {
            // Its holder died: this thread holds it now.
        }

        var engineField = type.GetField("_engine", Private);
        if (engineField?.GetValue(shared) is IDisposable engine)
        {
            try
            {
                engine.Dispose();
            }
            catch (Exception ex) when (StorageFault.Is(ex) || ex is IOException)
            {
            }

            engineField.SetValue(shared, null);
        }

        var holds = 0;
        while (true)
        {
            try
            {
                mutex.ReleaseMutex();
                holds++;
            }
            catch (ApplicationException)
            {
                // No longer held by this thread; one of the holds was the check's own.
                return holds > 1;
            }
        }
    }

    private sealed class Held(Mutex mutex) : IDisposable
    {
        public void Dispose()
        {
            mutex.ReleaseMutex();
            mutex.Dispose();
        }
    }
}
