namespace ReserveTui.Documents.Layout;

/// <summary>
/// One block of a rendered document, read from the Markdown a template produced: the shared form from which the
/// .docx, .xlsx and HTML writers lay out the page, so every format says what the template says.
/// </summary>
internal abstract record DocBlock;
