using ReserveTui.Storage;

namespace ReserveTui.Tui;

/// <summary>
/// What the terminal UI needs before its first frame: the open database and the operator it admitted (准入). The
/// plugins and the services over them come after (<see cref="TuiServices"/>).
/// </summary>
internal sealed record TuiAdmission(ReserveDatabase Database, Services.Access.OperatorAccess Access);
