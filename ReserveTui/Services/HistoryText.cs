using ReserveSdk;

namespace ReserveTui.Services;

/// <summary>A record entry in Chinese for people: the action's name, the workflow step it took and the note given.</summary>
internal static class HistoryText
{
    /// <summary>The entry's name, with the workflow step it took (人选操作：公示) and the note given, where it has them.</summary>
    public static string Describe(Campaigns.HistoryEntry h, SchemeDefinition? scheme)
    {
        if (h.Data is null) return h.ActionName;
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(h.Data);
            var root = json.RootElement;
            if (root.ValueKind != System.Text.Json.JsonValueKind.Object) return h.ActionName;
            var step = root.TryGetProperty("action", out var a) && a.ValueKind == System.Text.Json.JsonValueKind.String
                ? scheme?.NomineeWorkflow.Actions.FirstOrDefault(x => x.Id == a.GetString())?.Name ?? a.GetString()
                : null;
            var note = root.TryGetProperty("note", out var n) && n.ValueKind == System.Text.Json.JsonValueKind.String ? n.GetString() : null;
            return h.ActionName + (step is null ? "" : "：" + step) + (string.IsNullOrWhiteSpace(note) ? "" : "（" + note + "）");
        }
        catch (System.Text.Json.JsonException)
        {
            return h.ActionName;
        }
    }
}
