using ReserveSdk;

namespace ReserveTui.Services;

/// <summary>A person's verdict for one scheme's track, with the rules that did not pass (failed, pending, unknown).</summary>
internal sealed record TrackVerdict(string Scheme, string Track, Verdict Verdict, IReadOnlyList<RuleResult> NotPassed)
{
    /// <summary>The person meets the track, with a recorded relaxation, or once its conditions are attested.</summary>
    public bool Open => Verdict is Verdict.Eligible or Verdict.EligibleWithRelaxation or Verdict.PendingAttestation;
}
