namespace ReserveTui.Import;

/// <summary>
/// Whole records of a CSV file as text, cut where <see cref="CsvRecords"/> would end a record, so that any thread may
/// read them into cells (<see cref="CsvRecords.Read(char[], int)"/>) and get what reading the file from the start gives.
/// </summary>
/// <param name="Text">The records, from the start of the array.</param>
/// <param name="Length">How much of <paramref name="Text"/> they fill.</param>
/// <param name="FirstRecord">The number of the first record in the file (0 is the header).</param>
/// <param name="Records">How many records the text holds (blank ones included).</param>
internal sealed record CsvChunk(char[] Text, int Length, int FirstRecord, int Records);
