namespace ReserveTui.Documents.Layout;

/// <summary>
/// A paragraph of body text. <see cref="Signature"/> marks the issuing body and date (落款), which a template puts
/// after an <c>&lt;!-- 落款 --&gt;</c> comment: GB/T 9704 sets them at the foot, right-indented four characters.
/// </summary>
internal sealed record DocParagraph(IReadOnlyList<DocRun> Runs, bool Signature = false) : DocBlock
{
    public string Text => string.Concat(Runs.Select(r => r.Text));
}
