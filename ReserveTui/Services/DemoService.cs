using ReserveTui.Hosting;
using ReserveTui.Storage;

namespace ReserveTui.Services;

/// <summary><c>reserve demo</c>: fills an empty database with the fictional organisation of <see cref="DemoData"/>.</summary>
internal sealed class DemoService(ReserveDatabase database, TimeProvider clock)
{
    public (int Units, int People) Fill(int people, string operatorName)
    {
        if (people is < 1 or > 1_000_000) throw new ReserveException(ErrorCode.Usage, "--people 应在 1 到 1000000 之间");
        var peopleRepo = new PeopleRepository(database);
        var units = new UnitRepository(database);
        var existing = peopleRepo.Count();
        if (existing > 0 || units.Count() > 0)
            throw new ReserveException(ErrorCode.Refused, $"数据库 {database.Location} 中已有数据（{existing} 人），示例数据只写入空数据库；可用 --db 指定一个新文件");

        var ids = new Dictionary<string, string>();
        database.Transaction(() =>
        {
            foreach (var u in DemoData.Units)
                ids[u.Name] = units.Insert(u.Name, u.Kind, u.PrincipalPosts, u.DeputyPosts, u.Parent is null ? null : ids[u.Parent]).Id;
            // Every change is in the record, the demo's units too (its people are recorded by the people service).
            new AuditLog(database).Append(clock.GetUtcNow(), operatorName, "unit.add", "unit/demo", new { demo = true, units = DemoData.Units.Select(u => u.Name) });
            return 0;
        });
        var written = new PeopleService(database, clock).Add(DemoData.People(people).ToList(), operatorName, "demo");
        return (DemoData.Units.Count, written);
    }
}
