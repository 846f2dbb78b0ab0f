using ReserveSdk;

namespace ReserveTest.BrokenPlugin;

/// <summary>A plugin whose Define throws, to prove the host lists it as failed and loads the rest.</summary>
public sealed class BrokenScheme : ISchemePlugin
{
    /// <inheritdoc />
    public SchemeDefinition Define() => throw new InvalidOperationException("测试插件故意失败");
}
