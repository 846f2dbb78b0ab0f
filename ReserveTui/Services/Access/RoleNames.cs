using ReserveTui.Hosting;

namespace ReserveTui.Services.Access;

/// <summary>The roles' command-line names (a contract: admin, unit-operator, viewer) and Chinese names.</summary>
internal static class RoleNames
{
    public static string Code(OperatorRole role) => role switch
    {
        OperatorRole.Admin => "admin",
        OperatorRole.UnitOperator => "unit-operator",
        _ => "viewer",
    };

    public static string Chinese(OperatorRole role) => role switch
    {
        OperatorRole.Admin => "管理员",
        OperatorRole.UnitOperator => "单位操作员",
        _ => "查看者",
    };

    public static OperatorRole Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "admin" or "管理员" => OperatorRole.Admin,
        "unit-operator" or "单位操作员" => OperatorRole.UnitOperator,
        "viewer" or "查看者" => OperatorRole.Viewer,
        _ => throw new ReserveException(ErrorCode.Usage, $"角色应为 admin（管理员）、unit-operator（单位操作员）或 viewer（查看者），而不是“{OperatorInput.Echo(text)}”"),
    };
}
