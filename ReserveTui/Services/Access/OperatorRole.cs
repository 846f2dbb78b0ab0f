namespace ReserveTui.Services.Access;

/// <summary>What an operator may do (角色).</summary>
internal enum OperatorRole
{
    /// <summary>管理员 — the organisation department: everything, every unit, users and backups.</summary>
    Admin,

    /// <summary>单位操作员 — people, campaigns, nominations, ballots and pool of one unit and the units under it.</summary>
    UnitOperator,

    /// <summary>查看者 — reads and renders documents, changes nothing.</summary>
    Viewer,
}
