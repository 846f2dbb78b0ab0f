using System.CommandLine;

namespace ReserveTui.Cli;

/// <summary><c>reserve unit add|list</c>.</summary>
internal static class UnitVerb
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var cmd = new Command("unit", "单位：添加、列出（含正职、副职职数与类型）");
        var name = new Argument<string>("name") { Description = "单位名称" };
        var kind = new Option<string>("--kind") { Description = "单位类型，如 学院、机关部门、社区、管理处、小学", Required = true };
        var principal = new Option<int>("--principal-posts") { Description = "正职职数" };
        var deputy = new Option<int>("--deputy-posts") { Description = "副职职数" };
        var parent = new Option<string?>("--parent") { Description = "上级单位名称" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var add = new Command("add", "添加单位") { name, kind, principal, deputy, parent, json };
        add.SetAction(r =>
        {
            var c = context(r);
            var u = c.Units.Add(r.GetValue(name)!, r.GetValue(kind)!, r.GetValue(principal), r.GetValue(deputy), r.GetValue(parent));
            if (r.GetValue(json)) c.Json(new { id = u.Id, name = u.Name });
            else c.Out.WriteLine($"已添加单位：{u.Name}（{u.Kind}，正职 {u.PrincipalPosts}，副职 {u.DeputyPosts}）");
            return 0;
        });
        var listJson = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var list = new Command("list", "列出单位") { listJson };
        list.SetAction(r =>
        {
            var c = context(r);
            var units = c.Units.List();
            if (r.GetValue(listJson))
            {
                c.Json(units.Select(u => new { id = u.Id, name = u.Name, kind = u.Kind, principal_posts = u.PrincipalPosts, deputy_posts = u.DeputyPosts, parent = u.Parent }));
                return 0;
            }

            foreach (var u in units) c.Out.WriteLine($"{u.Name}\t{u.Kind}\t正职 {u.PrincipalPosts}\t副职 {u.DeputyPosts}{(u.Parent is null ? "" : "\t上级：" + u.Parent)}");
            if (units.Count == 0) c.Out.WriteLine("（尚无单位，可用 reserve unit add 添加）");
            return 0;
        });
        cmd.Subcommands.Add(add);
        cmd.Subcommands.Add(list);
        return cmd;
    }
}
