namespace ReserveSdk;

/// <summary>One finding of the scheme check (方案自检): a stable code, whether it refuses the plugin, and a Chinese sentence naming the element.</summary>
/// <param name="Code">RV001…: stable, so a plugin's tests and a deployment's scripts can rely on it (docs/plugin-guide.md lists them).</param>
/// <param name="IsError">True: the scheme is refused (at load and by <c>reserve scheme verify</c>); false: a warning.</param>
/// <param name="Message">What is wrong and where, in Chinese.</param>
public sealed record ConformanceFinding(string Code, bool IsError, string Message);
