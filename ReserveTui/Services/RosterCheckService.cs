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
/// SDK asks rules to be pure). The batches are then taken in row order, and repeated ID numbers found as the reader
/// from the start finds them (<see cref="DuplicateIds"/>): tables made at their full size, with no thread waiting
/// for another and nothing for the collector to copy while the rows are judged.
/// Nothing is yielded until every row has been read, so a bad file fails with every row-level message and no
/// result; until then the results are held in <see cref="JudgedBatch"/>es, a batch's rows in a few arrays of numbers
/// and one string of names, so that what is held costs the collector next to nothing.
/// </remarks>
internal static class RosterCheckService
{
    public static IEnumerable<CheckedRow> Check(LoadedScheme scheme, string trackIdOrName, string rosterPath, DateOnly referenceDate, string? unitKind)
    {
        var track = SchemeCatalog.GetTrack(scheme.Definition, trackIdOrName);
        var context = new EvaluationContext(referenceDate) { UnitKind = unitKind };
        var roster = RosterFile.Open(rosterPath);
        var batches = new ConcurrentDictionary<int, JudgedBatch>();
        var rulesPerRow = Eligibility.RuleCount(scheme.Definition, track.Id);
        // The calling thread is one of the threads, so none waits for a core with work in hand. Taking a batch goes in
        // order (it cuts the file at record ends); reading it into cells, parsing and judging go on every core.
        var numbered = roster.Batches().Select((batch, i) => (Batch: batch, Index: i));
        try
        {
            Parallel.ForEach(
                Partitioner.Create(numbered, EnumerablePartitionerOptions.NoBuffering),
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                () => new RuleResultInterner(),
                (item, _, interner) =>
                {
                    batches[item.Index] = Judge(scheme.Definition, track.Id, roster, item.Batch, context, new JudgedBatch(item.Batch.Capacity, rulesPerRow, interner));
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
        if (inOrder.All(b => b.Count == 0)) throw roster.NoDataRows();
        // Every row's messages in row order, a repeated ID after the row's own.
        var duplicates = new DuplicateIds(inOrder.Sum(b => b.Count));
        var errors = new List<string>();
        foreach (var batch in inOrder)
        {
            for (var i = 0; i < batch.Count; i++)
            {
                if (batch.Refused > 0) errors.AddRange(batch.Errors(i).Select(e => e.ToString()));
                if (duplicates.Repeated(batch.Row(i), batch.Id(i)) is { } repeated) errors.Add(repeated.ToString());
            }
        }

        if (errors.Count > 0)
            throw new ReserveException(ErrorCode.BadInput, $"名册有 {errors.Count} 处错误，未进行资格审查", errors);
        return Results(scheme.Definition, track.Id, referenceDate, inOrder);
    }

    // Kept in their batches rather than copied into one list: a list of 100,000 is a large object, and every large
    // allocation brings a full collection nearer.
    private static IEnumerable<CheckedRow> Results(SchemeDefinition scheme, string trackId, DateOnly referenceDate, List<JudgedBatch> batches)
    {
        // Rows with the same outcome share one report: a report is read, never changed.
        Func<Verdict, RuleResult[], EligibilityReport> report = (verdict, rules) => new EligibilityReport(scheme.Manifest.Id, scheme.Manifest.Version, trackId, referenceDate, verdict, rules);
        foreach (var batch in batches)
            for (var i = 0; i < batch.Count; i++)
                yield return new CheckedRow(batch.Row(i), batch.Name(i), batch.Report(i, report));
    }

    private static JudgedBatch Judge(SchemeDefinition scheme, string trackId, RosterFile roster, RowBatch batch, EvaluationContext context, JudgedBatch judged)
    {
        // Each person's results are judged into one array and kept as numbers: no report object per person.
        var results = new RuleResult[judged.RulesPerRow];
        foreach (var (number, cells) in batch.Rows())
        {
            var (person, errors, id) = roster.Parse(number, cells, context.ReferenceDate);
            var key = DuplicateIds.Key(id);
            // Only the name is kept: the person's other facts are not held past their verdict.
            if (person is not null) judged.Add(number, key, person.Name, Eligibility.Evaluate(scheme, trackId, person, context, results), results);
            else judged.Refuse(number, key, errors);
        }

        return judged.Sealed();
    }
}
