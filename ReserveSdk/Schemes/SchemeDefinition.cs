namespace ReserveSdk;

/// <summary>
/// 选拔方案 — everything a scheme plugin states: tracks, eligibility rules, quantity and structure rules,
/// channels, the campaign and nominee workflows, an optional scoring model, management rules, and notes on
/// choices made where the source is silent.
/// </summary>
/// <example>
/// <code>
/// public sealed class CollegeScheme : ISchemePlugin
/// {
///     public SchemeDefinition Define() => new()
///     {
///         Manifest = new SchemeManifest("college", "学院后备干部选拔方案", "1.0.0", "第二篇(一)", SdkInfo.Version),
///         Tracks = [new Track("deputy-division", "副处级后备", PostLevel.Deputy)],
///         Rules = [Rules.Hard("education.min", "文化程度应在大学本科以上", "第二篇(一) 二(三)", Conditions.EducationAtLeast(EducationLevel.Bachelor))],
///         Channels = [Channels.DemocraticRecommendation],
///         CampaignWorkflow = Workflow.Campaign(),
///         NomineeWorkflow = Workflow.Nominee(),
///     };
/// }
/// </code>
/// </example>
public sealed record SchemeDefinition
{
    /// <summary>Identity and version.</summary>
    public required SchemeManifest Manifest { get; init; }

    /// <summary>The kinds of reserve the scheme selects.</summary>
    public required IReadOnlyList<Track> Tracks { get; init; }

    /// <summary>Eligibility rules, in the order the scheme states them.</summary>
    public required IReadOnlyList<EligibilityRule> Rules { get; init; }

    /// <summary>Quantity and structure rules over the pool.</summary>
    public IReadOnlyList<PoolRule> PoolRules { get; init; } = [];

    /// <summary>The channels through which people may be nominated.</summary>
    public required IReadOnlyList<Channel> Channels { get; init; }

    /// <summary>The campaign's procedure (选拔程序).</summary>
    public required WorkflowDefinition CampaignWorkflow { get; init; }

    /// <summary>Each nominee's path through the procedure.</summary>
    public required WorkflowDefinition NomineeWorkflow { get; init; }

    /// <summary>The scoring model, for schemes that score (enterprise).</summary>
    public ScoringModel? Scoring { get; init; }

    /// <summary>How reserves are managed after admission.</summary>
    public ManagementRules Management { get; init; } = new();

    /// <summary>Notes for the scheme document: choices inferred where the source is silent, differences from the rule book.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>报名材料 — what a candidate hands in when the scheme has a registration (enterprise 六); empty when none.</summary>
    public IReadOnlyList<string> RegistrationDocuments { get; init; } = [];

    /// <summary>
    /// The unit kinds (单位类型) this scheme counts or judges by — what a unit's kind may be when the scheme is loaded.
    /// The host offers these when a unit is added and refuses any other, so a misspelt kind cannot silently fall out
    /// of every quantity rule. Empty: the scheme reads no unit kind.
    /// </summary>
    public IReadOnlyList<string> UnitKinds { get; init; } = [];

    /// <summary>The voter groups whose recommendation ballots are counted separately (第一篇 3.二); <see cref="VoterGroups.Default"/> unless the scheme names its own.</summary>
    public IReadOnlyList<string> VoterCategories { get; init; } = VoterGroups.Default;

    /// <summary>Finds a track by its ASCII id or its Chinese name.</summary>
    /// <param name="idOrName">What the user typed.</param>
    /// <returns>The track, or null.</returns>
    public Track? FindTrack(string idOrName) =>
        Tracks.FirstOrDefault(t => t.Id.Equals(idOrName.Trim(), StringComparison.OrdinalIgnoreCase) || t.Name == idOrName.Trim());

    /// <summary>Finds a channel by its ASCII id or its Chinese name.</summary>
    /// <param name="idOrName">What the user typed.</param>
    /// <returns>The channel, or null.</returns>
    public Channel? FindChannel(string idOrName) =>
        Channels.FirstOrDefault(c => c.Id.Equals(idOrName.Trim(), StringComparison.OrdinalIgnoreCase) || c.Name == idOrName.Trim());
}
