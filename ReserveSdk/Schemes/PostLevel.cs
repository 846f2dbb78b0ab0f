namespace ReserveSdk;

/// <summary>Whether a track prepares for a principal (正职) or a deputy (副职) post.</summary>
public enum PostLevel
{
    /// <summary>正职.</summary>
    Principal,

    /// <summary>副职.</summary>
    Deputy,
}
