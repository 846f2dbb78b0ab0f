namespace ReserveSdk;

/// <summary>
/// The one type a scheme plugin implements. The host finds every public, non-abstract implementation with a
/// parameterless constructor in the plugin assembly and calls <see cref="Define"/> once when it loads.
/// </summary>
/// <example>
/// <code>
/// public sealed class VillageScheme : ISchemePlugin
/// {
///     public SchemeDefinition Define() => VillageDefinition.Build();
/// }
/// </code>
/// </example>
public interface ISchemePlugin
{
    /// <summary>States the scheme. Called once per load; must not do I/O.</summary>
    /// <returns>The scheme.</returns>
    SchemeDefinition Define();
}
