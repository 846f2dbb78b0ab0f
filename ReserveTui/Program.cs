using ReserveTui.Cli;
using ReserveTui.Tui;

Console.OutputEncoding = System.Text.Encoding.UTF8;
// The TUI draws through its own driver; everything the command line prints goes through the filter.
using var stdout = new TerminalSafeWriter(Console.Out);
using var stderr = new TerminalSafeWriter(Console.Error);
return CliApp.Run(args, stdout, stderr, TuiApp.Run);
