using ReserveSdk;

namespace ReserveTest.OtherMajorPlugin;

/// <summary>A plugin built against ReserveSdk 2.0: the 1.x host must refuse it with a message.</summary>
public sealed class FutureScheme : ISchemePlugin
{
    /// <inheritdoc />
    public object DefineV2() => "future";
}
