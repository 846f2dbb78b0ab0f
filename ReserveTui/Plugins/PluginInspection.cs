using ReserveSdk;

namespace ReserveTui.Plugins;

/// <summary>One plugin (one <see cref="ISchemePlugin"/> of an assembly) as the verifier saw it: its definition, when it gave one, and every finding.</summary>
internal sealed record PluginInspection(string Path, SchemeDefinition? Definition, IReadOnlyList<ConformanceFinding> Findings)
{
    /// <summary>The ReserveSdk version the assembly was built against, when it loaded.</summary>
    public Version? Sdk { get; init; }
}
