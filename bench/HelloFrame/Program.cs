using Terminal.Gui.App;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

// The smallest Terminal.Gui v2 program that draws a window with a line of Chinese: what any TUI pays to start.
using IApplication app = Application.Create();
app.Init();
using var window = new Window { Title = "hello" };
window.Add(new Label { X = 1, Y = 1, Text = "F2 方案  你好，世界" });
app.Run(window);
