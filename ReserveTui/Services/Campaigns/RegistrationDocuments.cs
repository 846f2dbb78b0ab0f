namespace ReserveTui.Services.Campaigns;

/// <summary>The registration checklist of an open selection (第四篇 六): what a candidate hands in.</summary>
internal static class RegistrationDocuments
{
    public static IReadOnlyList<string> All { get; } = ["应聘人员登记表（一式2份）", "身份证", "学历（学位）证", "现任岗位证明"];
}
