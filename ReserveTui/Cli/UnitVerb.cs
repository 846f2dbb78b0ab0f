using System.CommandLine;

namespace ReserveTui.Cli;

/// <summary><c>reserve unit add|set|list</c>.</summary>
internal static class UnitVerb
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var cmd = new Command("unit", "单位：添加、修改、列出（含正职、副职职数与类型）");
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
        var list = new ReadingCommand("list", "列出单位") { listJson };
        list.SetAction(r =>
        {
            var c = context(r);
            var units = c.Units.List();
            if (r.GetValue(listJson))
            {
                c.Json(units.Select(u => new { id = u.Id, name = u.Name, kind = u.Kind, principal_posts = u.PrincipalPosts, deputy_posts = u.DeputyPosts, parent = u.Parent, version = u.Version }));
                return 0;
            }

            foreach (var u in units) c.Out.WriteLine($"{u.Name}\t{u.Kind}\t正职 {u.PrincipalPosts}\t副职 {u.DeputyPosts}{(u.Parent is null ? "" : "\t上级：" + u.Parent)}");
            if (units.Count == 0) c.Out.WriteLine("（尚无单位，可用 reserve unit add 添加）");
            return 0;
        });
        cmd.Subcommands.Add(add);
        cmd.Subcommands.Add(Set(context));
        cmd.Subcommands.Add(list);
        return cmd;
    }

    private static Command Set(Func<ParseResult, CliContext> context)
    {
        var name = new Argument<string>("name") { Description = "单位名称" };
        var kind = new Option<string?>("--kind") { Description = "新的单位类型" };
        var principal = new Option<int?>("--principal-posts") { Description = "新的正职职数" };
        var deputy = new Option<int?>("--deputy-posts") { Description = "新的副职职数" };
        var parent = new Option<string?>("--parent") { Description = "新的上级单位名称（空字符串表示没有上级）" };
        var version = new Option<int?>("--version") { Description = "你看到的版本号：若他人已修改，则拒绝并不做任何修改" };
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var set = new Command("set", "修改单位的类型、职数或上级（未给出的项不变）") { name, kind, principal, deputy, parent, version, json };
        set.SetAction(r =>
        {
            var c = context(r);
            var u = c.Units.Update(r.GetValue(name)!, r.GetValue(kind), r.GetValue(principal), r.GetValue(deputy), r.GetValue(parent), r.GetValue(version));
            if (r.GetValue(json)) c.Json(new { id = u.Id, name = u.Name, kind = u.Kind, principal_posts = u.PrincipalPosts, deputy_posts = u.DeputyPosts, parent = u.Parent, version = u.Version });
            else c.Out.WriteLine($"已修改单位：{u.Name}（{u.Kind}，正职 {u.PrincipalPosts}，副职 {u.DeputyPosts}{(u.Parent is null ? "" : "，上级 " + u.Parent)}）");
            return 0;
        });
        return set;
    }
}
