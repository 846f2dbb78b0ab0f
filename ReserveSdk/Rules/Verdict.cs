namespace ReserveSdk;

/// <summary>
/// The verdict on one person for one track: the first that applies of ineligible, incomplete,
/// needs-relaxation, pending-attestation, eligible (FORMATS.md). <see cref="Verdicts"/> gives the JSON codes and Chinese words.
/// </summary>
public enum Verdict
{
    /// <summary>符合条件.</summary>
    Eligible,

    /// <summary>放宽后符合: only relaxable rules failed and every one was relaxed.</summary>
    EligibleWithRelaxation,

    /// <summary>待认定: every computable rule passes; attested conditions wait for an operator.</summary>
    PendingAttestation,

    /// <summary>需放宽: only relaxable rules fail.</summary>
    NeedsRelaxation,

    /// <summary>信息不全: a hard or relaxable rule needs a fact the record lacks.</summary>
    Incomplete,

    /// <summary>不符合: a hard rule fails.</summary>
    Ineligible,
}
