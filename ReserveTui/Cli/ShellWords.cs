using System.Text;
using ReserveTui.Hosting;

namespace ReserveTui.Cli;

/// <summary>
/// Splits a command line the way sh does for words and quotes (no expansion of any kind): the SSH client's command
/// arrives as one string (SSH_ORIGINAL_COMMAND), and the program, not a shell, reads it.
/// </summary>
internal static class ShellWords
{
    public static IReadOnlyList<string> Split(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            switch (ch)
            {
                case ' ' or '\t' or '\n':
                    if (inWord) words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                    break;
                case '\'':
                    var close = line.IndexOf('\'', i + 1);
                    if (close < 0) throw Unclosed("单引号");
                    word.Append(line, i + 1, close - i - 1);
                    i = close;
                    inWord = true;
                    break;
                case '"':
                    for (i++; ; i++)
                    {
                        if (i >= line.Length) throw Unclosed("双引号");
                        if (line[i] == '"') break;
                        if (line[i] == '\\' && i + 1 < line.Length && line[i + 1] is '"' or '\\' or '$' or '`') i++;
                        word.Append(line[i]);
                    }

                    inWord = true;
                    break;
                case '\\' when i + 1 < line.Length:
                    word.Append(line[++i]);
                    inWord = true;
                    break;
                default:
                    word.Append(ch);
                    inWord = true;
                    break;
            }
        }

        if (inWord) words.Add(word.ToString());
        return words;
    }

    private static ReserveException Unclosed(string quote) => new(ErrorCode.Usage, $"命令中的{quote}没有配对，未执行");
}
