using ReserveTui.Hosting;

namespace ReserveTui.Services.Access;

/// <summary>
/// Who is acting and what they may touch, resolved once when the database opens and checked by the services —
/// never only by hiding keys on a screen. A unit operator's scope is their unit and every unit under it, by name,
/// because a person's unit is the roster's unit name.
/// </summary>
internal sealed record OperatorAccess(string Name, OperatorRole Role, IReadOnlySet<string>? Units, string? UnitName)
{
    /// <summary>A database with no accounts yet: whoever runs the program is its administrator (a single-user install).</summary>
    public static OperatorAccess Open(string name) => new(name, OperatorRole.Admin, null, null);

    /// <summary>Which files this operator may name (any, or the exchange folder's over SSH).</summary>
    public OperatorFiles Files { get; init; } = OperatorFiles.Anywhere;

    public bool CanWrite => Role != OperatorRole.Viewer;

    public bool IsAdmin => Role == OperatorRole.Admin;

    /// <summary>Whether a record of <paramref name="unitName"/> is in this operator's scope (a unit operator's own units only).</summary>
    public bool Sees(string? unitName) => Units is null || (unitName is not null && Units.Contains(unitName));

    /// <summary>Whether the full ID number of a person of <paramref name="unitName"/> may be shown: admins, and unit operators within their units.</summary>
    public bool SeesIdNumberOf(string? unitName) => Role switch
    {
        OperatorRole.Admin => true,
        OperatorRole.UnitOperator => Sees(unitName),
        _ => false,
    };

    /// <summary>Why this operator may not <paramref name="what"/> (a change), or null when they may: the sentence screens and services both say.</summary>
    public string? WriteRefusal(string what) => CanWrite ? null : $"{Name} 是查看者，只能查看和生成文书，不能{what}";

    /// <summary>Why this operator may not <paramref name="what"/> (the organisation department's work), or null when they may.</summary>
    public string? AdminRefusal(string what) => IsAdmin ? null : $"只有管理员可以{what}（{Name} 是{RoleNames.Chinese(Role)}）";

    /// <summary>Refuses a change for a viewer, naming what was refused.</summary>
    public void EnsureCanWrite(string what)
    {
        if (WriteRefusal(what) is { } why) throw new ReserveException(ErrorCode.Refused, why);
    }

    /// <summary>Refuses what only the organisation department's administrators do.</summary>
    public void EnsureAdmin(string what)
    {
        if (AdminRefusal(what) is { } why) throw new ReserveException(ErrorCode.Refused, why);
    }

    /// <summary>Refuses a unit outside a unit operator's scope, as "not found": another unit's records do not exist for them.</summary>
    public void EnsureSees(string? unitName, string notFound)
    {
        if (!Sees(unitName)) throw new ReserveException(ErrorCode.NotFound, notFound);
    }
}
