namespace ReserveTui.Documents.Layout;

/// <summary>A list item: <see cref="Depth"/> 0 for the outer list; <see cref="Number"/> for an ordered list, else null.</summary>
internal sealed record DocListItem(int Depth, int? Number, IReadOnlyList<DocRun> Runs) : DocBlock
{
    public string Text => string.Concat(Runs.Select(r => r.Text));
}
