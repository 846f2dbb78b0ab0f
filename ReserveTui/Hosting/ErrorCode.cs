namespace ReserveTui.Hosting;

/// <summary>Error codes users can look up (docs/errors.md); each maps to a process exit code.</summary>
internal enum ErrorCode
{
    /// <summary>The command line is wrong (exit 2).</summary>
    Usage = 2,

    /// <summary>An input file is bad; row-level messages accompany it (exit 3).</summary>
    BadInput = 3,

    /// <summary>Something named does not exist: scheme, track, person, campaign (exit 4).</summary>
    NotFound = 4,

    /// <summary>The workflow or a rule refuses the action; nothing changed (exit 5).</summary>
    Refused = 5,

    /// <summary>Another operator changed the record first; nothing changed (exit 6).</summary>
    Conflict = 6,

    /// <summary>The database or a file could not be used (exit 7).</summary>
    Storage = 7,

    /// <summary>The record's hash chain is broken: an entry was changed, deleted or inserted outside the program (exit 8).</summary>
    Tampered = 8,

    /// <summary><c>reserve doctor</c> found a deployment problem (exit 9).</summary>
    Unhealthy = 9,
}
