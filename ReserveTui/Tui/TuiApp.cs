using ReserveTui.Hosting;

namespace ReserveTui.Tui;

/// <summary>Opens the terminal UI.</summary>
internal static class TuiApp
{
    public static int Run(AppOptions options)
    {
        Console.Error.WriteLine("终端界面尚未完成。");
        return 1;
    }
}
