using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;

namespace ReserveTui.Tui;

/// <summary>
/// The ANSI driver's terminal input, read with one UTF-8 decoder that lives as long as the terminal. Terminal.Gui
/// 2.5.0's <see cref="AnsiInput"/> decodes each 256-byte read on its own, so a Chinese character whose three bytes
/// straddle two reads became U+FFFD: 2,000 characters typed or pasted fast arrived with about forty of them
/// (PITFALLS.md, docs/reliability.md). Everything else — raw mode, the escape-sequence parser, the keys — stays
/// Terminal.Gui's own.
/// </summary>
internal sealed partial class Utf8TerminalInput : AnsiInput
{
    private const int StdIn = 0;
    private const short PollIn = 1;
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
    private readonly byte[] _bytes = new byte[4096];
    private readonly char[] _chars = new char[4096 + 4];
    private readonly PollFd[] _poll = [new PollFd { Fd = StdIn, Events = PollIn }];
    private bool _ended;

    /// <summary>
    /// Gives <paramref name="app"/> this input before its Init, through the component factory the public
    /// <c>Application.Create</c> does not take. False (and the stock input is used) where that is not possible:
    /// stdin is not a terminal, not Unix, or a Terminal.Gui whose private field has moved.
    /// </summary>
    public static bool InstallInto(IApplication app)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return false;
        if (Console.IsInputRedirected) return false;
        var field = app.GetType().GetField("_componentFactory", BindingFlags.Instance | BindingFlags.NonPublic);
        if (field is null || !field.FieldType.IsAssignableFrom(typeof(AnsiComponentFactory))) return false;
        field.SetValue(app, new AnsiComponentFactory(new Utf8TerminalInput()));
        return true;
    }

    // After the end of input (the terminal hung up: read returns 0) nothing is polled again, so the loop does not spin.
    public override bool Peek() => !_ended && Poll() > 0 && (_poll[0].Revents & PollIn) != 0;

    public override IEnumerable<char> Read()
    {
        while (Peek())
        {
            var read = (int)ReadBytes(StdIn, _bytes, _bytes.Length);
            if (read == 0) _ended = true;
            if (read <= 0) yield break;
            // flush: false keeps a character's first bytes until the rest arrive with the next read.
            var count = _decoder.GetChars(_bytes, 0, read, _chars, 0, flush: false);
            for (var i = 0; i < count; i++) yield return _chars[i];
        }
    }

    private int Poll()
    {
        _poll[0].Revents = 0;
        return PollFds(_poll, 1, 0);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    [LibraryImport("libc", EntryPoint = "poll", SetLastError = true)]
    private static partial int PollFds([In, Out] PollFd[] fds, uint count, int timeout);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    private static partial nint ReadBytes(int fd, [Out] byte[] buffer, nint count);
}
