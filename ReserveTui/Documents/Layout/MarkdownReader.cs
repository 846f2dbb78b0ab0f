using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReserveTui.Documents.Layout;

/// <summary>
/// Reads the Markdown a template rendered into blocks (headings, paragraphs, list items, tables, the 落款 marker).
/// The .md template is the single wording of a document; .docx, .xlsx and HTML are laid out from what it says.
/// </summary>
internal static class MarkdownReader
{
    /// <summary>The comment a template writes before the issuing body and date.</summary>
    public const string SignatureMarker = "<!-- 落款 -->";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    public static LaidOutDocument Read(string markdown, string fallbackTitle)
    {
        // XML (and so .docx, .xlsx and XHTML) has no place for control characters: a stray one in a stored name
        // would make the whole file unreadable, so they go before anything is laid out.
        markdown = XmlSafe(markdown);
        var blocks = new List<DocBlock>();
        var signature = false;
        string caption = fallbackTitle;
        // Tables are read here, line by line, and only the prose between them goes through Markdig: its pipe-table
        // parser takes a third of a second over a 10,000-row roster, for cells that are plain text anyway.
        foreach (var (isTable, lines) in Segments(markdown))
        {
            if (isTable) blocks.Add(ReadTable(lines, caption));
            else Walk(Markdown.Parse(string.Join('\n', lines), Pipeline), 0);
        }

        var title = blocks.OfType<DocHeading>().FirstOrDefault(h => h.Level == 1)?.Text ?? fallbackTitle;
        return new LaidOutDocument(title, blocks);

        void Walk(IEnumerable<Block> container, int depth)
        {
            foreach (var block in container)
            {
                switch (block)
                {
                    case HeadingBlock h:
                        var heading = new DocHeading(h.Level, Runs(h.Inline));
                        caption = heading.Text;
                        blocks.Add(heading);
                        break;
                    case ParagraphBlock p:
                        blocks.Add(new DocParagraph(Runs(p.Inline), signature));
                        break;
                    case ListBlock list:
                        var number = list.IsOrdered && int.TryParse(list.OrderedStart, out var start) ? start : (int?)null;
                        foreach (var item in list.OfType<ListItemBlock>())
                        {
                            // The item's own text is its first paragraph; anything nested goes one level deeper.
                            var first = item.OfType<ParagraphBlock>().FirstOrDefault();
                            blocks.Add(new DocListItem(depth, number, first is null ? [] : Runs(first.Inline)));
                            if (number is not null) number++;
                            foreach (var inner in item)
                            {
                                if (inner == first) continue;
                                if (inner is ListBlock nested) Walk([nested], depth + 1);
                                else if (inner is ContainerBlock other) Walk(other, depth + 1);
                                else if (inner is ParagraphBlock more) blocks.Add(new DocListItem(depth + 1, null, Runs(more.Inline)));
                            }
                        }
                        break;
                    case HtmlBlock html:
                        if (html.Lines.ToString().Contains(SignatureMarker, StringComparison.Ordinal)) signature = true;
                        break;
                    case ContainerBlock other:
                        Walk(other, depth);
                        break;
                    case LeafBlock leaf when leaf.Lines.Count > 0:
                        blocks.Add(new DocParagraph([new DocRun(leaf.Lines.ToString())], signature));
                        break;
                }
            }
        }
    }

    /// <summary>
    /// The text without what XML cannot hold: control characters (but line breaks and tabs), U+FFFE and U+FFFF,
    /// and half a surrogate pair (an emoji cut in two by a truncating import).
    /// </summary>
    public static string XmlSafe(string text)
    {
        var kept = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                kept.Append(ch).Append(text[++i]);
                continue;
            }

            if (char.IsSurrogate(ch) || ch is '\uFFFE' or '\uFFFF' || (char.IsControl(ch) && ch is not ('\n' or '\t'))) continue;
            kept.Append(ch);
        }

        return kept.ToString();
    }

    /// <summary>
    /// The text cut into runs of table lines and runs of everything else. A table is a line starting with "|"
    /// followed by a delimiter row (|---|---|), and every "|" line after them.
    /// </summary>
    private static IEnumerable<(bool IsTable, List<string> Lines)> Segments(string markdown)
    {
        var lines = markdown.Split('\n');
        var prose = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (IsRow(lines[i]) && i + 1 < lines.Length && IsDelimiter(lines[i + 1]))
            {
                if (prose.Count > 0) yield return (false, prose);
                prose = [];
                var table = new List<string> { lines[i] };
                i += 2;
                while (i < lines.Length && IsRow(lines[i])) table.Add(lines[i++]);
                i--;
                yield return (true, table);
            }
            else prose.Add(lines[i]);
        }

        if (prose.Count > 0) yield return (false, prose);
    }

    private static bool IsRow(string line) => line.TrimStart().StartsWith('|');

    private static bool IsDelimiter(string line)
    {
        var t = line.Trim();
        return t.StartsWith('|') && t.Contains('-') && t.All(ch => ch is '|' or '-' or ':' or ' ');
    }

    private static DocTable ReadTable(List<string> lines, string caption) =>
        new(caption, Cells(lines[0]), lines.Skip(1).Select(l => (IReadOnlyList<string>)Cells(l)).ToList());

    /// <summary>A row's cells: split at each "|" not escaped as "\|", trimmed, with bold markers dropped.</summary>
    private static List<string> Cells(string line)
    {
        var t = line.Trim();
        if (t.StartsWith('|')) t = t[1..];
        if (t.EndsWith('|') && !t.EndsWith("\\|", StringComparison.Ordinal)) t = t[..^1];
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] == '\\' && i + 1 < t.Length && t[i + 1] == '|')
            {
                cell.Append('|');
                i++;
            }
            else if (t[i] == '|')
            {
                cells.Add(cell.ToString().Replace("**", "").Trim());
                cell.Clear();
            }
            else cell.Append(t[i]);
        }

        cells.Add(cell.ToString().Replace("**", "").Trim());
        return cells;
    }

    private static IReadOnlyList<DocRun> Runs(ContainerInline? inline)
    {
        var runs = new List<DocRun>();
        if (inline is not null) Add(inline, false);
        return Merge(runs);

        void Add(Inline node, bool bold)
        {
            switch (node)
            {
                case LiteralInline literal:
                    runs.Add(new DocRun(literal.Content.ToString(), bold));
                    break;
                case CodeInline code:
                    runs.Add(new DocRun(code.Content, bold));
                    break;
                case LineBreakInline br:
                    // A soft break inside Chinese text joins without a space; a hard break keeps the line.
                    runs.Add(new DocRun(br.IsHard ? "\n" : "", bold));
                    break;
                case HtmlInline:
                    break;
                case EmphasisInline emphasis:
                    foreach (var child in emphasis) Add(child, bold || emphasis.DelimiterCount >= 2);
                    break;
                case ContainerInline container:
                    foreach (var child in container) Add(child, bold);
                    break;
            }
        }
    }

    private static IReadOnlyList<DocRun> Merge(List<DocRun> runs)
    {
        var merged = new List<DocRun>();
        foreach (var run in runs.Where(r => r.Text.Length > 0))
        {
            if (merged.Count > 0 && merged[^1].Bold == run.Bold) merged[^1] = merged[^1] with { Text = merged[^1].Text + run.Text };
            else merged.Add(run);
        }

        return merged;
    }
}
