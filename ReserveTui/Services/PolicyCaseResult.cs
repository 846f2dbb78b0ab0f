namespace ReserveTui.Services;

/// <summary>The outcome of one policy case: passed, or why not (in Chinese).</summary>
internal sealed record PolicyCaseResult(string File, int Line, string Name, bool Passed, string Detail);
