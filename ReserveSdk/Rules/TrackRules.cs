using System.Runtime.CompilerServices;

namespace ReserveSdk;

/// <summary>
/// The rules of a scheme that apply to one track, each with its <see cref="RuleMemo"/>: worked out once per scheme and
/// track rather than once per person (a roster check asks 100,000 times). The last track asked is remembered per
/// scheme; a scheme whose rule list has since changed is worked out again.
/// </summary>
internal sealed class TrackRules
{
    private static readonly ConditionalWeakTable<SchemeDefinition, StrongBox<TrackRules?>> Last = new();

    private readonly EligibilityRule[] _all;

    private TrackRules(string trackId, EligibilityRule[] all)
    {
        TrackId = trackId;
        _all = all;
        Rules = all.Where(r => r.AppliesTo(trackId)).ToArray();
        Memos = Rules.Select(RuleMemo.Of).ToArray();
    }

    public string TrackId { get; }

    public EligibilityRule[] Rules { get; }

    public RuleMemo[] Memos { get; }

    /// <summary>The rules of <paramref name="trackId"/> in <paramref name="scheme"/>, or null when it has no such track.</summary>
    public static TrackRules? Of(SchemeDefinition scheme, string trackId)
    {
        var box = Last.GetValue(scheme, static _ => new StrongBox<TrackRules?>());
        if (Volatile.Read(ref box.Value) is { } last && last.TrackId == trackId && last.Lists(scheme.Rules)) return last;
        if (!HasTrack(scheme, trackId)) return null;
        var made = new TrackRules(trackId, [.. scheme.Rules]);
        Volatile.Write(ref box.Value, made);
        return made;
    }

    // Whether the scheme's rules are still the ones these were taken from.
    private bool Lists(IReadOnlyList<EligibilityRule> rules)
    {
        if (rules.Count != _all.Length) return false;
        for (var i = 0; i < _all.Length; i++)
            if (!ReferenceEquals(rules[i], _all[i])) return false;
        return true;
    }

    private static bool HasTrack(SchemeDefinition scheme, string trackId)
    {
        foreach (var track in scheme.Tracks)
            if (track.Id == trackId) return true;
        return false;
    }
}
