using ReserveSdk;

namespace ReserveTui.Services;

/// <summary>One roster row checked against a track: its place in the file, the name, and the eligibility report.</summary>
/// <remarks>A value: a check hands out one per row, and a consumer writes it and lets it go.</remarks>
internal readonly record struct CheckedRow(int Row, string Name, EligibilityReport Report);
