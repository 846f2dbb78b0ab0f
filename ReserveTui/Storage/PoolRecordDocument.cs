namespace ReserveTui.Storage;

/// <summary>
/// One entry of a reserve's file: 培养 (training), 考核 (appraisal), 谈心 (talk), 重大事项报告 (report) or 理论考试
/// (exam). Which fields are set depends on the kind.
/// </summary>
internal sealed class PoolRecordDocument
{
    /// <summary>training, appraisal, talk, report, exam.</summary>
    public string Kind { get; set; } = "";

    public DateTime On { get; set; }

    /// <summary>What was done or said: the course, the summary, the matter reported.</summary>
    public string? Text { get; set; }

    /// <summary>Training: the form (one the scheme names, or another); report: the matter.</summary>
    public string? Form { get; set; }

    /// <summary>Talk: who talked with the reserve.</summary>
    public string? Who { get; set; }

    public decimal? FitShare { get; set; }
    public decimal? BasicallyFitShare { get; set; }
    public decimal? UnfitShare { get; set; }

    public decimal? Score { get; set; }
    public bool? Passed { get; set; }

    public string? By { get; set; }
    public DateTime At { get; set; }
}
