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
    private static readonly HashSet<string> Keys = ["name", "on", "track", "unit_kind", "person", "expect", "failing", "attested", "relaxed", "channel", "competed_rank", "units", "reserves", "expect_pool"];

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
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's scanner and parser give up on some malformed input without a YamlException (found by fuzzing).
            return ([], [$"{name}: YAML 格式错误，无法解析（常见原因：括号 [ ] {{ }} 不成对）：{ex.Message}"]);
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
                ? v is YamlSequenceNode s ? s.Children.OfType<YamlScalarNode>().Select(x => x.Value ?? "").ToList() : [(v as YamlScalarNode)?.Value ?? ""]
                : [];
            List<KeyValuePair<string, string?>>? Pairs(YamlNode node) => node is YamlMappingNode m
                ? m.Children.Select(kv => new KeyValuePair<string, string?>((kv.Key as YamlScalarNode)?.Value ?? "", (kv.Value as YamlScalarNode)?.Value)).ToList()
                : null;
            List<List<KeyValuePair<string, string?>>> ListOfMaps(string key, string what)
            {
                if (!map.Children.TryGetValue(new YamlScalarNode(key), out var v)) return [];
                if (v is not YamlSequenceNode seq) { errors.Add($"{key}（{what}）应是列表，每项一组键值"); return []; }
                var items = seq.Children.Select(Pairs).ToList();
                if (items.Any(i => i is null)) errors.Add($"{key}（{what}）的每一项应是键值对，如 {{ 名称: …, 类型: … }}");
                return items.OfType<List<KeyValuePair<string, string?>>>().ToList();
            }

            foreach (var key in map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "").Where(k => !Keys.Contains(k)))
                errors.Add($"未知的字段“{key}”（可用：{string.Join("、", Keys)}）");
            var caseName = Scalar("name") ?? $"第 {line} 行的用例";
            DateOnly on = default;
            if (Scalar("on") is not { } onText || !DateOnly.TryParseExact(onText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out on))
                errors.Add("on（基准日）应为 YYYY-MM-DD");

            var expectPool = new Dictionary<string, string>();
            if (map.Children.TryGetValue(new YamlScalarNode("expect_pool"), out var ep))
            {
                if (Pairs(ep) is { Count: > 0 } pairs) foreach (var (k, v) in pairs) expectPool[k] = v ?? "";
                else errors.Add("expect_pool 应是“规则 id: met / short / warning”的键值对");
            }

            var units = ListOfMaps("units", "单位");
            var reserves = ListOfMaps("reserves", "后备干部");
            var track = Scalar("track");
            var expect = Scalar("expect");
            var person = new List<KeyValuePair<string, string?>>();
            // A case is a pool case by its keys, so a malformed expect_pool is reported as that, not as a missing person.
            var isPool = new[] { "expect_pool", "units", "reserves" }.Any(k => map.Children.ContainsKey(new YamlScalarNode(k)));
            if (isPool)
            {
                if (reserves.Count == 0 && units.Count == 0) errors.Add("数量结构用例须给出 units（单位）或 reserves（后备干部）");
                if (!map.Children.ContainsKey(new YamlScalarNode("expect_pool"))) errors.Add("数量结构用例须给出 expect_pool（每条规则的预期）");
            }
            else
            {
                if (string.IsNullOrWhiteSpace(track)) errors.Add("缺少 track（后备类别）");
                if (string.IsNullOrWhiteSpace(expect)) errors.Add("缺少 expect（预期结论）");
                if (map.Children.TryGetValue(new YamlScalarNode("person"), out var p) && Pairs(p) is { } pm) person.AddRange(pm);
                else errors.Add("缺少 person（人员信息）");
            }

            if (errors.Count > 0)
            {
                problems.AddRange(errors.Select(e => $"{name}:{line}: {caseName}：{e}"));
                continue;
            }

            cases.Add(new PolicyCase(name, line, caseName, on, track ?? "", Scalar("unit_kind"), person, expect ?? "",
                map.Children.ContainsKey(new YamlScalarNode("failing")) ? ListOf("failing") : null, ListOf("attested"), ListOf("relaxed"))
            {
                Channel = Scalar("channel"),
                CompetedRank = Scalar("competed_rank"),
                Units = units.Select(u => (IReadOnlyDictionary<string, string?>)u.ToDictionary(kv => kv.Key, kv => kv.Value)).ToList(),
                Reserves = reserves,
                ExpectPool = expectPool,
            });
        }

        return (cases, problems);
    }
}
