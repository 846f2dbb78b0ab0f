namespace ReserveTui.Services;

/// <summary>
/// What the people screen reads: a count and a page at a time, so a list of 100,000 people never
/// materialises more than one screen of rows. Filter matches name, unit or ID number (substring).
/// </summary>
internal interface IPeopleQuery
{
    int Count(string? filter);

    IReadOnlyList<StoredPerson> Page(string? filter, int skip, int take);

    /// <summary>One person's file for the person view (the whole ID number only for those entitled, and recorded), or null.</summary>
    StoredPerson? Show(string id);
}
