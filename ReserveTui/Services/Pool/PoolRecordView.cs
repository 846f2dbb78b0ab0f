namespace ReserveTui.Services.Pool;

/// <summary>One entry of a reserve's file as people read it: the kind in Chinese, the day, and what was recorded.</summary>
internal sealed record PoolRecordView(
    string Kind, string KindName, DateOnly On, string? Text, string? Form, string? Who,
    decimal? FitShare, decimal? BasicallyFitShare, decimal? UnfitShare, decimal? Score, bool? Passed, string? By)
{
    /// <summary>The entry in one line of Chinese: 2026-09-01 考核：称职 85.0% 基本称职 10.0% 不称职 5.0%.</summary>
    public string Line => $"{On:yyyy-MM-dd} {KindName}：" + Kind switch
    {
        PoolRecordKinds.Appraisal => $"称职 {Percent.Of(FitShare ?? 0, 1)} 基本称职 {Percent.Of(BasicallyFitShare ?? 0, 1)} 不称职 {Percent.Of(UnfitShare ?? 0, 1)}" + (Text is null ? "" : "；" + Text),
        PoolRecordKinds.Exam => $"{(Score is { } s ? CampaignFormsModel.Number(s) + " 分，" : "")}{(Passed == true ? "合格" : "不合格")}" + (Text is null ? "" : "；" + Text),
        PoolRecordKinds.Talk => $"{Who}" + (Text is null ? "" : "：" + Text),
        _ => string.Join("：", new[] { Form, Text }.Where(x => !string.IsNullOrWhiteSpace(x))),
    };
}
