using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace ReserveSdk;

/// <summary>
/// The rules of a scheme that apply to one track, each with its <see cref="RuleMemo"/>: worked out once per scheme and
/// track rather than once per person (a roster check asks 100,000 times; the who-may-be-nominated list asks for
/// each person on every track in turn). A scheme whose rule list has since changed is worked out again.
/// </summary>
internal sealed class TrackRules
{
    private static readonly ConditionalWeakTable<SchemeDefinition, ConcurrentDictionary<string, TrackRules>> Known = new();

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
        var known = Known.GetValue(scheme, static _ => new ConcurrentDictionary<string, TrackRules>(StringComparer.Ordinal));
        if (known.TryGetValue(trackId, out var kept) && kept.Lists(scheme.Rules)) return kept;
        if (!HasTrack(scheme, trackId)) return null;
        // Bounded by the scheme's tracks: only a track the scheme has is kept.
        return known[trackId] = new TrackRules(trackId, [.. scheme.Rules]);
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
