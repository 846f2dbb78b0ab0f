using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReserveTui.Cli;

/// <summary>One JSON style for every verb: indented, Chinese written as itself rather than \u escapes (output is never embedded in HTML).</summary>
internal static class CliJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
