using ReserveTui.Cli;
using ReserveTui.Tui;

// Plain `reserve` is the terminal UI: its library starts loading while the rest of start-up runs.
if (args.Length == 0) TuiApp.Preload();
Console.OutputEncoding = System.Text.Encoding.UTF8;
// The TUI draws through its own driver; everything the command line prints goes through the filter.
using var stdout = new TerminalSafeWriter(Console.Out);
using var stderr = new TerminalSafeWriter(Console.Error);
return CliApp.Run(args, stdout, stderr, TuiApp.Run);
