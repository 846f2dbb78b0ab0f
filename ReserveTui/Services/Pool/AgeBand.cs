namespace ReserveTui.Services.Pool;

/// <summary>One bar of the pool's age gradient (年龄梯次): the band's label and how many reserves fall in it.</summary>
internal sealed record AgeBand(string Label, int Count);
