using ReserveTui.Cli;
using ReserveTui.Tui;

Console.OutputEncoding = System.Text.Encoding.UTF8;
return CliApp.Run(args, Console.Out, Console.Error, TuiApp.Run);
