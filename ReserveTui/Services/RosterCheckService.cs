using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using ReserveSdk;
using ReserveTui.Hosting;
using ReserveTui.Import;
using ReserveTui.Plugins;

namespace ReserveTui.Services;

/// <summary>
/// <c>reserve check</c>: eligibility of every row of a roster against one track, with no database.
/// </summary>
/// <remarks>
/// One pass over the file, on as many threads as cores: each takes the next batch of records from the file (one
/// reader at a time) and parses and judges it (a person's facts and the scheme's rules are all a verdict reads; the
/// SDK asks rules to be pure). The batches are then taken in row order, where duplicate ID numbers are found.
/// Nothing is yielded until every row has been read, so a bad file fails with every row-level message and no
/// result; until then the results are held with equal rule results shared (<see cref="RuleResultInterner"/>): a row
/// costs its number, its name, its verdict and an array of references.
/// </remarks>
internal static class RosterCheckService
{
    private const int BatchSize = 100;

    public static IEnumerable<CheckedRow> Check(LoadedScheme scheme, string trackIdOrName, string rosterPath, DateOnly referenceDate, string? unitKind)
    {
        var track = SchemeCatalog.GetTrack(scheme.Definition, trackIdOrName);
        var context = new EvaluationContext(referenceDate) { UnitKind = unitKind };
        var roster = RosterFile.Open(rosterPath);
        var batches = new ConcurrentDictionary<int, Judged[]>();
        // The calling thread is one of the threads, so none waits for a core with work in hand.
        var numbered = roster.Records().Chunk(BatchSize).Select((batch, i) => (Batch: batch, Index: i));
        try
        {
            Parallel.ForEach(
                Partitioner.Create(numbered, EnumerablePartitionerOptions.NoBuffering),
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                () => new RuleResultInterner(),
                (item, _, interner) =>
                {
                    batches[item.Index] = Judge(scheme.Definition, track.Id, roster, item.Batch, context, interner);
                    return interner;
                },
                _ => { });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            // A file found unreadable halfway (not UTF-8, a quote never closed) is said as it would be without threads.
            ExceptionDispatchInfo.Throw(ex.InnerExceptions.FirstOrDefault(e => e is ReserveException) ?? ex.InnerExceptions[0]);
        }

        var inOrder = batches.OrderBy(b => b.Key).Select(b => b.Value).ToList();
        var duplicates = new DuplicateIds();
        var errors = new List<string>();
        foreach (var judged in inOrder.SelectMany(b => b))
        {
            errors.AddRange(judged.Errors.Select(e => e.ToString()));
            if (duplicates.Repeated(judged.Row, judged.Id) is { } repeated) errors.Add(repeated.ToString());
        }

        if (errors.Count > 0)
            throw new ReserveException(ErrorCode.BadInput, $"名册有 {errors.Count} 处错误，未进行资格审查", errors);
        return Results(scheme.Definition, track.Id, referenceDate, inOrder);
    }

    // Kept in their batches rather than copied into one list: a list of 100,000 is a large object, and every large
    // allocation brings a full collection nearer.
    private static IEnumerable<CheckedRow> Results(SchemeDefinition scheme, string trackId, DateOnly referenceDate, List<Judged[]> batches)
    {
        foreach (var batch in batches)
            foreach (var judged in batch)
                yield return new CheckedRow(judged.Row, judged.Name!, new EligibilityReport(scheme.Manifest.Id, scheme.Manifest.Version, trackId, referenceDate, judged.Verdict, judged.Rules!));
    }

    private static Judged[] Judge(SchemeDefinition scheme, string trackId, RosterFile roster, (int Row, IReadOnlyList<string?> Cells)[] batch, EvaluationContext context, RuleResultInterner interner)
    {
        var judged = new Judged[batch.Length];
        for (var i = 0; i < batch.Length; i++)
        {
            var (row, id) = roster.Parse(batch[i].Row, batch[i].Cells, context.ReferenceDate);
            // Only the name is kept: the person's other facts are not held past their verdict.
            judged[i] = row.Person is { } person
                ? Judged.Of(row.Row, id, person.Name, Eligibility.Evaluate(scheme, trackId, person, context), interner)
                : new Judged(row.Row, id, row.Errors, null, default, null);
        }

        return judged;
    }

    // A row as held until the end: its errors, or its name, verdict and (shared) rule results.
    private readonly record struct Judged(int Row, string? Id, IReadOnlyList<RowError> Errors, string? Name, Verdict Verdict, RuleResult[]? Rules)
    {
        public static Judged Of(int row, string? id, string name, EligibilityReport report, RuleResultInterner interner) =>
            new(row, id, [], name, report.Verdict, interner.Intern(report));
    }
}
