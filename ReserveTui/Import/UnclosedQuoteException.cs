namespace ReserveTui.Import;

/// <summary>A CSV file ended inside a quoted cell: <see cref="Record"/> counts records from 0 (the header), <see cref="Line"/> is the file's line where the quote opened.</summary>
internal sealed class UnclosedQuoteException(int record, int line)
    : FormatException($"quote opened on line {line} is never closed")
{
    public int Record { get; } = record;

    public int Line { get; } = line;
}
