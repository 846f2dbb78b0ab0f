using System.CommandLine;
using System.Text.Json;
using ReserveSdk;
using ReserveTui.Hosting;
using ReserveTui.Services;
using ReserveTui.Workflow;

namespace ReserveTui.Cli;

/// <summary><c>reserve scheme show|graph|test|verify</c>: one scheme's rules, its workflow graphs, its policy cases, a plugin's check.</summary>
internal static class SchemeVerb
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var cmd = new Command("scheme", "查看一个选拔方案：规则、流程图");
        cmd.Subcommands.Add(Show(context));
        cmd.Subcommands.Add(Graph(context));
        cmd.Subcommands.Add(Test(context));
        cmd.Subcommands.Add(SchemeVerifyVerb.Create(context));
        return cmd;
    }

    private static Command Show(Func<ParseResult, CliContext> context)
    {
        var id = new Argument<string>("scheme") { Description = "方案 id，如 college" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var cmd = new ReadingCommand("show", "列出方案的每条规则（类型、引用条款）、数量结构规则、渠道与管理规则") { id, json };
        cmd.SetAction(r =>
        {
            var c = context(r);
            var s = c.Catalog.Get(r.GetValue(id)!).Definition;
            if (r.GetValue(json))
            {
                c.Out.WriteLine(JsonSerializer.Serialize(SchemeDocument.ToJson(s), CliJson.Options));
                return 0;
            }

            SchemeDocument.WriteText(s, c.Out);
            return 0;
        });
        return cmd;
    }

    private static Command Test(Func<ParseResult, CliContext> context)
    {
        var id = new Argument<string?>("scheme") { Description = "方案 id（不给则运行全部方案的用例）", Arity = ArgumentArity.ZeroOrOne };
        var cases = new Option<string?>("--cases") { Description = "另一个用例文件夹（*.yaml）：组织部门自己的用例，不必放进插件目录；须同时给出方案 id" };
        var cmd = new ReadingCommand("test", "运行方案插件自带的政策测试用例（cases/*.yaml），逐条显示通过与否；有失败时退出码为 1") { id, cases };
        cmd.SetAction(r =>
        {
            var c = context(r);
            var folder = r.GetValue(cases) is { } given ? Path.GetFullPath(c.InputFile(given)) : null;
            if (folder is not null && r.GetValue(id) is null) throw new ReserveException(ErrorCode.Usage, "--cases 须同时给出方案 id，如 reserve scheme test village --cases 我的用例");
            if (folder is not null && !Directory.Exists(folder)) throw new ReserveException(ErrorCode.NotFound, $"用例文件夹不存在：{folder}");
            var schemes = r.GetValue(id) is { } one ? [c.Catalog.Get(one)] : c.Catalog.Schemes;
            int passed = 0, failed = 0;
            foreach (var scheme in schemes)
            {
                var results = folder is null ? PolicyCaseRunner.Run(scheme) : PolicyCaseRunner.Run(scheme.Definition, folder);
                c.Out.WriteLine($"{scheme.Id}（{scheme.Definition.Manifest.Name}）：{results.Count} 个用例");
                foreach (var x in results)
                {
                    c.Out.WriteLine(x.Passed ? $"  通过  {x.File}:{x.Line}  {x.Name}" : $"  失败  {x.File}:{x.Line}  {x.Name}\n        {x.Detail}");
                    if (x.Passed) passed++;
                    else failed++;
                }
            }

            c.Out.WriteLine($"共 {passed + failed} 个用例：{passed} 通过，{failed} 失败");
            // A plugin that did not load has cases that did not run: that is not a pass.
            foreach (var f in c.Catalog.Failures) c.Out.WriteLine($"加载失败  {f.Path}：{f.Reason}（其用例未运行）");
            // All schemes: a plugin that failed to load is a failure. One named scheme that loaded: the others do not matter.
            return failed > 0 ? 1 : r.GetValue(id) is null ? SchemesVerb.Exit(c.Catalog) : 0;
        });
        return cmd;
    }

    private static Command Graph(Func<ParseResult, CliContext> context)
    {
        var id = new Argument<string>("scheme") { Description = "方案 id" };
        var format = new Option<string>("--format") { Description = "mermaid（默认）或 dot", DefaultValueFactory = _ => "mermaid" };
        format.AcceptOnlyFromAmong("mermaid", "dot");
        var which = new Option<string>("--workflow") { Description = "campaign、nominee 或 all（默认）", DefaultValueFactory = _ => "all" };
        which.AcceptOnlyFromAmong("campaign", "nominee", "all");
        var cmd = new ReadingCommand("graph", "输出方案的批次流程与人选流程图（Mermaid 或 DOT）") { id, format, which };
        cmd.SetAction(r =>
        {
            var c = context(r);
            var s = c.Catalog.Get(r.GetValue(id)!).Definition;
            var flows = r.GetValue(which) switch
            {
                "campaign" => [s.CampaignWorkflow],
                "nominee" => [s.NomineeWorkflow],
                _ => new[] { s.CampaignWorkflow, s.NomineeWorkflow },
            };
            var draw = r.GetValue(format) == "dot" ? (Func<WorkflowDefinition, string>)WorkflowGraph.Dot : WorkflowGraph.Mermaid;
            c.Out.Write(string.Join("\n", flows.Select(draw)));
            return 0;
        });
        return cmd;
    }
}
