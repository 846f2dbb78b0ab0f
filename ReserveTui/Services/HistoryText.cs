using System.Globalization;
using System.Text.Json;
using ReserveSdk;

namespace ReserveTui.Services;

/// <summary>
/// A record entry in Chinese for people: the action's name, the workflow step it took (人选操作：公示), and what was
/// entered, each value under its Chinese name — states, tracks and channels by name, shares as percentages, yes/no
/// as 是/否. Never the stored JSON (<c>"action":"clear","to":"noticed"</c>): that stays in the record for
/// verification and for <c>audit log --json</c>.
/// </summary>
internal static class HistoryText
{
    /// <summary>The entry in one line of Chinese.</summary>
    public static string Describe(Campaigns.HistoryEntry h, SchemeDefinition? scheme)
    {
        if (h.Data is null) return h.ActionName;
        try
        {
            using var json = JsonDocument.Parse(h.Data);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return h.ActionName;
            // Campaign and nominee workflows may share ids (notice: 考察公示 for the campaign, 公示中 for a nominee).
            var flows = scheme is null ? [] : h.Action.StartsWith("campaign.", StringComparison.Ordinal)
                ? new[] { scheme.CampaignWorkflow, scheme.NomineeWorkflow } : [scheme.NomineeWorkflow, scheme.CampaignWorkflow];
            var step = Text(root, "action") is { } a ? Action(flows, a) : null;
            var parts = new List<string>();
            if (Text(root, "from") is { } from && Text(root, "to") is { } to) parts.Add($"{State(flows, from)} → {State(flows, to)}");
            foreach (var p in root.EnumerateObject())
            {
                if (p.Name is "action" or "from" or "to" or "sha256" or "before") continue;
                // "ballots" is a count where ballots are entered, the ballots' numbers where they are voided.
                var label = p.Name == "ballots" && p.Value.ValueKind == JsonValueKind.Array ? "票号" : Label(p.Name);
                if (Value(p.Name, p.Value, scheme) is { Length: > 0 } value) parts.Add(label is null ? value : $"{label}：{value}");
            }

            return h.ActionName + (step is null ? "" : "：" + step) + (parts.Count == 0 ? "" : "（" + string.Join("；", parts) + "）");
        }
        catch (JsonException)
        {
            return h.ActionName;
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Action(IEnumerable<WorkflowDefinition> flows, string id) =>
        flows.Select(f => f.Actions.FirstOrDefault(x => x.Id == id)?.Name).FirstOrDefault(n => n is not null) ?? id;

    private static string State(IEnumerable<WorkflowDefinition> flows, string id) =>
        flows.Select(f => f.States.FirstOrDefault(x => x.Id == id)?.Name).FirstOrDefault(n => n is not null) ?? id;

    // The Chinese names of what an entry records; a key without one shows its value only.
    private static string? Label(string key) => key switch
    {
        "note" => "说明",
        "person" => "人员",
        "track" => "后备类别",
        "channel" => "推荐渠道",
        "competed_rank" => "竞争职位层次",
        "rule" => "条款",
        "reason" => "理由",
        "approver" => "批准",
        "number" => "编号",
        "numbers" => "票号",
        "text" => "内容",
        "verified" => "查实",
        "finding" => "核查情况",
        "fit" => "称职",
        "basically_fit" => "基本称职",
        "unfit" => "不称职",
        "conclusion" => "考察结论",
        "documents" => "材料",
        "scores" => "成绩",
        "passed" => "合格",
        "ballots" => "张数",
        "batch" => "批号",
        "file" => "文件",
        "sheets" => "张数",
        "contact" => "受理方式",
        "document" => "文号",
        "on" => "日期",
        "scheme" => "方案",
        "version" => "版本",
        "unit" => "单位",
        "year" => "年度",
        "reference_date" => "基准日",
        "publication" => null,
        _ => key,
    };

    private static string? Value(string key, JsonElement v, SchemeDefinition? scheme) => v.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => key == "verified" ? "属实" : "是",
        JsonValueKind.False => key == "verified" ? "不实" : "否",
        JsonValueKind.Number when key is "fit" or "basically_fit" or "unfit" && v.TryGetDecimal(out var share) => Percent.Of(share, 1),
        JsonValueKind.Number => v.TryGetDecimal(out var n) ? n.ToString("0.##", CultureInfo.InvariantCulture) : v.GetRawText(),
        JsonValueKind.String when key == "scheme" && scheme is not null && scheme.Manifest.Id == v.GetString() => scheme.Manifest.ShortName,
        JsonValueKind.String when key == "track" => scheme?.FindTrack(v.GetString()!)?.Name ?? v.GetString(),
        JsonValueKind.String when key == "channel" => scheme?.FindChannel(v.GetString()!)?.Name ?? v.GetString(),
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Array => string.Join("、", v.EnumerateArray().Select(x => Value(key, x, scheme)).OfType<string>()),
        JsonValueKind.Object when key == "scores" => string.Join("、", v.EnumerateObject().Select(p =>
            $"{scheme?.Scoring?.Leaves.FirstOrDefault(l => l.Id == p.Name)?.Name ?? p.Name} {Value(p.Name, p.Value, scheme)}")),
        JsonValueKind.Object when key == "publication" => string.Join("；", v.EnumerateObject().Select(p => $"{Campaigns.CampaignService.PublicationName(p.Name)}：{Value(p.Name, p.Value, scheme)}")),
        JsonValueKind.Object => string.Join("、", v.EnumerateObject().Select(p => $"{p.Name} {Value(p.Name, p.Value, scheme)}")),
        _ => v.ToString(),
    };
}
