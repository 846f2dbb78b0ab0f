using System.CommandLine;
using ReserveTui.Services.Access;

namespace ReserveTui.Cli;

/// <summary><c>reserve users add|list|set|remove</c>: operator accounts and their roles (admin only; the first account must be an admin).</summary>
internal static class UsersVerb
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var cmd = new Command("users", "操作员账号：登记、列出、修改、删除（仅管理员；第一个登记的必须是管理员）");
        cmd.Subcommands.Add(Add(context));
        cmd.Subcommands.Add(List(context));
        cmd.Subcommands.Add(Set(context));
        cmd.Subcommands.Add(Remove(context));
        return cmd;
    }

    private static Option<string?> RoleOption(bool required) =>
        new("--role") { Description = "角色：admin（管理员）、unit-operator（单位操作员）、viewer（查看者）", Required = required };

    private static Option<string?> UnitOption() => new("--unit") { Description = "单位操作员所属的单位（其下级单位一并可见）" };

    private static Command Add(Func<ParseResult, CliContext> context)
    {
        var name = new Argument<string>("name") { Description = "操作员名（SSH 强制命令中 --operator 之后的名字）" };
        var role = RoleOption(required: true);
        var unit = UnitOption();
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var cmd = new Command("add", "登记操作员") { name, role, unit, json };
        cmd.SetAction(r =>
        {
            var c = context(r);
            var user = c.Users.Add(c.Access, r.GetValue(name)!, RoleNames.Parse(r.GetValue(role)!), r.GetValue(unit));
            Print(c, user, r.GetValue(json), "已登记操作员");
            return 0;
        });
        return cmd;
    }

    private static Command List(Func<ParseResult, CliContext> context)
    {
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var cmd = new ReadingCommand("list", "列出操作员") { json };
        cmd.SetAction(r =>
        {
            var c = context(r);
            var users = c.Users.List(c.Access);
            if (r.GetValue(json))
            {
                c.Json(users.Select(Json));
                return 0;
            }

            foreach (var u in users) c.Out.WriteLine(Line(u));
            if (users.Count == 0) c.Out.WriteLine("（尚未登记操作员：任何能打开数据库的人都是管理员。用 reserve users add 名字 --role admin 登记第一个管理员）");
            return 0;
        });
        return cmd;
    }

    private static Command Set(Func<ParseResult, CliContext> context)
    {
        var name = new Argument<string>("name") { Description = "操作员名" };
        var role = RoleOption(required: false);
        var unit = UnitOption();
        var json = new Option<bool>("--json") { Description = "以 JSON 输出" };
        var cmd = new Command("set", "修改操作员的角色或所属单位（未给出的项不变）") { name, role, unit, json };
        cmd.SetAction(r =>
        {
            var c = context(r);
            var user = c.Users.Set(c.Access, r.GetValue(name)!, r.GetValue(role) is { } text ? RoleNames.Parse(text) : null, r.GetValue(unit));
            Print(c, user, r.GetValue(json), "已修改操作员");
            return 0;
        });
        return cmd;
    }

    private static Command Remove(Func<ParseResult, CliContext> context)
    {
        var name = new Argument<string>("name") { Description = "操作员名" };
        var cmd = new Command("remove", "删除操作员（其已做的操作仍留在全程记实中）") { name };
        cmd.SetAction(r =>
        {
            var c = context(r);
            c.Users.Remove(c.Access, r.GetValue(name)!);
            c.Out.WriteLine($"已删除操作员 {r.GetValue(name)}；此后该身份不能再打开数据库");
            return 0;
        });
        return cmd;
    }

    private static void Print(CliContext c, UserView user, bool json, string done)
    {
        if (json) c.Json(Json(user));
        else c.Out.WriteLine($"{done}：{Line(user)}");
    }

    private static string Line(UserView u) =>
        $"{u.Name}\t{RoleNames.Chinese(u.Role)}{(u.Unit is null ? "" : "\t" + u.Unit)}";

    private static object Json(UserView u) => new
    {
        name = u.Name, role = RoleNames.Code(u.Role), role_name = RoleNames.Chinese(u.Role), unit = u.Unit,
        added_at = u.AddedAt.UtcDateTime.ToString("O"), added_by = u.AddedBy,
    };
}
