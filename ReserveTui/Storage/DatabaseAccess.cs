namespace ReserveTui.Storage;

/// <summary>What the caller means to do with the database file, which decides whether a missing file may be created.</summary>
internal enum DatabaseAccess
{
    /// <summary>Only reads: a missing file is "not found", never created (a mistyped <c>--db</c> must not leave a file behind).</summary>
    Read,

    /// <summary>May write: a missing file is created, and the caller says so once.</summary>
    Write,
}
