namespace ReserveTui.Documents.Layout;

/// <summary>A rendered document as blocks, with its title (the first level-1 heading, or the document id).</summary>
internal sealed record LaidOutDocument(string Title, IReadOnlyList<DocBlock> Blocks)
{
    public IEnumerable<DocTable> Tables => Blocks.OfType<DocTable>();
}
