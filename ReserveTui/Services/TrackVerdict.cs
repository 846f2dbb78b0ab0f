using ReserveSdk;

namespace ReserveTui.Services;

/// <summary>A person's verdict for one scheme's track, with the rules that did not pass (failed, pending, unknown).</summary>
internal sealed record TrackVerdict(string Scheme, string Track, Verdict Verdict, IReadOnlyList<RuleResult> NotPassed);
