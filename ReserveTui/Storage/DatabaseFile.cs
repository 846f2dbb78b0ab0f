using System.Buffers.Binary;
using System.Text;
using ReserveTui.Hosting;

namespace ReserveTui.Storage;

/// <summary>
/// Looks at a file before LiteDB does. LiteDB "opens" anything: given a README it rewrote the first page and
/// truncated the file, so nothing reaches LiteDB until its header page says it is a LiteDB v5 file.
/// </summary>
internal static class DatabaseFile
{
    // LiteDB 5's header page (page 0): the banner at byte 32, the file format version (8) at 59, the user version at 76.
    private static readonly byte[] Banner = Encoding.ASCII.GetBytes("** This is a LiteDB file **");
    private const int BannerAt = 32;
    private const int FormatAt = 59;
    private const byte Format = 8;
    private const int UserVersionAt = 76;

    // The collation pragma follows: LCID at 80, CompareOptions at 84. ReserveTui files are zh-CN (2052), IgnoreCase (1).
    private const int CollationAt = 80;
    private const int ReserveLcid = 2052;
    private const int ReserveOptions = 1;

    /// <summary>The user version stamped in the data file's header, or null when the file is not a LiteDB 5 file.</summary>
    public static int? HeaderVersion(string path) => Header(path)?.UserVersion;

    private static (int UserVersion, int Lcid, int Options)? Header(string path)
    {
        Span<byte> head = stackalloc byte[CollationAt + 8];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) < head.Length) return null;
        if (!head.Slice(BannerAt, Banner.Length).SequenceEqual(Banner) || head[FormatAt] != Format) return null;
        return (BinaryPrimitives.ReadInt32LittleEndian(head[UserVersionAt..]), BinaryPrimitives.ReadInt32LittleEndian(head[CollationAt..]),
            BinaryPrimitives.ReadInt32LittleEndian(head[(CollationAt + 4)..]));
    }

    /// <summary>
    /// Whether the operator meant the file to be read-only: no write permission for us, or no owner write bit at all
    /// (root may write anything, but a file set to 0444 says "do not change me").
    /// </summary>
    /// <summary>
    /// Takes away every permission of "other users" from a file this program created: it holds personal data, and a
    /// default umask (022) would leave it readable by every account on the server. The owner's and the group's stay,
    /// so the shared-group deployment (docs/deploy-ssh.md) keeps working.
    /// </summary>
    public static void KeepPrivate(string path)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(path)) return;
        var mode = File.GetUnixFileMode(path);
        if ((mode & OtherAccess) != 0) File.SetUnixFileMode(path, mode & ~OtherAccess);
    }

    /// <summary>Every permission of "other users": what a file holding personal data must not grant (reserve doctor checks the same).</summary>
    public const UnixFileMode OtherAccess = UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    public static bool IsReadOnly(string path)
    {
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & UnixFileMode.UserWrite) == 0) return true;
        try
        {
            using var _ = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
        catch (IOException ex) when (ex.HResult == 30 || ex.Message.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
    }

    /// <summary>Refuses a path that is a folder or a file that is not a LiteDB file; the file is never opened for writing.</summary>
    public static void EnsureDatabase(string path)
    {
        if (Directory.Exists(path))
            throw new ReserveException(ErrorCode.Storage, $"{path} 是一个文件夹，不是 ReserveTui 数据库文件（--db 应指向 .db 文件）");
        (int UserVersion, int Lcid, int Options)? header;
        try
        {
            header = Header(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ReserveException(ErrorCode.Storage, $"无法读取数据库 {path}：{ex.Message}");
        }

        if (header is null)
            throw new ReserveException(ErrorCode.Storage, $"这不是 ReserveTui 数据库：{path}（文件未作任何改动；请检查 --db 或 RESERVE_DB 指向的文件）");
        // Opening another program's LiteDB file would checkpoint its log: refused on the header alone.
        if (header.Value.Lcid != ReserveLcid || header.Value.Options != ReserveOptions)
            throw new ReserveException(ErrorCode.Storage, $"这不是 ReserveTui 数据库：{path} 是其他程序的 LiteDB 文件（排序规则不同），文件未作任何改动");
    }
}
