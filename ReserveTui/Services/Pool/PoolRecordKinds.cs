using ReserveTui.Hosting;

namespace ReserveTui.Services.Pool;

/// <summary>The kinds of entry in a reserve's file, with their CLI codes (a contract) and Chinese names.</summary>
internal static class PoolRecordKinds
{
    public const string Training = "training";
    public const string Appraisal = "appraisal";
    public const string Talk = "talk";
    public const string Report = "report";
    public const string Exam = "exam";

    public static IReadOnlyList<string> All { get; } = [Training, Appraisal, Talk, Report, Exam];

    public static string Chinese(string kind) => kind switch
    {
        Training => "培养",
        Appraisal => "考核",
        Talk => "谈心谈话",
        Report => "重大事项报告",
        Exam => "理论考试",
        _ => kind,
    };

    /// <summary>The matters a reserve reports (the county's list, 五项制度之四), offered as choices; others may be written.</summary>
    public static IReadOnlyList<string> ReportMatters { get; } = ["工作单位变动", "参加学历教育", "获得县级以上荣誉称号", "受到党纪政纪处分", "群众来信来访反映问题"];

    public static string Parse(string text) =>
        All.FirstOrDefault(k => k == text || Chinese(k) == text)
        ?? throw new ReserveException(ErrorCode.Usage, $"记录类别“{OperatorInput.Echo(text)}”不认识（可用：{string.Join("、", All.Select(k => $"{k}（{Chinese(k)}）"))}）");
}
