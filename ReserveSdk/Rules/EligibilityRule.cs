namespace ReserveSdk;

/// <summary>
/// 资格条件 — one eligibility rule of a scheme: id, Chinese description, citation into the source
/// document, kind, the condition that decides it, and the tracks it applies to. Create with <see cref="Rules"/>.
/// </summary>
/// <param name="Id">Stable ASCII id, e.g. <c>age.max.deputy</c>; relaxations and attestations refer to it.</param>
/// <param name="Description">The rule as the scheme states it, in Chinese.</param>
/// <param name="Citation">Where the source says it, e.g. <c>第二篇(一) 二(四)</c>.</param>
/// <param name="Kind">Hard, relaxable, attested or preference.</param>
/// <param name="Condition">What decides the rule.</param>
/// <example><code>Rules.Relaxable("age.max", "年龄一般在40周岁以下", "第二篇(二) 三(二)1", Conditions.AgeAtMost(40)).ForTracks("mid")</code></example>
public sealed record EligibilityRule(string Id, string Description, string Citation, RuleKind Kind, Condition Condition)
{
    /// <summary>Track ids the rule applies to; empty means every track of the scheme.</summary>
    public IReadOnlyList<string> Tracks { get; init; } = [];

    /// <summary>When set, a hard rule becomes relaxable in the contexts it accepts (e.g. the school's title rule for a 小学).</summary>
    public Func<EvaluationContext, Person, bool>? RelaxableWhen { get; init; }

    /// <summary>The words for <see cref="RelaxableWhen"/>, e.g. "小学可适当放宽".</summary>
    public string? RelaxableWhenText { get; init; }

    /// <summary>A note for the scheme document, e.g. that a choice was inferred where the source is silent.</summary>
    public string? Note { get; init; }

    /// <summary>Restricts the rule to the given tracks.</summary>
    /// <param name="trackIds">The track ids.</param>
    /// <returns>A copy that applies only to those tracks.</returns>
    public EligibilityRule ForTracks(params string[] trackIds) => this with { Tracks = trackIds };

    /// <summary>Makes a hard rule relaxable in some contexts.</summary>
    /// <param name="when">The contexts in which the rule may be relaxed.</param>
    /// <param name="text">The words for it, shown with the rule.</param>
    /// <returns>A copy with the relaxation case.</returns>
    public EligibilityRule RelaxableIf(Func<EvaluationContext, Person, bool> when, string text) => this with { RelaxableWhen = when, RelaxableWhenText = text };

    /// <summary>Attaches a note (shown in <c>scheme show</c> and the scheme document).</summary>
    /// <param name="note">The note.</param>
    /// <returns>A copy with the note.</returns>
    public EligibilityRule WithNote(string note) => this with { Note = note };

    /// <summary>Whether the rule applies to a track.</summary>
    /// <param name="trackId">The track id.</param>
    /// <returns>True when <see cref="Tracks"/> is empty or contains the id.</returns>
    public bool AppliesTo(string trackId) => Tracks.Count == 0 || Tracks.Contains(trackId);

    /// <summary>The kind in force in a context: hard rules with a matching <see cref="RelaxableWhen"/> become relaxable.</summary>
    /// <param name="context">The evaluation context.</param>
    /// <param name="person">The person.</param>
    /// <returns>The effective kind.</returns>
    public RuleKind KindIn(EvaluationContext context, Person person) =>
        Kind == RuleKind.Hard && RelaxableWhen is { } w && w(context, person) ? RuleKind.Relaxable : Kind;
}
