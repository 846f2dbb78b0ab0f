namespace ReserveTui.Documents.Layout;

/// <summary>A heading: level 1 is the document's title (标题), 2 a first-level heading (一级标题), 3 and below second-level.</summary>
internal sealed record DocHeading(int Level, IReadOnlyList<DocRun> Runs) : DocBlock
{
    public string Text => string.Concat(Runs.Select(r => r.Text));
}
