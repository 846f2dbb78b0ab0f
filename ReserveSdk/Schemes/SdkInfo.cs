namespace ReserveSdk;

/// <summary>The SDK's own version. A plugin built for another major version is refused by the host.</summary>
public static class SdkInfo
{
    /// <summary>The SDK version, e.g. "1.0.0". A constant, so a plugin that reads it carries the value it was built with.</summary>
    public const string Version = "1.7.0";

    /// <summary>The major version, the compatibility boundary.</summary>
    public const int MajorVersion = 1;
}
