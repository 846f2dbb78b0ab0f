using ReserveSdk;
using ReserveTui.Services.Campaigns;

namespace ReserveTui.Services.Pool;

/// <summary>
/// A reserve's file (后备干部档案): the pool row, the person's facts, how they entered (the campaign, its unit and
/// year, the channel), the entries of training, appraisal, talks, reports and exams, what the rules say today
/// (why a promotion would be held back, which removals they propose), and every recorded step, oldest first.
/// </summary>
internal sealed record ReserveFile(ReserveRow Reserve, Person? Person, string? CampaignUnit, int? CampaignYear, string? Channel, IReadOnlyList<HistoryEntry> History)
{
    public IReadOnlyList<PoolRecordView> Records { get; init; } = [];

    /// <summary>The history as people read it: date with the year, time, operator, and the step in Chinese (人选操作：公示无异议).</summary>
    public IReadOnlyList<string> HistoryLines { get; init; } = [];

    /// <summary>Why a promotion today would be refused (培养期, 理论考试, 期满); empty when it may proceed.</summary>
    public IReadOnlyList<string> PromotionBlockers { get; init; } = [];

    public IReadOnlyList<RemovalProposal> Proposals { get; init; } = [];

    /// <summary>The scheme's removal reasons, for the removal form.</summary>
    public IReadOnlyList<RemovalChoice> RemovalReasons { get; init; } = [];

    /// <summary>The training forms the scheme names, for the training form.</summary>
    public IReadOnlyList<string> TrainingForms { get; init; } = [];

    /// <summary>调整出库: the reason's text and the note, when removed.</summary>
    public string? Removal { get; init; }

    /// <summary>提拔使用: the post, when promoted.</summary>
    public string? Promotion { get; init; }
}
