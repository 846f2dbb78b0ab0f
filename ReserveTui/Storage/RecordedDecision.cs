namespace ReserveTui.Storage;

/// <summary>An attestation (认定) or relaxation (放宽) of one rule: who, when, why, approved by whom.</summary>
internal sealed class RecordedDecision
{
    public string RuleId { get; set; } = "";
    public string? Reason { get; set; }
    public string? Approver { get; set; }
    public string? By { get; set; }
    public DateTime At { get; set; }
}
