using System.Text;
using ReserveSdk;
using ReserveTui.Import;

namespace ReserveTui.Services;

/// <summary>
/// A batch of roster rows as <c>check</c> holds them until the whole file has been read: for each row its number,
/// its ID number as a <see cref="DuplicateIds.Key"/>, and either its name, verdict and rule results (as numbers in the
/// thread's <see cref="RuleResultInterner"/>) or the errors that refused it.
/// </summary>
/// <remarks>
/// A 100,000-row check held a name, an ID and an array of results per row — 300,000 objects that every collection
/// during the read had to walk and copy, a third of the check's time. Here a batch is a few arrays of numbers and one
/// string of all its names: a handful of objects whatever the batch's size.
/// </remarks>
internal sealed class JudgedBatch
{
    // Errors are rare: a refused row has this verdict and its errors in _errors.
    private const Verdict Refused = (Verdict)(-1);

    private readonly int _rulesPerRow;
    private readonly RuleResultInterner _interner;
    private readonly int[] _rows;
    private readonly long[] _ids;
    private readonly Verdict[] _verdicts;
    private readonly int[] _results;
    private readonly int[] _nameEnds;
    private StringBuilder? _nameText = new();
    private string _names = "";
    private Dictionary<int, IReadOnlyList<RowError>>? _errors;

    /// <param name="capacity">The rows the batch will hold.</param>
    /// <param name="rulesPerRow">The rules of the track: every report has as many results.</param>
    /// <param name="interner">The judging thread's table of results; read only after judging has ended.</param>
    public JudgedBatch(int capacity, int rulesPerRow, RuleResultInterner interner)
    {
        _rulesPerRow = rulesPerRow;
        _interner = interner;
        _rows = new int[capacity];
        _ids = new long[capacity];
        _verdicts = new Verdict[capacity];
        _results = new int[capacity * rulesPerRow];
        _nameEnds = new int[capacity];
    }

    public int Count { get; private set; }

    /// <summary>Holds a judged row.</summary>
    public void Add(int row, long id, string name, EligibilityReport report)
    {
        if (report.Rules.Count != _rulesPerRow)
            throw new InvalidOperationException($"Track {report.TrackId} gave {report.Rules.Count} results, not {_rulesPerRow}.");
        for (var r = 0; r < _rulesPerRow; r++) _results[Count * _rulesPerRow + r] = _interner.Number(report.Rules[r]);
        _verdicts[Count] = report.Verdict;
        _nameText!.Append(name);
        _nameEnds[Count] = _nameText.Length;
        Hold(row, id);
    }

    /// <summary>Holds a row that could not be judged, with why.</summary>
    public void Refuse(int row, long id, IReadOnlyList<RowError> errors)
    {
        (_errors ??= [])[Count] = errors;
        _verdicts[Count] = Refused;
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

    public long Id(int i) => _ids[i];

    /// <summary>Why row <paramref name="i"/> was refused; empty when it was judged.</summary>
    public IReadOnlyList<RowError> Errors(int i) => _verdicts[i] == Refused ? _errors![i] : [];

    public string Name(int i) => _names[(i == 0 ? 0 : _nameEnds[i - 1]).._nameEnds[i]];

    public Verdict Verdict(int i) => _verdicts[i] == Refused ? throw new InvalidOperationException($"Row {_rows[i]} was refused.") : _verdicts[i];

    /// <summary>Row <paramref name="i"/>'s rule results, in the track's order.</summary>
    public RuleResult[] Rules(int i)
    {
        var rules = new RuleResult[_rulesPerRow];
        for (var r = 0; r < rules.Length; r++) rules[r] = _interner[_results[i * _rulesPerRow + r]];
        return rules;
    }

    private void Hold(int row, long id)
    {
        _rows[Count] = row;
        _ids[Count] = id;
        Count++;
    }
}
