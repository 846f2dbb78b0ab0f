namespace ReserveTui.Hosting;

/// <summary>The one exception type for expected failures that end a command: a code and a message in the user's language.</summary>
internal sealed class ReserveException(ErrorCode code, string message, IReadOnlyList<string>? details = null) : Exception(message)
{
    public ErrorCode Code { get; } = code;

    /// <summary>Row-level or item-level messages (e.g. 第 12 行 身份证号: 校验位错误).</summary>
    public IReadOnlyList<string> Details { get; } = details ?? [];
}
