namespace ReserveSdk;

/// <summary>政治面貌 — political affiliation.</summary>
public enum PartyAffiliation
{
    /// <summary>中共党员.</summary>
    CpcMember,

    /// <summary>中共预备党员.</summary>
    CpcProbationary,

    /// <summary>共青团员.</summary>
    YouthLeague,

    /// <summary>民主党派 (民革, 民盟, 民建, 民进, 农工党, 致公党, 九三学社, 台盟); the party's name is in <see cref="Person.PartyName"/>.</summary>
    DemocraticParty,

    /// <summary>无党派人士.</summary>
    NonPartisan,

    /// <summary>群众.</summary>
    Masses,
}
