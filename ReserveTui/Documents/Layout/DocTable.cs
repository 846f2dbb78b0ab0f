namespace ReserveTui.Documents.Layout;

/// <summary>
/// A table: its header and rows as plain text, and the caption it sits under (the nearest heading before it), which
/// names its worksheet in .xlsx.
/// </summary>
internal sealed record DocTable(string Caption, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : DocBlock;
