using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using ReserveTui.Hosting;

namespace ReserveTui.Documents;

/// <summary>
/// Renders a template with a model, strictly: a syntax error, an unknown variable or a misspelt member is refused
/// with the template's file, line and column — never a silent blank (PITFALLS: Scriban renders unknown members as
/// empty unless told not to). Loops are bounded for a 10,000-row roster. The only place that knows Scriban.
/// </summary>
internal static class DocumentRenderer
{
    /// <summary>Enough for a 10,000-row roster with a few loops per row.</summary>
    public const int LoopLimit = 100_000;

    /// <summary>
    /// The model is plain data: dictionaries with snake_case keys, lists, strings, numbers and booleans, so what a
    /// template may name is exactly what the documented model has. Scriban reads dictionaries and lists as they are
    /// (a missing key is still refused under strict settings), so nothing is copied into script objects first.
    /// </summary>
    public static string Render(TemplateSource source, IReadOnlyDictionary<string, object?> model)
    {
        var text = File.ReadAllText(source.Path);
        var template = Template.Parse(text, source.Path);
        if (template.HasErrors)
            throw new ReserveException(ErrorCode.BadInput, $"模板有错误，未生成文档：{string.Join("；", template.Messages.Select(Describe))}");
        var globals = new ScriptObject();
        globals.Import("cn", new Func<int, string>(ChineseNumerals.Of));
        foreach (var (key, value) in model) globals.Add(key, value);
        var context = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = LoopLimit,
            RecursiveLimit = 50,
            TemplateLoader = null,
        };
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            throw new ReserveException(ErrorCode.BadInput, $"模板有错误，未生成文档：{Path.GetFileName(ex.Span.FileName)}({ex.Span.Start.Line + 1},{ex.Span.Start.Column + 1})：{Chinese(ex.OriginalMessage)}");
        }
    }

    /// <summary>The usual runtime errors in the operator's words; anything else keeps Scriban's own text after the position.</summary>
    private static string Chinese(string message)
    {
        var member = System.Text.RegularExpressions.Regex.Match(message, @"Cannot get member with name (.+?)\.?$");
        if (member.Success) return $"模型中没有字段“{member.Groups[1].Value}”（字段名见 templates/README.md）";
        var variable = System.Text.RegularExpressions.Regex.Match(message, @"The variable or function `(.+?)` was not found");
        if (variable.Success) return $"模型中没有变量“{variable.Groups[1].Value}”（变量名见 templates/README.md）";
        return message;
    }

    private static string Describe(Scriban.Parsing.LogMessage m) =>
        $"{Path.GetFileName(m.Span.FileName)}({m.Span.Start.Line + 1},{m.Span.Start.Column + 1})：{m.Message}";
}
