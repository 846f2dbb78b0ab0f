using System.Text;
using ReserveTui.Import;

namespace ReserveTui.Tests.Import;

/// <summary>
/// The roster's CSV reader as it was before it read in blocks (a character at a time through the reader): kept
/// here as the oracle the block reader is checked against, cell for cell, on random text.
/// </summary>
internal static class CharByCharCsv
{
    public static IEnumerable<string[]> Read(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var any = false;
        var record = 0;
        var line = 1;
        var quoteLine = 0;
        while (true)
        {
            var c = reader.Read();
            if (c == '\n') line++;
            if (c == -1)
            {
                if (quoted) throw new UnclosedQuoteException(record, quoteLine);
                if (any || field.Length > 0 || fields.Count > 0)
                {
                    fields.Add(field.ToString());
                    yield return fields.ToArray();
                }

                yield break;
            }

            any = true;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else quoted = false;
                }
                else
                {
                    field.Append((char)c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    quoteLine = line;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    if (reader.Peek() == '\n')
                    {
                        reader.Read();
                        line++;
                    }

                    goto case '\n';
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return fields.ToArray();
                    fields.Clear();
                    any = false;
                    record++;
                    break;
                default:
                    field.Append((char)c);
                    break;
            }
        }
    }
}
