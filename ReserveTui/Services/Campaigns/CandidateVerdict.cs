using ReserveSdk;

namespace ReserveTui.Services.Campaigns;

/// <summary>A person's verdict for one track on the campaign's reference date, with the rules that did not pass.</summary>
internal sealed record CandidateVerdict(string TrackId, string TrackName, Verdict Verdict, IReadOnlyList<RuleResult> NotPassed, bool AlreadyNominated)
{
    /// <summary>The order of the who-may-be-nominated list: eligible, then needs relaxation, then needs attestation, then the rest.</summary>
    public static int Order(Verdict v) => v switch
    {
        Verdict.Eligible or Verdict.EligibleWithRelaxation => 0,
        Verdict.NeedsRelaxation => 1,
        Verdict.PendingAttestation => 2,
        Verdict.Incomplete => 3,
        _ => 4,
    };

    /// <summary>Nominating on this verdict is a choice to confirm: the person does not (yet) meet the track.</summary>
    public bool NeedsConfirmation => Verdict is not (Verdict.Eligible or Verdict.EligibleWithRelaxation or Verdict.PendingAttestation);
}
