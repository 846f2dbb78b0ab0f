using ReserveTui.Hosting;
using ReserveTui.Storage;

namespace ReserveTui.Services.Access;

/// <summary>
/// What every session passes once its database is open, command line and terminal UI alike: the operator must have
/// an account (when the database has any), and a set clock is for training databases only.
/// </summary>
internal static class SessionGate
{
    /// <summary>
    /// Admits the session or refuses it. With <paramref name="markTraining"/> (<c>reserve demo</c>, <c>reserve init --training</c>)
    /// a database that holds no record yet is first marked as a training database.
    /// </summary>
    public static OperatorAccess Admit(ReserveDatabase database, AppOptions options, bool markTraining = false)
    {
        var settings = new DatabaseSettings(database);
        if (markTraining && !settings.IsTraining)
        {
            if (new AuditLog(database).Count() > 0)
                throw new ReserveException(ErrorCode.Refused, $"数据库 {database.Location} 已有记录，不能改作培训库；请用 --db 指定一个新文件");
            database.Transaction(() =>
            {
                settings.MarkTraining(DateTime.UtcNow, options.Operator);
                new AuditLog(database).Append(DateTimeOffset.UtcNow, options.Operator, "database.training", "database", new { training = true });
                return 0;
            });
        }

        if (options.ClockSet)
        {
            if (!settings.IsTraining)
                throw new ReserveException(ErrorCode.Refused,
                    $"--now（或 RESERVE_NOW）只能用于培训或演示数据库，{database.Location} 不是：正式数据库的时钟不能调整。查看某一天的情况请用只读命令，如 reserve campaign show ID --as-of 日期；要练习请用 reserve init --training 或 reserve demo 新建培训库");
            database.RealClock = TimeProvider.System;
        }

        var access = new UserService(database, options.Clock).Resolve(options.Operator);
        return options.OverSsh ? access with { Files = new OperatorFiles(Path.Combine(options.Paths.DataFolder, "exchange")) } : access;
    }
}
