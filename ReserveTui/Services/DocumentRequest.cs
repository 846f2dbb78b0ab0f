namespace ReserveTui.Services;

/// <summary>
/// What to render: the document id and format (txt, md, html, docx, xlsx), and what it is drawn from — a scheme, a
/// campaign, the pool's filters (scheme, unit, track, status), or one reserve.
/// </summary>
internal sealed record DocumentRequest(string Document, string Format = "txt")
{
    public string? Scheme { get; init; }
    public string? Campaign { get; init; }
    public string? Reserve { get; init; }
    public string? Unit { get; init; }
    public string? Track { get; init; }
    public string? Status { get; init; }
}
