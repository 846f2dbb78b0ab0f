namespace ReserveTui.Services.Pool;

/// <summary>A removal the rules propose (never carry out): the scheme's reason, and why it applies now.</summary>
internal sealed record RemovalProposal(string ReasonId, string ReasonText, string Why);
