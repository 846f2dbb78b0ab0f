namespace ReserveTui.Hosting;

/// <summary>
/// The log of unexpected failures: the operator reads one Chinese sentence, the log keeps the exception with its
/// stack for whoever supports them. Appends with sharing, so several operators' processes can write to one file.
/// </summary>
internal sealed class ErrorLog(string path)
{
    public string Path => path;

    /// <summary>Records the failure and returns the sentence to show; never throws (a log that cannot be written must not hide the error).</summary>
    public string Record(Exception ex, string what)
    {
        var written = false;
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            using var writer = new StreamWriter(stream);
            writer.WriteLine($"{DateTimeOffset.Now:O} {Environment.UserName} {what}");
            writer.WriteLine(ex);
            writer.WriteLine();
            written = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }

        return $"{what}未完成，程序内部错误：{ex.GetType().Name}：{ex.Message}" + (written ? $"（详情已写入 {path}）" : "");
    }
}
