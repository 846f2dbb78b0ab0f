namespace ReserveTui.Services.Access;

/// <summary>An operator account as listed: name, role, the unit of a unit operator, when and by whom it was added.</summary>
internal sealed record UserView(string Name, OperatorRole Role, string? Unit, DateTimeOffset AddedAt, string AddedBy);
