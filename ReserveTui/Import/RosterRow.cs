using ReserveSdk;

namespace ReserveTui.Import;

/// <summary>One roster row: the person, or the errors that kept it from being one.</summary>
internal sealed record RosterRow(int Row, Person? Person, IReadOnlyList<RowError> Errors);
