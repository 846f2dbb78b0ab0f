using ReserveSdk;

namespace ReserveTui.Plugins;

/// <summary>A scheme the host loaded: its definition and where it came from.</summary>
internal sealed record LoadedScheme(SchemeDefinition Definition, string AssemblyPath, Version SdkVersion)
{
    public string Id => Definition.Manifest.Id;

    /// <summary>What the scheme check found that does not refuse the scheme (RV003, RV013, RV015): <c>reserve schemes</c> shows them.</summary>
    public IReadOnlyList<ConformanceFinding> Warnings { get; init; } = [];

    /// <summary>The plugin's folder, where its policy cases and template overrides live.</summary>
    public string Folder => Path.GetDirectoryName(AssemblyPath)!;
}
