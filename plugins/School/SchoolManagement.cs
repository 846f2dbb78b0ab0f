using ReserveSdk;

namespace ReserveScheme.School;

/// <summary>管理 — the seed stops after the qualifications: no management rules are stated, and none are invented.</summary>
public static class SchoolManagement
{
    /// <summary>How the scheme's reserves are managed and used.</summary>
    public static ManagementRules Rules { get; } = new ManagementRules { Citation = "第二篇(三)（原文在资格条件后中断，未规定管理办法）" };
}
