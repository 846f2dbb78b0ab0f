namespace ReserveTui.Import;

/// <summary>A problem with one cell of an input file. <see cref="Row"/> counts data rows: 1 is the first row after the header.</summary>
internal sealed record RowError(int Row, string Column, string Reason)
{
    public override string ToString() => $"第 {Row} 行 {Column}: {Reason}";
}
