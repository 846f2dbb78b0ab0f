namespace ReserveSdk;

/// <summary>性别 — a person's gender as recorded in the roster.</summary>
public enum Gender
{
    /// <summary>男.</summary>
    Male,

    /// <summary>女.</summary>
    Female,
}
