using System.Text;
using ReserveSdk;
using ReserveTui.Import;

namespace ReserveTui.Services;

/// <summary>
/// A batch of roster rows as <c>check</c> holds them until the whole file has been read: for each row its number, its
/// ID number as <see cref="DuplicateIds.Key"/> gives it, and either its name, verdict and rule results (as numbers in
/// the thread's <see cref="RuleResultInterner"/>) or the errors that refused it.
/// </summary>
/// <remarks>
/// A 100,000-row check held a name, an ID and an array of results per row — 300,000 objects that every collection
/// during the read had to walk and copy, a third of the check's time. Here a batch is a few arrays of numbers and one
/// string of all its names: a handful of objects whatever the batch's size.
/// </remarks>
internal sealed class JudgedBatch
{
    // Errors are rare: a refused row has this verdict and its errors in _errors.
    private const Verdict NotJudged = (Verdict)(-1);

    private readonly int _rulesPerRow;
    private readonly RuleResultInterner _interner;
    private int[] _rows;
    private long[] _ids;
    private Verdict[] _verdicts;
    private int[] _results;
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
        _verdicts = new Verdict[room];
        _results = new int[room * rulesPerRow];
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
        for (var r = 0; r < _rulesPerRow; r++) _results[Count * _rulesPerRow + r] = _interner.Number(rules[r]);
        _verdicts[Count] = verdict;
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
        _verdicts[Count] = NotJudged;
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
    public IReadOnlyList<RowError> Errors(int i) => _verdicts[i] == NotJudged ? _errors![i] : [];

    public string Name(int i) => _names[(i == 0 ? 0 : _nameEnds[i - 1]).._nameEnds[i]];

    public Verdict Verdict(int i) => _verdicts[i] == NotJudged ? throw new InvalidOperationException($"Row {_rows[i]} was refused.") : _verdicts[i];

    /// <summary>Row <paramref name="i"/>'s rule results, in the track's order.</summary>
    public RuleResult[] Rules(int i)
    {
        var rules = new RuleResult[_rulesPerRow];
        for (var r = 0; r < rules.Length; r++) rules[r] = _interner[_results[i * _rulesPerRow + r]];
        return rules;
    }

    private void MakeRoom()
    {
        if (Count < _rows.Length) return;
        var room = Math.Max(16, _rows.Length * 2);
        Array.Resize(ref _rows, room);
        Array.Resize(ref _ids, room);
        Array.Resize(ref _verdicts, room);
        Array.Resize(ref _results, room * _rulesPerRow);
        Array.Resize(ref _nameEnds, room);
    }

    private void Hold(int row, long id)
    {
        _rows[Count] = row;
        _ids[Count] = id;
        Count++;
    }
}
