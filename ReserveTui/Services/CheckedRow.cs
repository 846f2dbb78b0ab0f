using ReserveSdk;

namespace ReserveTui.Services;

/// <summary>One roster row checked against a track: its place in the file, the name, and the eligibility report.</summary>
internal sealed record CheckedRow(int Row, string Name, EligibilityReport Report);
