namespace ReserveTui.Services.Pool;

/// <summary>
/// What an operator records in a reserve's file. Kind decides which fields are read: training (Form, Text),
/// appraisal (the three shares, Text), talk (Who, Text), report (Form as the matter, Text), exam (Score, Passed).
/// On is the day it happened (today when null; never after today).
/// </summary>
internal sealed record PoolRecordInput(string Kind, DateOnly? On = null)
{
    public string? Text { get; init; }
    public string? Form { get; init; }
    public string? Who { get; init; }
    public decimal? FitShare { get; init; }
    public decimal? BasicallyFitShare { get; init; }
    public decimal? UnfitShare { get; init; }
    public decimal? Score { get; init; }
    public bool? Passed { get; init; }
}
