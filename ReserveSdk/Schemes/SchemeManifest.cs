namespace ReserveSdk;

/// <summary>A scheme's identity: id, Chinese name, version, source, and the SDK version it was built for.</summary>
/// <param name="Id">ASCII id users type, e.g. <c>college</c>.</param>
/// <param name="Name">Chinese name, e.g. 学院后备干部选拔方案.</param>
/// <param name="Version">The scheme's version; campaigns pin it and decisions are stamped with it.</param>
/// <param name="Source">The source document and article, e.g. 第二篇(一).</param>
/// <param name="BuiltForSdk">
/// Write <c>SdkInfo.Version</c> here: it is a constant, so the compiler copies the value of the SDK the
/// plugin was built against into the plugin, and the host can compare it with its own.
/// </param>
/// <example><code>new SchemeManifest("college", "学院后备干部选拔方案", "1.0.0", "第二篇(一) 岳阳职业技术学院", SdkInfo.Version)</code></example>
public sealed record SchemeManifest(string Id, string Name, string Version, string Source, string BuiltForSdk)
{
    /// <summary>A short name for lists and narrow screens, e.g. 学院方案; the full <see cref="Name"/> when not set.</summary>
    public string ShortName { get => _shortName ?? Name; init => _shortName = value; }

    private readonly string? _shortName;

    /// <summary>The unit or body the scheme is for, e.g. 岳阳职业技术学院.</summary>
    public string Organisation { get; init; } = "";
}
