using ReserveSdk;

namespace ReserveScheme.Enterprise;

/// <summary>二(二) 任职方式 — reserves enter the company pool; a vacancy sends the best person–post match to 提名酝酿.</summary>
public static class EnterpriseManagement
{
    /// <summary>How the scheme's reserves are managed and used.</summary>
    public static ManagementRules Rules { get; } = new ManagementRules
    {
        Citation = "第四篇 二(二)",
        UseRules =
        [
            new UseRule("vacancy", "列入公司后备干部库统一管理；待岗位空缺时，根据个人与岗位匹配情况，直接进入提名酝酿程序", "第四篇 二(二)"),
        ],
    };
}
