namespace ReserveSdk;

/// <summary>现职级 — administrative rank, ordered low to high.</summary>
public enum RankLevel
{
    /// <summary>无 — no civil-service rank.</summary>
    None,

    /// <summary>科员.</summary>
    Clerk,

    /// <summary>副科.</summary>
    DeputySection,

    /// <summary>正科.</summary>
    Section,

    /// <summary>副处.</summary>
    DeputyDivision,

    /// <summary>正处.</summary>
    Division,
}
