using System.CommandLine;

namespace ReserveTui.Cli;

/// <summary>
/// A verb that only reads. It never creates a database or a folder: a mistyped <c>--db</c> is "not found" (exit 4)
/// rather than a new empty database that the next command silently uses.
/// </summary>
internal sealed class ReadingCommand(string name, string? description = null) : Command(name, description);
