namespace ReserveTui.Import;

/// <summary>
/// Whole records of a UTF-8 CSV file as bytes, cut where <see cref="CsvRecords"/> would end a record, so that any
/// thread may decode them and read them into cells and get what reading the file from the start gives.
/// </summary>
/// <param name="Bytes">The records, from the start of the array.</param>
/// <param name="Length">How much of <paramref name="Bytes"/> they fill.</param>
/// <param name="FirstRecord">The number of the first record in the file (0 is the header).</param>
/// <param name="Records">How many records the text holds (blank ones included).</param>
internal sealed record CsvChunk(byte[] Bytes, int Length, int FirstRecord, int Records);
