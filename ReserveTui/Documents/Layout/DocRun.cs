namespace ReserveTui.Documents.Layout;

/// <summary>A stretch of text in one style: plain, or bold (Markdown <c>**…**</c>).</summary>
internal sealed record DocRun(string Text, bool Bold = false);
