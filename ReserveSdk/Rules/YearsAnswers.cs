namespace ReserveSdk;

/// <summary>
/// The answers of a condition on a number of whole years (an age, years at a rank) against the limit in force: an
/// array by years for one limit, filled as people come. The limit changes only with the reference date, so one table
/// is kept; a new limit starts a new one. Thread-safe: an answer is published once and every thread then gets that
/// one instance (a combination above keeps its own answer by its parts' instances).
/// </summary>
internal sealed class YearsAnswers
{
    private const int Most = 150;

    private Table? _table;

    /// <summary>The answer for <paramref name="years"/> under <paramref name="limit"/>, made by <paramref name="judge"/> the first time.</summary>
    public ConditionResult Get(int years, int limit, Func<int, int, ConditionResult> judge)
    {
        if (years is < 0 or > Most) return judge(years, limit);
        var table = Volatile.Read(ref _table);
        if (table is null || table.Limit != limit)
        {
            table = new Table(limit);
            Volatile.Write(ref _table, table);
        }

        return table.Answers[years] ?? Interlocked.CompareExchange(ref table.Answers[years], judge(years, limit), null) ?? table.Answers[years]!;
    }

    private sealed class Table(int limit)
    {
        public int Limit { get; } = limit;

        public ConditionResult?[] Answers { get; } = new ConditionResult?[Most + 1];
    }
}
