namespace ReserveTui.Services.Campaigns;

/// <summary>
/// Ids of the nominee records offered beside the workflow actions. Prefixed so they can never clash with a
/// plugin's action ids (a workflow may well have an action called "inspect").
/// </summary>
internal static class RecordIds
{
    public const string Inspection = "record.inspection";
    public const string Report = "record.report";
    public const string Resolve = "record.resolve";
    public const string Documents = "record.documents";
    public const string Exam = "record.exam";
    public const string Scores = "record.scores";
}
