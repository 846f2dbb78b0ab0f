using ReserveSdk;

namespace ReserveTui.Services.Campaigns;

/// <summary>
/// A person of a campaign's unit scope as the nominating operator chooses them: told apart from others of the same
/// name by unit and birth date, found by name, unit or (where the operator may see it) the whole ID number.
/// </summary>
/// <param name="IdNumber">The whole ID number when the operator may see it (to search by), else null.</param>
/// <param name="Verdicts">One per track of the scheme, in the scheme's order.</param>
internal sealed record Candidate(string PersonId, string Name, string? Unit, DateOnly? BirthDate, string? IdNumber, IReadOnlyList<CandidateVerdict> Verdicts)
{
    /// <summary>The best verdict of any track not yet nominated on: how far up the list the person comes.</summary>
    public int Rank => Verdicts.Where(v => !v.AlreadyNominated).Select(v => CandidateVerdict.Order(v.Verdict)).DefaultIfEmpty(int.MaxValue).Min();
}
