namespace ReserveTui.Services.Campaigns;

/// <summary>One column of a tally: how many ballots, and the votes and vote share of each nominee.</summary>
internal sealed record TallyColumn(int Ballots, IReadOnlyDictionary<string, int> Votes, IReadOnlyDictionary<string, decimal> Shares);

/// <summary>The tally per voter category and overall; <see cref="Below"/> lists nominees under the concentration threshold.</summary>
internal sealed record TallyView(IReadOnlyDictionary<string, TallyColumn> Categories, TallyColumn Overall, decimal Threshold, IReadOnlyList<string> Below)
{
    /// <summary>Ballots voided (作废): kept on file, not counted.</summary>
    public int Voided { get; init; }
}
