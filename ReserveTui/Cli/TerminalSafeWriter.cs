using System.Text;
using ReserveTui.Import;

namespace ReserveTui.Cli;

/// <summary>
/// Standard output and error as the command line writes them: control characters (ESC, BEL, …) become their
/// visible symbols, so a name stored before imports refused them — or a file name, or a message quoting input —
/// can never drive the operator's terminal. Line breaks and tabs pass.
/// </summary>
internal sealed class TerminalSafeWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => inner.Write(TextSafety.ForTerminal(value.ToString()));

    public override void Write(string? value)
    {
        if (value is not null) inner.Write(TextSafety.ForTerminal(value));
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value)
    {
        Write(value);
        inner.WriteLine();
    }

    public override void Flush() => inner.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Flush();
        base.Dispose(disposing);
    }
}
