namespace ReserveTui.Documents;

/// <summary>Where a document's template was found: the file, and which folder won (operator, plugin or bundled).</summary>
/// <param name="Document">The document id (scheme, notice …).</param>
/// <param name="Format">txt or md.</param>
/// <param name="Path">The template file.</param>
/// <param name="Origin">operator, plugin or bundled.</param>
internal sealed record TemplateSource(string Document, string Format, string Path, string Origin);
