namespace ReserveTui.Hosting;

/// <summary>
/// The log of unexpected failures: the operator reads one Chinese sentence, the log keeps the exception with its
/// stack for whoever supports them. Appends with sharing, so several operators' processes can write to one file.
/// The log is read by support staff, not by the organisation department: it never holds a person's name or ID number.
/// </summary>
internal sealed partial class ErrorLog(string path)
{
    public string Path => path;

    /// <summary>Records the failure and returns the sentence to show; never throws (a log that cannot be written must not hide the error).</summary>
    public string Record(Exception ex, string what)
    {
        var written = false;
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            var created = !File.Exists(path);
            using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            if (created) Storage.DatabaseFile.KeepPrivate(path);
            using var writer = new StreamWriter(stream);
            writer.WriteLine($"{DateTimeOffset.Now:O} {Environment.UserName} {Scrubbed(what)}");
            writer.WriteLine(Scrubbed(ex.ToString()));
            writer.WriteLine();
            written = true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }

        return $"{what}未完成，程序内部错误：{ex.GetType().Name}：{ex.Message}" + (written ? $"（详情已写入 {path}）" : "");
    }

    /// <summary>
    /// The text with every run of Chinese characters and every run of six or more digits (an ID number, a phone
    /// number) replaced by ＊: names in this product are Chinese, and an exception's message may quote a person.
    /// The stack (type and method names, line numbers) is what support needs, and it stays.
    /// </summary>
    public static string Scrubbed(string text) => PersonalData().Replace(text, "＊");

    [System.Text.RegularExpressions.GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\u3400-\u4DBF\uF900-\uFAFF·•]+|\d{6,}[\dXx]*")]
    private static partial System.Text.RegularExpressions.Regex PersonalData();
}
