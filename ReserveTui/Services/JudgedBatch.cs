using System.Text;
using ReserveSdk;
using ReserveTui.Import;

namespace ReserveTui.Services;

/// <summary>
/// A batch of roster rows as <c>check</c> holds them until the whole file has been read: for each row its number, its
/// ID number as <see cref="DuplicateIds.Key"/> gives it, and either its name and outcome (verdict and rule results, as
/// a number in the thread's <see cref="RuleResultInterner"/>) or the errors that refused it.
/// </summary>
/// <remarks>
/// A 100,000-row check held a name, an ID and an array of results per row — 300,000 objects that every collection
/// during the read had to walk and copy, a third of the check's time. Here a batch is a few arrays of numbers and one
/// string of all its names: a handful of objects whatever the batch's size, about 25 bytes a row.
/// </remarks>
internal sealed class JudgedBatch
{
    // Errors are rare: a refused row has this outcome and its errors in _errors.
    private const int NotJudged = -1;

    private readonly int _rulesPerRow;
    private readonly RuleResultInterner _interner;
    private int[] _rows;
    private long[] _ids;
    private int[] _outcomes;
    private int[] _nameEnds;
    private StringBuilder? _nameText = new();
    private string _names = "";
    private Dictionary<int, IReadOnlyList<RowError>>? _errors;

    /// <param name="capacity">The most rows the batch will hold (blank lines count: room grows as rows come).</param>
    /// <param name="rulesPerRow">The rules of the track: every report has as many results.</param>
    /// <param name="interner">The judging thread's table of results; read only after judging has ended.</param>
    public JudgedBatch(int capacity, int rulesPerRow, RuleResultInterner interner)
    {
        _rulesPerRow = rulesPerRow;
        _interner = interner;
        var room = Math.Min(capacity, 256);
        _rows = new int[room];
        _ids = new long[room];
        _outcomes = new int[room];
        _nameEnds = new int[room];
    }

    public int Count { get; private set; }

    /// <summary>The results each judged row has.</summary>
    public int RulesPerRow => _rulesPerRow;

    /// <summary>How many of the rows were refused.</summary>
    public int Refused { get; private set; }

    /// <summary>Holds a judged row.</summary>
    public void Add(int row, long id, string name, Verdict verdict, ReadOnlySpan<RuleResult> rules)
    {
        if (rules.Length != _rulesPerRow) throw new InvalidOperationException($"{rules.Length} results, not {_rulesPerRow}.");
        MakeRoom();
        _outcomes[Count] = _interner.Outcome(verdict, rules);
        _nameText!.Append(name);
        _nameEnds[Count] = _nameText.Length;
        Hold(row, id);
    }

    /// <summary>Holds a row that could not be judged, with why.</summary>
    public void Refuse(int row, long id, IReadOnlyList<RowError> errors)
    {
        MakeRoom();
        Refused++;
        (_errors ??= [])[Count] = errors;
        _outcomes[Count] = NotJudged;
        _nameEnds[Count] = _nameText!.Length;
        Hold(row, id);
    }

    /// <summary>The batch with its names made one string: nothing more is added.</summary>
    public JudgedBatch Sealed()
    {
        _names = _nameText!.ToString();
        _nameText = null;
        return this;
    }

    public int Row(int i) => _rows[i];

    /// <summary>Row <paramref name="i"/>'s ID number as <see cref="DuplicateIds.Key"/> gives it.</summary>
    public long Id(int i) => _ids[i];

    /// <summary>Why row <paramref name="i"/> was refused; empty when it was judged.</summary>
    public IReadOnlyList<RowError> Errors(int i) => _outcomes[i] == NotJudged ? _errors![i] : [];

    public string Name(int i) => _names[(i == 0 ? 0 : _nameEnds[i - 1]).._nameEnds[i]];

    /// <summary>Row <paramref name="i"/>'s report, shared by every row of the batch's thread with the same outcome.</summary>
    /// <param name="i">The row.</param>
    /// <param name="make">Makes the report of a verdict and the track's rule results, in order.</param>
    public EligibilityReport Report(int i, Func<Verdict, RuleResult[], EligibilityReport> make) =>
        _outcomes[i] == NotJudged ? throw new InvalidOperationException($"Row {_rows[i]} was refused.") : _interner.Report(_outcomes[i], make);

    private void MakeRoom()
    {
        if (Count < _rows.Length) return;
        var room = Math.Max(16, _rows.Length * 2);
        Array.Resize(ref _rows, room);
        Array.Resize(ref _ids, room);
        Array.Resize(ref _outcomes, room);
        Array.Resize(ref _nameEnds, room);
    }

    private void Hold(int row, long id)
    {
        _rows[Count] = row;
        _ids[Count] = id;
        Count++;
    }
}
