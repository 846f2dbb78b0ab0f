using ReserveTui.Import;

namespace ReserveTui.Services;

/// <summary>What an import wrote (new people), whom it updated (<c>--update</c>), and the rows it skipped when asked to skip bad rows.</summary>
internal sealed record ImportResult(int Written, IReadOnlyList<RowError> Skipped)
{
    public int Updated { get; init; }
}
