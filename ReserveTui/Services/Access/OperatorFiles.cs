using ReserveTui.Hosting;

namespace ReserveTui.Services.Access;

/// <summary>
/// Which files an operator may name. At the server's own shell: any path (the account could open it anyway). Over
/// SSH, where the program runs as the service account: only a plain file name in the exchange folder
/// (<c>data folder/exchange</c>), read there, and written there without replacing anything — otherwise any operator
/// could read the server's files through an import's error messages, or overwrite the database, a key file or the
/// program with a rendered document (docs/deploy-ssh.md).
/// </summary>
/// <param name="Exchange">The exchange folder, or null when any path may be named.</param>
internal sealed record OperatorFiles(string? Exchange)
{
    public static OperatorFiles Anywhere { get; } = new((string?)null);

    /// <summary>The file to read for what the operator named.</summary>
    public string Input(string named) => Exchange is null ? Home(named) : Inside(named);

    /// <summary>"~" and "~/x" are the operator's home, as the shell would expand them (a form does not go through a shell).</summary>
    public static string Home(string named)
    {
        var path = named.Trim();
        if (path != "~" && !path.StartsWith("~/", StringComparison.Ordinal)) return path;
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return path == "~" ? home : Path.Combine(home, path[2..]);
    }

    /// <summary>The file to write for what the operator named; over SSH an existing file is never replaced.</summary>
    public string Output(string named)
    {
        if (Exchange is null) return Home(named);
        var path = Inside(named);
        if (File.Exists(path) || Directory.Exists(path))
            throw new ReserveException(ErrorCode.Refused, $"交换文件夹中已有 {Path.GetFileName(path)}，未覆盖；请换一个文件名");
        Directory.CreateDirectory(Exchange);
        return path;
    }

    private string Inside(string named)
    {
        var name = named.Trim();
        if (name.Length == 0 || name != Path.GetFileName(name) || name.StartsWith('.') || name.Any(char.IsControl))
            throw new ReserveException(ErrorCode.Refused,
                $"通过 SSH 登录时，文件只能写文件名（不含路径），读写都在交换文件夹 {Exchange} 中；“{OperatorInput.Echo(named)}”不是这样的文件名");
        return Path.Combine(Exchange!, name);
    }
}
