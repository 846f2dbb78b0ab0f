namespace ReserveTui.Services.Safety;

/// <summary>One finding of <c>reserve doctor</c>: what was checked, how it stands, and what to do, in Chinese.</summary>
internal sealed record DoctorCheck(string Name, DoctorStatus Status, string Message);
