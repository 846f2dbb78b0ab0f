using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReserveTui.Services;

/// <summary>
/// Reads a policy case file. The YAML representation model is used rather than a deserializer so that every
/// problem can name the file and the line of the case it is in.
/// </summary>
internal static class PolicyCaseFile
{
    private static readonly HashSet<string> Keys = ["name", "on", "track", "unit_kind", "person", "expect", "failing", "attested", "relaxed"];

    /// <summary>The cases, and the problems (each "file:line: message") that kept cases from being read.</summary>
    public static (IReadOnlyList<PolicyCase> Cases, IReadOnlyList<string> Problems) Read(string path)
    {
        var name = Path.GetFileName(path);
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            return ([], [$"{name}:{ex.Start.Line}: YAML 格式错误：{ex.Message}"]);
        }

        if (stream.Documents.Count == 0) return ([], []);
        if (stream.Documents[0].RootNode is not YamlSequenceNode list)
            return ([], [$"{name}:1: 文件应是一个用例列表（每个用例以“- name:”开头）"]);

        var cases = new List<PolicyCase>();
        var problems = new List<string>();
        foreach (var node in list.Children)
        {
            var line = (int)node.Start.Line;
            if (node is not YamlMappingNode map)
            {
                problems.Add($"{name}:{line}: 用例应是键值对（name、on、track、person、expect …）");
                continue;
            }

            var errors = new List<string>();
            string? Scalar(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? (v as YamlScalarNode)?.Value : null;
            List<string> ListOf(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var v)
                ? v is YamlSequenceNode s ? s.Children.OfType<YamlScalarNode>().Select(x => x.Value ?? "").ToList() : [((YamlScalarNode)v).Value ?? ""]
                : [];
            foreach (var key in map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "").Where(k => !Keys.Contains(k)))
                errors.Add($"未知的字段“{key}”（可用：{string.Join("、", Keys)}）");
            var caseName = Scalar("name") ?? $"第 {line} 行的用例";
            DateOnly on = default;
            if (Scalar("on") is not { } onText || !DateOnly.TryParseExact(onText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out on))
                errors.Add("on（基准日）应为 YYYY-MM-DD");
            var track = Scalar("track");
            if (string.IsNullOrWhiteSpace(track)) errors.Add("缺少 track（后备类别）");
            var expect = Scalar("expect");
            if (string.IsNullOrWhiteSpace(expect)) errors.Add("缺少 expect（预期结论）");
            var person = new List<KeyValuePair<string, string?>>();
            if (map.Children.TryGetValue(new YamlScalarNode("person"), out var p) && p is YamlMappingNode pm)
                person.AddRange(pm.Children.Select(kv => new KeyValuePair<string, string?>(((YamlScalarNode)kv.Key).Value ?? "", (kv.Value as YamlScalarNode)?.Value)));
            else
                errors.Add("缺少 person（人员信息）");

            if (errors.Count > 0)
            {
                problems.AddRange(errors.Select(e => $"{name}:{line}: {caseName}：{e}"));
                continue;
            }

            cases.Add(new PolicyCase(name, line, caseName, on, track!, Scalar("unit_kind"), person, expect!,
                map.Children.ContainsKey(new YamlScalarNode("failing")) ? ListOf("failing") : null, ListOf("attested"), ListOf("relaxed")));
        }

        return (cases, problems);
    }
}
