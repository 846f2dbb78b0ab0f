namespace ReserveSdk;

/// <summary>The 2.x contract, deliberately different from 1.x.</summary>
public interface ISchemePlugin
{
    /// <summary>A member 1.x does not have.</summary>
    /// <returns>Anything.</returns>
    object DefineV2();
}
