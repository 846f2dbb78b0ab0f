using ReserveSdk;
using ReserveTui.Hosting;
using ReserveTui.Storage;

namespace ReserveTui.Services.Campaigns;

/// <summary>方案审核: the superior organisation department reviews a unit's plan before it runs (第一篇 4.二).</summary>
internal sealed partial class CampaignService
{
    /// <summary>Longest approver or document number accepted: a name and a 文号 fit well inside it.</summary>
    public const int PlanApprovalTextLimit = 100;

    /// <summary>
    /// Records (or, before publication, corrects) the approval of the campaign's plan: who approved it, on which day
    /// (today when omitted; never after today) and the document number. Only before the plan is published — the
    /// approval is what publication waits for.
    /// </summary>
    public CampaignView ApprovePlan(string id, string approver, string document, DateOnly? on = null, int? expectedVersion = null)
    {
        database.Transaction(() =>
        {
            var c = Load(id);
            var version = expectedVersion ?? c.Doc.Version;
            VersionedSave.Check(version, c.Doc.Version);
            if (c.Doc.State != c.Scheme.CampaignWorkflow.Initial)
                throw new ReserveException(ErrorCode.Refused, $"批次已“{c.CampaignFlow.StateName(c.Doc.State)}”，方案已公布执行，审核记录不能再改");
            var who = CleanText(approver, "审核单位（审核人）");
            var number = CleanText(document, "审核文号");
            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            var day = on ?? today;
            if (day > today) throw new ReserveException(ErrorCode.Usage, $"审核日期 {day:yyyy-MM-dd} 晚于今天（{today:yyyy-MM-dd}），不能预先登记审核");
            var before = c.Doc.PlanApproval;
            c.Doc.PlanApproval = new PlanApprovalRecord
            {
                Approver = who, Document = number, On = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), By = operatorName, At = clock.GetUtcNow().UtcDateTime,
            };
            _repo.Update(c.Doc, version);
            Audit("campaign.approve", Subject(id), new
            {
                approver = who, document = number, on = day,
                before = before is null ? null : new { approver = before.Approver, document = before.Document, on = DateOnly.FromDateTime(before.On) },
            });
            return 0;
        });
        return Show(id);
    }

    /// <summary>One line of operator text: trimmed, not empty, no control characters, not over the limit.</summary>
    private static string CleanText(string? text, string field)
    {
        var value = (text ?? "").Trim();
        if (value.Length == 0) throw new ReserveException(ErrorCode.Usage, $"须填写{field}");
        if (value.Any(char.IsControl)) throw new ReserveException(ErrorCode.Usage, $"{field}含有换行或控制字符，请只填一行文字");
        if (value.Length > PlanApprovalTextLimit) throw new ReserveException(ErrorCode.Usage, $"{field}过长（{value.Length} 字），不超过 {PlanApprovalTextLimit} 字");
        return value;
    }
}
